import { dictionary } from '../i18n/dictionary';
import type { Lang } from '../i18n/locales';
import type { CitedPage } from './types';

/** The report as every format cites it, in a page's language. */
export interface CitedWork {
  lang: Lang;
  /** The Chamber, a corporate author, by the name the report's cover gives it in the page's language. */
  author: string;
  /** Title and subtitle as the report's cover gives them (headline case), joined by a colon as the styles do. */
  title: string;
  /** The same in sentence case, as APA writes titles. */
  sentenceTitle: string;
  /** On Spanish pages, the site's Spanish rendering of the title, which each format marks as a translation. */
  translatedTitle?: string;
  year: number;
  url: string;
  accessed?: string;
  /** A stable key for BibTeX and CSL-JSON, one per page: `usmcoc2025-es-speakers-kim-ogg`. */
  key: string;
}

/**
 * The report states no publication date; its cover spans December 5, 2024 – April 30, 2025, so it
 * cannot predate 2025, the year issue #16 cites it under.
 */
export const REPORT_YEAR = 2025;

/** The report is written in English: the language of the cited work whatever the page's. */
export const REPORT_LANGUAGE = 'en';

// Written out, not derived: APA's sentence case keeps proper nouns (North American, USMCOC) capitalised.
const SENTENCE_TITLE = 'The future of the North American partnership: Key insights from the USMCOC binational conferences';

const fullTitle = (lang: Lang) => `${dictionary(lang).home.title}: ${dictionary(lang).home.subtitle}`;

/** A citation key from a page's path: letters, digits and hyphens only, which every BibTeX tool accepts. */
export function citationKey(url: string): string {
  const segments = new URL(url).pathname.split('/').filter(Boolean);
  return ['usmcoc2025', ...segments].join('-').toLowerCase().replace(/[^a-z0-9-]+/g, '-');
}

/** The cited work for a page. */
export function citedWork(page: CitedPage): CitedWork {
  return {
    lang: page.lang,
    author: dictionary(page.lang).home.publisher,
    title: fullTitle(REPORT_LANGUAGE),
    sentenceTitle: SENTENCE_TITLE,
    ...(page.lang !== REPORT_LANGUAGE && { translatedTitle: fullTitle(page.lang) }),
    year: REPORT_YEAR,
    url: page.url,
    ...(page.accessed && { accessed: page.accessed }),
    key: citationKey(page.url),
  };
}
