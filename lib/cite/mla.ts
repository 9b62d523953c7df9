import { formatDate } from '../format';
import type { Lang } from '../i18n/locales';
import { titleRuns } from './runs';
import type { Run } from './types';
import type { CitedWork } from './work';

const ACCESSED: Record<Lang, string> = { en: 'Accessed', es: 'Consultado el' };

// MLA abbreviates months longer than four letters.
const MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

/** `2026-03-03` → `3 Mar. 2026`; Spanish writes the date in full, `3 de marzo de 2026`. */
function mlaDate(iso: string, lang: Lang): string {
  if (lang === 'es') return formatDate(iso, 'es');
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || !month) throw new Error(`mlaDate: expected YYYY-MM-DD, got ${JSON.stringify(iso)}`);
  return `${Number(match[3])} ${month} ${match[1]}`;
}

/**
 * MLA 9. A work whose author is also its publisher begins with the title and names the
 * organisation once, as publisher. The URL without its scheme, as MLA recommends; the access
 * date last.
 */
export function mla(work: CitedWork): Run[] {
  const url = work.url.replace(/^https?:\/\//, '');
  const access = work.accessed ? ` ${ACCESSED[work.lang]} ${mlaDate(work.accessed, work.lang)}.` : '';
  return [...titleRuns(work, work.title), { text: `. ${work.author}, ${work.year}, ${url}.${access}` }];
}
