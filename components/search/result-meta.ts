import { formatDate } from '@/lib/format';
import type { SearchDoc, SearchKind } from '@/lib/search/types';

const KIND_LABELS: Record<SearchKind, { one: string; many: string }> = {
  insight: { one: 'Insight', many: 'Insights' },
  speaker: { one: 'Speaker', many: 'Speakers' },
  theme: { one: 'Theme', many: 'Themes' },
  topic: { one: 'Topic', many: 'Topics' },
  figure: { one: 'Figure', many: 'Figures' },
};

export const kindLabel = (doc: SearchDoc) => KIND_LABELS[doc.kind].one;

/** A type facet value as a list heading says it: "Insights". */
export const kindsLabel = (kind: SearchKind) => KIND_LABELS[kind].many;

/** A conference value as a reader says it. */
export function eventLabel(value: string): string {
  return value === 'unstated' ? 'Conference not stated' : formatDate(value);
}

/**
 * `speaker · role · conference` for insights and speakers, `speaker · theme`
 * for figures; nothing for themes and topics, whose type label already says
 * what they are.
 */
export function resultMeta(doc: SearchDoc): string {
  if (doc.kind === 'figure') return [doc.speaker, doc.theme].filter(Boolean).join(' · ');
  if (doc.kind === 'theme' || doc.kind === 'topic') return '';
  // Only conferences the report states: "not stated" is said once, on the speaker's page, not on every result.
  const stated = doc.events.filter((event) => event !== 'unstated').map(eventLabel);
  return [doc.kind === 'insight' ? doc.speaker : undefined, doc.role, stated.join(', ')].filter(Boolean).join(' · ');
}
