import type { Speaker } from '@/lib/content';
import { displayName } from '@/lib/format';
import { cardClass, cardMetaClass, cardTextClass, cardTitleLinkClass } from './card-styles';
import { ConferenceLabel } from './conference-label';

/** A speaker at a glance: name, role, and (unless compact) the conference. */
export function SpeakerCard({ speaker, headingLevel = 'h2', compact = false }: { speaker: Speaker; headingLevel?: 'h2' | 'h3'; compact?: boolean }) {
  const Heading = headingLevel;
  const role = speaker.role ?? speaker.organization;
  return (
    <article className={cardClass}>
      <Heading className={compact ? 'text-base font-semibold sm:text-lg' : 'text-lg font-semibold'}>
        <a href={speaker.href} className={cardTitleLinkClass}>
          {displayName(speaker)}
        </a>
      </Heading>
      {/* Only what the report gives: no role line without a role, no conference line without a conference. */}
      {role && <p className={`${cardTextClass} ${compact ? 'line-clamp-2 wrap-break-word max-sm:line-clamp-1 max-sm:text-xs' : ''}`}>{role}</p>}
      {!compact && speaker.dates.length > 0 && (
        // Positioned so its links sit above the card-wide title link.
        <p className={`relative mt-auto pt-1 ${cardMetaClass}`}>
          <ConferenceLabel dates={speaker.dates} />
        </p>
      )}
    </article>
  );
}
