import { formatDate } from '@/lib/format';
import type { SearchDoc } from '@/lib/search/types';

const KIND_LABELS: Record<SearchDoc['kind'], string> = { insight: 'Insight', speaker: 'Speaker', theme: 'Theme', topic: 'Topic' };

export const kindLabel = (doc: SearchDoc) => KIND_LABELS[doc.kind];

/** A conference value as a reader says it. */
export function eventLabel(value: string): string {
  return value === 'unstated' ? 'Conference not stated' : formatDate(value);
}

/** `speaker · role · conference` for insights and speakers; the theme for others. */
export function resultMeta(doc: SearchDoc): string {
  if (doc.kind === 'theme' || doc.kind === 'topic') return kindLabel(doc);
  return [doc.kind === 'insight' ? doc.speaker : undefined, doc.role, doc.events.map(eventLabel).join(', ')].filter(Boolean).join(' · ');
}
