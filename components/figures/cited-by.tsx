import { getSpeaker } from '@/lib/content';
import { REPORT } from '@/lib/figures';
import { displayName } from '@/lib/format';

/** Who the report attributes a figure to: a link to the speaker, or the report itself. */
export function CitedBy({ slug }: { slug: string }) {
  const speaker = slug === REPORT ? undefined : getSpeaker(slug);
  if (!speaker) return <span>The report</span>;
  return (
    <a href={speaker.href} className="underline decoration-zinc-400 underline-offset-2 hover:text-brand-700 dark:hover:text-brand-100">
      {displayName(speaker)}
    </a>
  );
}
