import { getAllThemes } from '@/lib/content';
import type { Figure } from '@/lib/figures';
import { FigureItem } from './figure-item';

/** Every figure, grouped by the report section (theme) its source passage belongs to, in report order. */
export function FigureList({ figures }: { figures: readonly Figure[] }) {
  const groups = getAllThemes()
    .map((theme) => ({ theme, figures: figures.filter((figure) => figure.theme === theme.slug) }))
    .filter((group) => group.figures.length > 0);
  return (
    <div className="space-y-10">
      {groups.map(({ theme, figures: inTheme }) => (
        <section key={theme.slug} aria-labelledby={`figures-${theme.slug}`}>
          <h3 id={`figures-${theme.slug}`} className="mb-3 font-serif text-xl font-semibold">
            <a href={theme.href} className="text-brand-700 hover:underline dark:text-brand-100">
              {theme.title}
            </a>
          </h3>
          <ul className="grid gap-4 md:grid-cols-2">
            {inTheme.map((figure) => (
              <FigureItem key={figure.id} figure={figure} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
