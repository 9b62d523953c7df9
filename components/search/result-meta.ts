import { formatDate } from '@/lib/format';
import type { Dictionary } from '@/lib/i18n/dictionary';
import type { Lang } from '@/lib/i18n/locales';
import type { SearchDoc, SearchKind } from '@/lib/search/types';

/** How a results list names its documents, in the page's language. */
export interface ResultText {
  lang: Lang;
  text: Pick<Dictionary['search'], 'kind' | 'unstated'>;
}

export const kindLabel = (doc: SearchDoc, { text }: ResultText) => text.kind[doc.kind].one;

/** A type facet value as a list heading says it: "Insights". */
export const kindsLabel = (kind: SearchKind, { text }: ResultText) => text.kind[kind].other;

/** A conference value as a reader says it. */
export function eventLabel(value: string, { lang, text }: ResultText): string {
  return value === 'unstated' ? text.unstated : formatDate(value, lang);
}

/**
 * `speaker · role · conference` for insights and speakers, `speaker · theme`
 * for figures; nothing for themes and topics, whose type label already says
 * what they are.
 */
export function resultMeta(doc: SearchDoc, words: ResultText): string {
  if (doc.kind === 'figure') return [doc.speaker, doc.theme].filter(Boolean).join(' · ');
  if (doc.kind === 'theme' || doc.kind === 'topic') return '';
  // Only conferences the report states: "not stated" is said once, on the speaker's page, not on every result.
  const stated = doc.events.filter((event) => event !== 'unstated').map((event) => eventLabel(event, words));
  return [doc.kind === 'insight' ? doc.speaker : undefined, doc.role, stated.join(', ')].filter(Boolean).join(' · ');
}
