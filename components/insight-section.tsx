import { getSpeaker, getTheme, isUnstated, type Insight } from '@/lib/content';
import { displayName, formatDate } from '@/lib/format';
import { REPORT_TITLE } from '@/lib/site';
import { ConferenceLabel } from './conference-label';
import { InsightActions } from './insight-actions';
import { ProseHtml } from './prose-html';
import { TopicList } from './topic-list';

/** The citation a copied or shared insight carries (the URL is added in the browser). */
function citation(insight: Insight): string {
  const speaker = getSpeaker(insight.speaker);
  const who = speaker ? [displayName(speaker), speaker.role].filter(Boolean).join(', ') : '';
  const when = isUnstated(insight.conference) ? 'conference not stated in the report' : `${formatDate(insight.conference)} conference`;
  return `“${insight.title}.” ${insight.text}\n— ${who} (${when}). Paraphrased in ${REPORT_TITLE}, USMCOC.`;
}

/** One insight in full, on its speaker's page: the unit people link to. */
export function InsightSection({ insight }: { insight: Insight }) {
  const theme = getTheme(insight.theme);
  return (
    <section className="insight -mx-3 rounded-lg px-3 py-4" aria-labelledby={insight.id}>
      <header className="mb-2 space-y-2">
        {/* Former ids of a renamed insight: old links land here (see DeepLinks). */}
        {insight.aliases.map((alias) => (
          <span key={alias} id={alias} data-alias-of={insight.id} />
        ))}
        <div className="font-serif text-xl font-semibold [&_h2]:text-xl" dangerouslySetInnerHTML={{ __html: insight.headingHtml }} />
        <p className="flex flex-wrap gap-x-3 gap-y-1 text-xs text-zinc-700 dark:text-zinc-300">
          <ConferenceLabel dates={[insight.conference]} />
          {theme && (
            <span>
              Theme:{' '}
              <a href={theme.href} className="underline decoration-zinc-400 underline-offset-2">
                {theme.title}
              </a>
            </span>
          )}
        </p>
        <div className="flex flex-wrap items-center justify-between gap-2">
          <TopicList ids={insight.topics} label={`Topics of “${insight.title}”`} />
          <InsightActions path={insight.href} title={insight.title} citation={citation(insight)} />
        </div>
      </header>
      <ProseHtml html={insight.bodyHtml} />
    </section>
  );
}
