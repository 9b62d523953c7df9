import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { FigureList } from '@/components/figures/figure-list';
import { FiguresChart } from '@/components/figures/figures-chart';
import { JsonLd } from '@/components/json-ld';
import { PageTitle } from '@/components/page-title';
import { getAllFigures, getFigureCharts } from '@/lib/content/figures';
import { pageJsonLd, pageMetadata } from '@/lib/pages';
import { routes } from '@/lib/routes';

export const metadata: Metadata = pageMetadata(routes.figures);

export default function FiguresPage() {
  const figures = getAllFigures();
  const charts = getFigureCharts();
  return (
    <>
      <JsonLd data={pageJsonLd(routes.figures, 'CollectionPage')} />
      <Breadcrumbs trail={[]} current={{ href: routes.figures, label: 'Key figures' }} />
      <PageTitle
        title="Key figures"
        lead="Every number the report gives, written exactly as the report writes it, with who cited it and a link to the passage it comes from."
      />
      {figures.length === 0 ? (
        <p className="text-zinc-600 dark:text-zinc-400">This content has no figures.</p>
      ) : (
        <div className="space-y-12">
          {charts.length > 0 && (
            <section aria-labelledby="charts">
              <h2 id="charts" className="mb-4 font-serif text-2xl font-semibold">
                Charts
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
              All figures
            </h2>
            <p className="mb-6 max-w-3xl text-sm text-zinc-600 dark:text-zinc-400">
              Grouped by the section of the report they come from. Each label links to the passage the figure comes from. Nothing here
              is calculated: the only derived numbers are counts of a list the report gives, and they say so.
            </p>
            <FigureList figures={figures} />
          </section>
        </div>
      )}
    </>
  );
}
