import { Breadcrumbs } from '@/components/breadcrumbs';
import { FigureList } from '@/components/figures/figure-list';
import { FiguresChart } from '@/components/figures/figures-chart';
import { JsonLd } from '@/components/json-ld';
import { PageTitle } from '@/components/page-title';
import { getAllFigures, getFigureCharts } from '@/lib/content/figures';
import { dictionary } from '@/lib/i18n/dictionary';
import { localizePath, type Lang } from '@/lib/i18n/locales';
import { setPageLang } from '@/lib/i18n/page-lang';
import { pageJsonLd, pageMetadata } from '@/lib/pages';
import { routes } from '@/lib/routes';

export function figuresRoute(lang: Lang) {
  const path = localizePath(routes.figures, lang);
  const metadata = pageMetadata(path);

  function FiguresPage() {
    setPageLang(lang);
    const text = dictionary(lang);
    const figures = getAllFigures(lang);
    const charts = getFigureCharts(lang);
    return (
      <>
        <JsonLd data={pageJsonLd(path, 'CollectionPage')} />
        <Breadcrumbs trail={[]} current={{ href: path, label: text.pages.figuresTitle }} />
        <PageTitle title={text.pages.figuresTitle} lead={text.pages.figuresLead} />
        {figures.length === 0 ? (
          <p className="text-zinc-600 dark:text-zinc-400">{text.figures.empty}</p>
        ) : (
          <div className="space-y-12">
            {charts.length > 0 && (
              <section aria-labelledby="charts">
                <h2 id="charts" className="mb-4 font-serif text-2xl font-semibold">
                  {text.figures.charts}
                </h2>
                <div className="grid items-start gap-6 lg:grid-cols-2">
                  {charts.map((chart) => (
                    <FiguresChart key={chart.id} chart={chart} />
                  ))}
                </div>
              </section>
            )}
            <section aria-labelledby="all-figures">
              <h2 id="all-figures" className="mb-2 font-serif text-2xl font-semibold">
                {text.figures.all}
              </h2>
              <p className="mb-6 max-w-3xl text-sm text-zinc-600 dark:text-zinc-400">{text.figures.allLead}</p>
              <FigureList figures={figures} />
            </section>
          </div>
        )}
      </>
    );
  }
  return { metadata, FiguresPage };
}
