import type { Lang } from '../i18n/locales';
import type { CitedWork } from './work';

const SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  $: '\\$',
  '&': '\\&',
  '%': '\\%',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  '–': '--',
  '—': '---',
};
const ACCENTS: Record<string, string> = { '\u0300': '`', '\u0301': "'", '\u0303': '~', '\u0308': '"' };

/**
 * Text as LaTeX: specials escaped, dashes as TeX ligatures, and the accented letters of Spanish
 * as accent commands (`C{\'a}mara`), which 8-bit BibTeX, biber and every importer read alike.
 */
export function latex(text: string): string {
  return text
    .normalize('NFD')
    .replace(/([A-Za-z])([\u0300\u0301\u0303\u0308])|[\\{}$&%#_~^\u2013\u2014]/g, (match: string, letter?: string, accent?: string) =>
      letter && accent ? `{\\${ACCENTS[accent]}${letter}}` : (SPECIALS[match] ?? match),
    )
    .normalize('NFC');
}

// BibTeX's `type` overrides @techreport's default label ("Technical report"), which this report is not.
const TYPE: Record<Lang, string> = { en: 'Report', es: 'Informe' };

/**
 * BibTeX, as @techreport (the standard type for a report, which biblatex reads as @report).
 * Spanish pages change the author's name and the type label only: BibTeX has no field for a
 * translated title. `langid` is the report's language, for its title's hyphenation.
 */
export function bibtex(work: CitedWork): string {
  const fields: [string, string | undefined][] = [
    // Double braces: a corporate author is one name, never split into "Last, First".
    ['author', `{${latex(work.author)}}`],
    // Braced whole, so no style lowercases the report's proper nouns.
    ['title', `{${latex(work.title)}}`],
    ['type', latex(TYPE[work.lang])],
    ['institution', latex(work.author)],
    ['year', String(work.year)],
    ['url', work.url],
    ['urldate', work.accessed],
    ['langid', 'english'],
  ];
  const body = fields.flatMap(([name, value]) => (value === undefined ? [] : [`  ${name} = {${value}}`]));
  return `@techreport{${work.key},\n${body.join(',\n')}\n}\n`;
}
