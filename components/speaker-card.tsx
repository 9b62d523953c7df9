import type { Speaker } from '@/lib/content';
import { displayName } from '@/lib/format';
import { ConferenceLabel } from './conference-label';

/** A speaker at a glance: name, role, conference. */
export function SpeakerCard({ speaker, headingLevel = 'h2' }: { speaker: Speaker; headingLevel?: 'h2' | 'h3' }) {
  const Heading = headingLevel;
  return (
    <article className="flex h-full flex-col gap-1.5 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
      <Heading className="text-base font-semibold">
        <a href={speaker.href} className="text-brand-700 hover:underline dark:text-brand-100">
          {displayName(speaker)}
        </a>
      </Heading>
      <p className="text-sm text-zinc-700 dark:text-zinc-300">{speaker.role ?? speaker.organization ?? 'Role not given in the report'}</p>
      <p className="mt-auto text-xs">
        <ConferenceLabel dates={speaker.dates} />
      </p>
    </article>
  );
}
