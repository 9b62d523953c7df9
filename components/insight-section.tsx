import Link from 'next/link';
import { getTheme, type Insight } from '@/lib/content';
import { ConferenceLabel } from './conference-label';
import { ProseHtml } from './prose-html';
import { TopicList } from './topic-list';

/** One insight in full, on its speaker's page: the unit people link to. */
export function InsightSection({ insight }: { insight: Insight }) {
  const theme = getTheme(insight.theme);
  return (
    <section className="insight -mx-3 rounded-lg px-3 py-4" aria-labelledby={insight.id}>
      <header className="mb-2 space-y-2">
        <div className="font-serif text-xl font-semibold [&_h2]:text-xl" dangerouslySetInnerHTML={{ __html: insight.headingHtml }} />
        <p className="flex flex-wrap gap-x-3 gap-y-1 text-xs text-zinc-700 dark:text-zinc-300">
          <ConferenceLabel dates={[insight.conference]} />
          {theme && (
            <span>
              Theme:{' '}
              <Link href={theme.href} className="underline decoration-zinc-400 underline-offset-2">
                {theme.title}
              </Link>
            </span>
          )}
        </p>
        <TopicList ids={insight.topics} label={`Topics of “${insight.title}”`} />
      </header>
      <ProseHtml html={insight.bodyHtml} />
    </section>
  );
}
