import { formatDate } from '../format';
import { dictionary, fill, plural } from '../i18n/dictionary';
import type { Lang } from '../i18n/locales';
import { UNSTATED } from './schema';

/** One conference the report places a speaker at, and how many of their insights it covers. */
export interface ConferencePart {
  date: string;
  /** `April 30, 2025 conference` */
  label: string;
  /** `1 of 4 insights`, `all 4 insights`, or empty when it covers the speaker's only insight. */
  coverage: string;
}

/**
 * What the report says about where a speaker spoke, from their insights'
 * conferences (one per insight, or `unstated`). Said once, on the speaker's
 * page, instead of on every insight: the stated conferences with the share
 * of insights each covers, and whether the report is silent on the rest.
 */
export interface ConferenceSummary {
  parts: ConferencePart[];
  /** Empty, or what the report leaves unsaid: `Conference not stated in the report`, `the report does not say for the others`. */
  unstated: string;
}

export function summariseConferences(conferences: readonly string[], lang: Lang = 'en'): ConferenceSummary {
  const text = dictionary(lang).conference;
  const total = conferences.length;
  const counts = new Map<string, number>();
  for (const conference of conferences) if (conference !== UNSTATED) counts.set(conference, (counts.get(conference) ?? 0) + 1);
  const silent = total - [...counts.values()].reduce((sum, count) => sum + count, 0);
  if (counts.size === 0) return { parts: [], unstated: text.notStated };

  const parts = [...counts]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, count]): ConferencePart => ({
      date,
      label: fill(text.label, { date: formatDate(date, lang) }),
      coverage: count === total ? (total === 1 ? '' : fill(text.all, { total })) : plural(text.some, total, { count, total }),
    }));
  return { parts, unstated: silent === 0 ? '' : plural(text.othersUnstated, silent) };
}

/** The summary as one plain line (Open Graph cards, the About page's example). */
export function conferenceSummaryText({ parts, unstated }: ConferenceSummary): string {
  if (parts.length === 0) return unstated;
  const stated = parts.map(({ label, coverage }) => (coverage ? `${label} — ${coverage}` : label)).join('; ');
  return unstated ? `${stated}; ${unstated}` : stated;
}
