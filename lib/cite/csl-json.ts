import { REPORT_LANGUAGE, type CitedWork } from './work';

/**
 * CSL-JSON (an array of one item), as Zotero, Pandoc and citeproc read it: a `report` with the
 * Chamber as a literal (corporate) author and publisher, the report's language, and on Spanish
 * pages the translated title.
 */
export function cslJson(work: CitedWork): string {
  const item = {
    id: work.key,
    type: 'report',
    author: [{ literal: work.author }],
    title: work.title,
    ...(work.translatedTitle && { 'translated-title': work.translatedTitle }),
    publisher: work.author,
    issued: { 'date-parts': [[work.year]] },
    ...(work.accessed && { accessed: { 'date-parts': [work.accessed.split('-').map(Number)] } }),
    URL: work.url,
    language: REPORT_LANGUAGE,
  };
  return `${JSON.stringify([item], null, 2)}\n`;
}
