import type { Lang } from '../i18n/locales';
import type { SearchLanguage } from './language';

const LOADERS: Record<Lang, () => Promise<SearchLanguage>> = {
  en: () => import('./english').then(({ english }) => english),
  es: () => import('./spanish').then(({ spanish }) => spanish),
};

/** One language's stemmer and stop words, fetched on demand: a page that marks search terms needs only its own. */
export const loadSearchLanguage = (lang: Lang): Promise<SearchLanguage> => LOADERS[lang]();
