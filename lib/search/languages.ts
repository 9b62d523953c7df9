import type { Lang } from '../i18n/locales';
import { english } from './english';
import type { SearchLanguage } from './language';
import { spanish } from './spanish';

/** Both languages, for the build and the search chunk: an index is read in its own language and queried in the other's too. */
export const SEARCH_LANGUAGES: Record<Lang, SearchLanguage> = { en: english, es: spanish };
