import { metadataLinkClass } from '@/components/link-styles';
import { isUnstated } from '@/lib/content';
import type { ConferenceSummary } from '@/lib/content/conference-summary';
import { formatDate } from '@/lib/format';
import { fill } from '@/lib/i18n/dictionary';
import { localizePath } from '@/lib/i18n/locales';
import { pageLang, t } from '@/lib/i18n/page-lang';
import { routes } from '@/lib/routes';

const ConferenceLink = ({ date, label }: { date: string; label: string }) => (
  <a href={localizePath(routes.event(date), pageLang())} className={metadataLinkClass}>
    {label}
  </a>
);

/**
 * The conferences among `dates` the report states, as links; nothing when it
 * states none (the speaker's page says that once, see ConferenceSummaryLabel).
 */
export function ConferenceLabel({ dates }: { dates: readonly string[] }) {
  const stated = dates.filter((date) => !isUnstated(date));
  if (stated.length === 0) return null;
  return (
    <span>
      {stated.map((date, index) => (
        <span key={date}>
          {index > 0 && ', '}
          <ConferenceLink date={date} label={fill(t().conference.label, { date: formatDate(date, pageLang()) })} />
        </span>
      ))}
    </span>
  );
}

/** Where the report places a speaker, and for which of their insights, said once. */
export function ConferenceSummaryLabel({ summary: { parts, unstated } }: { summary: ConferenceSummary }) {
  return (
    <span data-testid="speaker-conference">
      {parts.map(({ date, label, coverage }, index) => (
        <span key={date}>
          {index > 0 && '; '}
          <ConferenceLink date={date} label={label} />
          {coverage && ` — ${coverage}`}
        </span>
      ))}
      {unstated && (parts.length > 0 ? `; ${unstated}` : <span className="text-zinc-600 dark:text-zinc-400">{unstated}</span>)}
    </span>
  );
}
