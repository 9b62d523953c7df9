import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pageCitations } from '../cite/cited-page';
import { getAllSpeakers } from '../content';
import { LANGS } from '../i18n/locales';

/**
 * Writes the Cite control's downloads: `citation.bib`, `citation.ris` and `citation.json` beside
 * every speaker and insight page, in both languages, into the built site `out`. The files are the
 * texts the page shows, from the same module. Returns how many it wrote.
 */
export function writeCitationFiles(out: string): number {
  let written = 0;
  for (const lang of LANGS) {
    for (const speaker of getAllSpeakers(lang)) {
      const pages = [pageCitations(speaker, lang), ...speaker.insights.map((insight) => pageCitations(speaker, lang, insight.id))];
      for (const { text, file } of pages.flat()) {
        if (!file) continue;
        const target = path.join(out, file.href);
        mkdirSync(path.dirname(target), { recursive: true });
        writeFileSync(target, text);
        written += 1;
      }
    }
  }
  return written;
}
