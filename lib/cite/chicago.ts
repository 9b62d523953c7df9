import { formatDate } from '../format';
import type { Lang } from '../i18n/locales';
import { titleRuns } from './runs';
import type { Run } from './types';
import type { CitedWork } from './work';

// Chicago's access-date phrase, as it starts a note element; the bibliography capitalises it.
const ACCESSED: Record<Lang, string> = { en: 'accessed', es: 'consultado el' };

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const accessed = (work: CitedWork) => work.accessed && `${ACCESSED[work.lang]} ${formatDate(work.accessed, work.lang)}`;

/**
 * Chicago notes-bibliography (18th ed.): the Chamber as author and as publisher (the report names
 * no person), no place of publication (the report gives none, and the 18th edition no longer
 * requires one), the access date before the URL. A first full note, without its number.
 */
export function chicagoNote(work: CitedWork): Run[] {
  const access = accessed(work);
  return [
    { text: `${work.author}, ` },
    ...titleRuns(work, work.title),
    { text: ` (${work.author}, ${work.year}), ${access ? `${access}, ` : ''}${work.url}.` },
  ];
}

/** The same source as a bibliography entry. */
export function chicagoBibliography(work: CitedWork): Run[] {
  const access = accessed(work);
  return [
    { text: `${work.author}. ` },
    ...titleRuns(work, work.title),
    { text: `. ${work.author}, ${work.year}. ${access ? `${capitalise(access)}. ` : ''}${work.url}.` },
  ];
}
