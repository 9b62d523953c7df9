import { pageLang, t } from '@/lib/i18n/page-lang';
import { getAllThemes } from '@/lib/content';
import { figureRuns, unitLabel, type Figure } from '@/lib/content/figures';
import { CitedBy } from './cited-by';
import { FigureItem } from './figure-item';

/**
 * Every figure, grouped by the report section (theme) its source passage
 * belongs to, in report order. Within a section, consecutive figures with the
 * same citer and unit share one caption naming both.
 */
export function FigureList({ figures }: { figures: readonly Figure[] }) {
  const lang = pageLang();
  const text = t().figures;
  const groups = getAllThemes(lang)
    .map((theme) => ({ theme, figures: figures.filter((figure) => figure.theme === theme.slug) }))
    .filter((group) => group.figures.length > 0);
  return (
    <div className="space-y-8">
      {groups.map(({ theme, figures: inTheme }) => (
        <section key={theme.slug} aria-labelledby={`figures-${theme.slug}`}>
          <h3 id={`figures-${theme.slug}`} className="mb-2 font-serif text-xl font-semibold">
            <a href={theme.href} className="text-brand-700 hover:underline dark:text-brand-100">
              {theme.title}
            </a>
          </h3>
          <div className="space-y-4">
            {figureRuns(inTheme).map((run) => (
              <div key={run.figures[0]?.id} data-testid="figure-run">
                <p className="border-b border-zinc-300 px-2 pb-1 text-sm text-zinc-700 dark:border-zinc-700 dark:text-zinc-300">
                  <span className="font-semibold">{text.citedBy}</span> <CitedBy slug={run.citedBy} /> <span aria-hidden="true">·</span>{' '}
                  <span className="font-semibold">{text.unit}</span> {unitLabel(run.unit, lang)}
                </p>
                <ul className="grid gap-x-8 md:grid-cols-2">
                  {run.figures.map((figure) => (
                    <FigureItem key={figure.id} figure={figure} />
                  ))}
                </ul>
              </div>
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}
