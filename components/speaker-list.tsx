import type { Speaker } from '@/lib/content';
import { SpeakerCard } from './speaker-card';

const LAYOUTS = {
  grid: 'grid gap-4 sm:grid-cols-2 lg:grid-cols-3',
  wide: 'grid gap-4 sm:grid-cols-2 lg:grid-cols-4',
  column: 'space-y-3',
  // The home page's overview: two across even on a phone, names and roles only.
  compact: 'grid grid-cols-2 gap-3 lg:grid-cols-4',
} as const;

/** Speakers as cards: a grid on index pages, a column in sidebars, a compact grid on the home page. */
export function SpeakerList({
  speakers,
  headingLevel = 'h3',
  layout = 'grid',
  testId,
}: {
  speakers: readonly Speaker[];
  headingLevel?: 'h2' | 'h3';
  layout?: keyof typeof LAYOUTS;
  testId?: string;
}) {
  return (
    <ul className={LAYOUTS[layout]} data-testid={testId}>
      {speakers.map((speaker) => (
        <li key={speaker.slug}>
          <SpeakerCard speaker={speaker} headingLevel={headingLevel} compact={layout === 'compact'} />
        </li>
      ))}
    </ul>
  );
}
