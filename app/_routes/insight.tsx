import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { CiteControl } from '@/components/cite-control';
import { FigureCard } from '@/components/figure-card';
import { InsightActions } from '@/components/insight-actions';
import { InsightMeta } from '@/components/insight-meta';
import { shareText } from '@/components/insight-section';
import { JsonLd } from '@/components/json-ld';
import { inlineLinkClass, metadataLinkClass } from '@/components/link-styles';
import { PageTitle } from '@/components/page-title';
import { PrevNext } from '@/components/prev-next';
import { ProseHtml } from '@/components/prose-html';
import { TopicList } from '@/components/topic-list';
import { getAllSpeakers, getInsight, getSpeaker, type Insight } from '@/lib/content';
import { citedPage } from '@/lib/cite/cited-page';
import { getFiguresCitedAt } from '@/lib/content/figures';
import { displayName } from '@/lib/format';
import { dictionary, fill } from '@/lib/i18n/dictionary';
import { localizePath, type Lang } from '@/lib/i18n/locales';
import { INSIGHT_ACTION_TEXTS, pick } from '@/lib/i18n/island-texts';
import { setPageLang } from '@/lib/i18n/page-lang';
import { ogImagePath, pageMetadata } from '@/lib/pages';
import { routes } from '@/lib/routes';
import { INDEXABLE } from '@/lib/site';
import { insightLd, personLd } from '@/lib/site-outputs/json-ld';
import { staticParams } from './static-params';

type Props = { params: Promise<{ slug: string; id: string }> };

const neighbour = (insight?: Insight) => insight && { href: insight.page, title: insight.title };

/**
 * One insight on its own page, `/speakers/<slug>/<id>/`: what a shared link
 * previews (its own card), with the way back to the section on the speaker's
 * page. An id the insight had before gets a page that points here.
 */
export function insightRoute(lang: Lang) {
  function generateStaticParams() {
    return staticParams(() =>
      getAllSpeakers(lang).flatMap((speaker) => speaker.insights.flatMap((insight) => [insight.id, ...insight.aliases].map((id) => ({ slug: speaker.slug, id })))),
    );
  }

  async function generateMetadata({ params }: Props): Promise<Metadata> {
    const { slug, id } = await params;
    const found = getInsight(slug, id, lang);
    if (found?.alias) {
      // Not a page of its own: never indexed (its link followed where the site is indexable), canonical to where the insight is now.
      return { title: dictionary(lang).insight.movedTitle, robots: { index: false, follow: INDEXABLE }, alternates: { canonical: found.insight.page } };
    }
    return pageMetadata(localizePath(routes.insight(slug, id), lang));
  }

  async function InsightPage({ params }: Props) {
    setPageLang(lang);
    const { slug, id } = await params;
    const speaker = getSpeaker(slug, lang);
    const found = getInsight(slug, id, lang);
    if (!speaker || !found) notFound();
    const { insight, alias, previous, next } = found;
    const text = dictionary(lang);
    if (alias) return <MovedPage insight={insight} title={text.insight.movedTitle} lead={text.insight.movedText} />;
    const figures = getFiguresCitedAt(insight.href, lang);
    const name = displayName(speaker);
    // `role · organization`: only what the report gives.
    const who = [speaker.role, speaker.organization].filter(Boolean).join(' · ');
    // Not translated yet (a draft): the English text, marked as English, and a notice in the page's language.
    const textLang = insight.lang === lang ? undefined : insight.lang;
    return (
      <>
        <JsonLd data={[insightLd(insight, speaker, { url: insight.page, image: ogImagePath(insight.page) }), personLd(speaker)]} />
        <Breadcrumbs
          trail={[
            { href: localizePath(routes.speakers, lang), label: text.nav.speakers },
            { href: speaker.href, label: speaker.name },
          ]}
          current={{ href: insight.page, label: insight.title }}
        />
        <article className="max-w-3xl" lang={textLang}>
          <PageTitle title={insight.title}>
            <div className="space-y-2 text-sm text-zinc-700 dark:text-zinc-300" lang={textLang ? lang : undefined}>
              <p>
                <a href={speaker.href} className={`${metadataLinkClass} font-semibold`}>
                  {name}
                </a>
                {who && <span lang={speaker.lang === lang ? undefined : speaker.lang}> · {who}</span>}
              </p>
              <InsightMeta insight={insight} />
              <TopicList ids={insight.topics} label={fill(text.insight.topicsOf, { title: insight.title })} />
            </div>
          </PageTitle>
          {textLang && (
            <p data-fallback-notice lang={lang} className="mb-4 rounded-md border border-amber-300 bg-amber-50 px-3 py-1.5 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
              {text.language.fallbackNotice}
            </p>
          )}
          <ProseHtml html={insight.bodyHtml} />
          <div className="mt-8 flex flex-wrap items-center justify-between gap-3 border-t border-zinc-200 pt-4 dark:border-zinc-800" lang={textLang ? lang : undefined}>
            <a href={insight.href} className={`${inlineLinkClass} inline-flex min-h-6 items-center font-semibold pointer-coarse:min-h-11`} aria-label={fill(text.insight.readInContextOf, { name })}>
              {text.insight.readInContext} <span aria-hidden="true">&nbsp;→</span>
            </a>
            <InsightActions path={insight.href} sharePath={insight.page} title={insight.title} text={shareText(insight, lang)} labels={pick(text.insight, INSIGHT_ACTION_TEXTS)} />
          </div>
          <div className="mt-4" lang={textLang ? lang : undefined}>
            <CiteControl page={citedPage(speaker, lang, insight.id)} />
          </div>
        </article>
        {figures.length > 0 && (
          <section aria-labelledby="figures-cited" className="mt-10 max-w-3xl">
            <h2 id="figures-cited" className="mb-4 text-2xl font-semibold">
              {text.insight.figuresCited}
            </h2>
            <ul className="grid gap-3 sm:grid-cols-2">
              {figures.map((figure) => (
                <FigureCard key={figure.id} figure={figure} />
              ))}
            </ul>
          </section>
        )}
        <PrevNext label={fill(text.insight.others, { name })} noun={text.insight.noun} previous={neighbour(previous)} next={neighbour(next)} />
      </>
    );
  }
  return { generateStaticParams, generateMetadata, InsightPage };
}

/** The page at an insight's former id: a link to where it is now, followed at once by browsers that allow it. */
function MovedPage({ insight, title, lead }: { insight: Insight; title: string; lead: string }) {
  return (
    <>
      <meta httpEquiv="refresh" content={`0; url=${insight.page}`} />
      <PageTitle title={title}>
        <p>
          {lead}{' '}
          <a href={insight.page} className={inlineLinkClass}>
            {insight.title}
          </a>
        </p>
      </PageTitle>
    </>
  );
}
