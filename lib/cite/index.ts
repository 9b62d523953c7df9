import { dictionary } from '../i18n/dictionary';
import { apa } from './apa';
import { bibtex } from './bibtex';
import { chicagoBibliography, chicagoNote } from './chicago';
import { cslJson } from './csl-json';
import { mla } from './mla';
import { ris } from './ris';
import { runsText } from './runs';
import type { Citation, CitationFile, CitationId, CitedPage, Run } from './types';
import { citedWork } from './work';

export type { Citation, CitationFile, CitationId, CitedPage, Run };

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
    // Beside the page, named `citation.<ext>` there and saved under the citation key. The path is
    // decoded, as the site's hrefs are, so it also names the folder the page is exported to.
    file: { extension, mime, href: decodeURI(new URL(`citation.${extension}`, page.url).pathname), name: `${work.key}.${extension}` },
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
