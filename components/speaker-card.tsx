import type { Speaker } from '@/lib/content';
import { displayName } from '@/lib/format';
import { cardClass, cardMetaClass, cardTitleLinkClass } from './card-styles';
import { ConferenceLabel } from './conference-label';

/** A speaker at a glance: name, role, and (unless compact) the conference. */
export function SpeakerCard({ speaker, headingLevel = 'h2', compact = false }: { speaker: Speaker; headingLevel?: 'h2' | 'h3'; compact?: boolean }) {
  const Heading = headingLevel;
  return (
    <article className={cardClass}>
      <Heading className={compact ? 'text-base font-semibold sm:text-lg' : 'text-lg font-semibold'}>
        <a href={speaker.href} className={cardTitleLinkClass}>
          {displayName(speaker)}
        </a>
      </Heading>
      <p className={`text-sm text-zinc-700 dark:text-zinc-300 ${compact ? 'line-clamp-2 max-sm:line-clamp-1 max-sm:text-xs' : ''}`}>
        {speaker.role ?? speaker.organization ?? 'Role not given in the report'}
      </p>
      {!compact && (
        // Positioned so its links sit above the card-wide title link.
        <p className={`relative mt-auto pt-1 ${cardMetaClass}`}>
          <ConferenceLabel dates={speaker.dates} />
        </p>
      )}
    </article>
  );
}
