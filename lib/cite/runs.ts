import type { Run } from './types';
import type { CitedWork } from './work';

/** The title in italics (marked English where the page is not), then its bracketed translation if any, which is not italic. */
export function titleRuns(work: CitedWork, title: string): Run[] {
  return [
    { text: title, italic: true, ...(work.lang !== 'en' && { lang: 'en' as const }) },
    ...(work.translatedTitle ? [{ text: ` [${work.translatedTitle}]` }] : []),
  ];
}

/** The runs as plain text. */
export const runsText = (runs: readonly Run[]): string => runs.map((run) => run.text).join('');
