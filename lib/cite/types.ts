import type { Lang } from '../i18n/locales';

/** The formats the Cite control offers: Chicago's notes-bibliography style gives two forms. */
export type CitationId = 'apa' | 'chicago-note' | 'chicago-bibliography' | 'mla' | 'bibtex' | 'ris' | 'csl-json';

/** A page that cites the report: the language it cites in, where it is read, and since when. */
export interface CitedPage {
  lang: Lang;
  /** The page's absolute URL. */
  url: string;
  /** The access date (`YYYY-MM-DD`); formats that take one leave it out when there is none. */
  accessed?: string;
}

/** A stretch of a styled citation: italic where the style sets a title in italics, `lang` where it differs from the page's. */
export interface Run {
  text: string;
  italic?: boolean;
  lang?: Lang;
}

/** A format as a static download beside the page. */
export interface CitationFile {
  extension: 'bib' | 'ris' | 'json';
  mime: string;
  /** Its site path: `/speakers/kim-ogg/citation.bib`. */
  href: string;
  /** The name a download is saved under: the citation key and the extension. */
  name: string;
}

/** One format's citation of a page, all computed at build time. */
export interface Citation {
  id: CitationId;
  label: string;
  /** The plain text: what Copy puts on the clipboard and what a download holds. */
  text: string;
  /** The same text in runs, for showing it (and copying it) with its italics. */
  runs: Run[];
  /** Data formats only: the file a reference manager imports. */
  file?: CitationFile;
}

/**
 * One format as the Cite panel shows it, read from the page's `cite.json` when a reader opens Cite:
 * the panel's texts come made, so the browser needs no citation code and the page carries none of it.
 */
export interface CitationEntry {
  id: CitationId;
  label: string;
  /** The Copy button's accessible name. */
  copyName: string;
  runs: Run[];
  /** Data formats only: the file beside the page, and its link text. */
  download?: CitationFile & { label: string };
}
