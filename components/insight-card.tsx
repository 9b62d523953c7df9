import { getSpeaker, type Insight } from '@/lib/content';
import { displayName } from '@/lib/format';
import { ConferenceLabel } from './conference-label';

/** An insight in a list elsewhere (topic, theme pages): links to the exact section. */
export function InsightCard({ insight }: { insight: Insight }) {
  const speaker = getSpeaker(insight.speaker);
  return (
    <article className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
      <h3 className="font-semibold">
        <a href={insight.href} className="text-brand-700 hover:underline dark:text-brand-100">
          {insight.title}
        </a>
      </h3>
      {speaker && (
        <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">
          <a href={speaker.href} className="font-medium hover:underline">
            {displayName(speaker)}
          </a>
          {speaker.role && <> · {speaker.role}</>} · <ConferenceLabel dates={[insight.conference]} />
        </p>
      )}
      <p className="mt-2 line-clamp-3 text-sm text-zinc-600 dark:text-zinc-400">{insight.text}</p>
    </article>
  );
}
