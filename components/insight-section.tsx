import { getSpeaker, type Insight } from '@/lib/content';
import { displayName } from '@/lib/format';
import { fill } from '@/lib/i18n/dictionary';
import type { Lang } from '@/lib/i18n/locales';
import { INSIGHT_ACTION_TEXTS, pick } from '@/lib/i18n/island-texts';
import { pageLang, t } from '@/lib/i18n/page-lang';
import { InsightActions } from './insight-actions';
import { InsightMeta } from './insight-meta';
import { ProseHtml } from './prose-html';
import { TopicList } from './topic-list';

/** What Share sends with the URL: the insight and who it is from, as plain words, not a quotation. */
export function shareText(insight: Insight, lang: Lang): string {
  const speaker = getSpeaker(insight.speaker, lang);
  const who = speaker ? [displayName(speaker), speaker.role].filter(Boolean).join(', ') : '';
  return who ? `${insight.title} — ${who}` : insight.title;
}

/** One insight in full, on its speaker's page: the unit people link to. */
export function InsightSection({ insight }: { insight: Insight }) {
  const lang = pageLang();
  const text = t();
  // Not translated yet (a draft): the English text, marked as English, and a notice in the page's language.
  const textLang = insight.lang === lang ? undefined : insight.lang;
  return (
    <section className="insight -mx-3 rounded-lg px-3 py-4" aria-labelledby={insight.id}>
      <header className="mb-2 space-y-2">
        {/* Former ids of a renamed insight: old links land here (see DeepLinks). */}
        {insight.aliases.map((alias) => (
          <span key={alias} id={alias} data-alias-of={insight.id} />
        ))}
        <div lang={textLang} className="font-serif text-xl font-semibold [&_h2]:text-xl" dangerouslySetInnerHTML={{ __html: insight.headingHtml }} />
        {textLang && (
          <p data-fallback-notice className="rounded-md border border-amber-300 bg-amber-50 px-3 py-1.5 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
            {text.language.fallbackNotice}
          </p>
        )}
        <InsightMeta insight={insight} />
        <div className="flex flex-wrap items-center justify-between gap-2">
          <TopicList ids={insight.topics} label={fill(text.insight.topicsOf, { title: insight.title })} />
          <InsightActions path={insight.href} sharePath={insight.page} title={insight.title} text={shareText(insight, lang)} labels={pick(text.insight, INSIGHT_ACTION_TEXTS)} />
        </div>
      </header>
      <ProseHtml html={insight.bodyHtml} lang={textLang} />
    </section>
  );
}
