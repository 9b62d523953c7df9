import { getSpeaker, isUnstated, type Insight } from '@/lib/content';
import { displayName } from '@/lib/format';
import { cardClass, cardTitleLinkClass } from './card-styles';
import { ConferenceLabel } from './conference-label';

/** An insight in a list elsewhere (topic, theme pages): links to the exact section. */
export function InsightCard({ insight }: { insight: Insight }) {
  const speaker = getSpeaker(insight.speaker);
  return (
    <article className={cardClass}>
      <h3 className="text-lg font-semibold">
        <a href={insight.href} className={cardTitleLinkClass}>
          {insight.title}
        </a>
      </h3>
      {speaker && (
        // Positioned so its links sit above the card-wide title link.
        <p className="relative text-sm text-zinc-700 dark:text-zinc-300">
          <a href={speaker.href} className="font-semibold hover:underline">
            {displayName(speaker)}
          </a>
          {speaker.role && <> · {speaker.role}</>}
          {!isUnstated(insight.conference) && <> · <ConferenceLabel dates={[insight.conference]} /></>}
        </p>
      )}
      <p className="line-clamp-3 text-sm text-zinc-600 dark:text-zinc-400">{insight.text}</p>
    </article>
  );
}
