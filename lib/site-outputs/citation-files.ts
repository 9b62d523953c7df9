import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { citationEntries, citations, citationsHref } from '../cite';
import { citedPage } from '../cite/cited-page';
import { getAllSpeakers } from '../content';
import { LANGS } from '../i18n/locales';

/**
 * Writes the Cite control's files beside every speaker and insight page, in both languages, into the
 * built site `out`: the downloads (`citation.bib`, `citation.ris`, `citation.json`) and the panel's
 * formats (`cite.json`), which the page fetches when a reader opens Cite. Returns how many it wrote.
 */
export function writeCitationFiles(out: string): number {
  let written = 0;
  const write = (href: string, text: string) => {
    const target = path.join(out, href);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, text);
    written += 1;
  };
  for (const lang of LANGS) {
    for (const speaker of getAllSpeakers(lang)) {
      for (const page of [citedPage(speaker, lang), ...speaker.insights.map((insight) => citedPage(speaker, lang, insight.id))]) {
        const list = citations(page);
        for (const { text, file } of list) if (file) write(file.href, text);
        write(citationsHref(page), JSON.stringify(citationEntries(list, lang)));
      }
    }
  }
  return written;
}
