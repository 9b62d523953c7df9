import { dictionary, fill } from '../i18n/dictionary';
import { apa } from './apa';
import { bibtex } from './bibtex';
import { chicagoBibliography, chicagoNote } from './chicago';
import { cslJson } from './csl-json';
import { mla } from './mla';
import { ris } from './ris';
import { runsText } from './runs';
import type { Citation, CitationEntry, CitationFile, CitationId, CitedPage, Run } from './types';
import { citedWork } from './work';

export type { Citation, CitationEntry, CitationFile, CitationId, CitedPage, Run };

/** A file beside the page, by its site path; decoded, as the site's hrefs are, so it also names the folder the page is exported to. */
const besidePage = (page: CitedPage, name: string): string => decodeURI(new URL(name, page.url).pathname);

/** Where the Cite panel's formats (`CitationEntry[]`) are, beside the page: `/speakers/kim-ogg/cite.json`. */
export const citationsHref = (page: CitedPage): string => besidePage(page, 'cite.json');

/**
 * Every format's citation of a page: the report (lib/cite/work.ts), at the page's URL. Plain
 * strings made at build time, so no citation code reaches the browser.
 */
export function citations(page: CitedPage): Citation[] {
  const work = citedWork(page);
  const labels = dictionary(page.lang).cite.formats;
  const styled = (id: CitationId, runs: Run[]): Citation => ({ id, label: labels[id], text: runsText(runs), runs });
  const data = (id: CitationId, text: string, extension: CitationFile['extension'], mime: string): Citation => ({
    id,
    label: labels[id],
    text,
    runs: [{ text }],
    // Beside the page, named `citation.<ext>` there and saved under the citation key.
    file: { extension, mime, href: besidePage(page, `citation.${extension}`), name: `${work.key}.${extension}` },
  });
  return [
    styled('apa', apa(work)),
    styled('chicago-note', chicagoNote(work)),
    styled('chicago-bibliography', chicagoBibliography(work)),
    styled('mla', mla(work)),
    data('bibtex', bibtex(work), 'bib', 'application/x-bibtex'),
    data('ris', ris(work), 'ris', 'application/x-research-info-systems'),
    data('csl-json', cslJson(work), 'json', 'application/vnd.citationstyles.csl+json'),
  ];
}

/** The Cite panel's entries for a page's citations: each format with its texts, made in the page's language. */
export function citationEntries(list: readonly Citation[], lang: CitedPage['lang']): CitationEntry[] {
  const text = dictionary(lang).cite;
  return list.map(({ id, label, runs, file }) => ({
    id,
    label,
    copyName: fill(text.copyFormat, { format: label }),
    runs,
    ...(file && { download: { ...file, label: fill(text.download, { extension: file.extension }) } }),
  }));
}
