import { getSpeaker, getTheme, type Insight } from '@/lib/content';
import { displayName } from '@/lib/format';
import { ConferenceLabel } from './conference-label';
import { InsightActions } from './insight-actions';
import { metadataLinkClass } from './link-styles';
import { ProseHtml } from './prose-html';
import { TopicList } from './topic-list';

/** What Share sends with the URL: the insight and who it is from, as plain words, not a quotation. */
function shareText(insight: Insight): string {
  const speaker = getSpeaker(insight.speaker);
  const who = speaker ? [displayName(speaker), speaker.role].filter(Boolean).join(', ') : '';
  return who ? `${insight.title} — ${who}` : insight.title;
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
          {/* Only where the report states it; where it does not, the speaker's header says so once. */}
          <ConferenceLabel dates={[insight.conference]} />
          {theme && (
            <span>
              Theme:{' '}
              <a href={theme.href} className={metadataLinkClass}>
                {theme.title}
              </a>
            </span>
          )}
        </p>
        <div className="flex flex-wrap items-center justify-between gap-2">
          <TopicList ids={insight.topics} label={`Topics of this insight: ${insight.title}`} />
          <InsightActions path={insight.href} title={insight.title} text={shareText(insight)} />
        </div>
      </header>
      <ProseHtml html={insight.bodyHtml} />
    </section>
  );
}
