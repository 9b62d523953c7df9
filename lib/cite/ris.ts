import { REPORT_LANGUAGE, type CitedWork } from './work';

/**
 * RIS: a report (`RPRT`), one `TAG  - value` line each, `ER` last; `Y2` is the access date in
 * RIS's `YYYY/MM/DD`. No `TT` for a Spanish page's translated title: importers may take it for the
 * title (Citation.js does) and demote the report's own. Lines end in LF: importers accept it, and
 * the file stays the text the page shows.
 */
export function ris(work: CitedWork): string {
  const tags: [string, string | undefined][] = [
    ['TY', 'RPRT'],
    ['AU', work.author],
    ['TI', work.title],
    ['PY', String(work.year)],
    ['PB', work.author],
    ['UR', work.url],
    ['Y2', work.accessed?.replaceAll('-', '/')],
    ['LA', REPORT_LANGUAGE],
    ['ER', ''],
  ];
  return `${tags.flatMap(([tag, value]) => (value === undefined ? [] : [`${tag}  - ${value}`])).join('\n')}\n`;
}
