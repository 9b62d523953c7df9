import { titleRuns } from './runs';
import type { Run } from './types';
import type { CitedWork } from './work';

/**
 * APA 7, a report by a group author that is also its publisher (so no publisher element). No
 * retrieval date: APA gives one only for content designed to change, and the report does not.
 * In Spanish (APA 7 in Spanish), the same with the title's translation in brackets.
 */
export function apa(work: CitedWork): Run[] {
  return [{ text: `${work.author}. (${work.year}). ` }, ...titleRuns(work, work.sentenceTitle), { text: `. ${work.url}` }];
}
