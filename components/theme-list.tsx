import { PageLink } from '@/components/page-link';
import { getAllThemes } from '@/lib/content';

/** The themes as numbered cards; also used on the home page. */
export function ThemeList({ headingLevel = 'h2' }: { headingLevel?: 'h2' | 'h3' }) {
  const Heading = headingLevel;
  return (
    <ol className="grid gap-4 sm:grid-cols-2">
      {getAllThemes().map((theme) => (
        <li key={theme.slug} className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
          <p className="text-xs font-semibold uppercase tracking-wide text-zinc-600 dark:text-zinc-400">Section {theme.order}</p>
          <Heading className="mt-1 font-semibold">
            <PageLink href={theme.href} className="text-brand-700 hover:underline dark:text-brand-100">
              {theme.title}
            </PageLink>
          </Heading>
          <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">{theme.summary}</p>
          <p className="mt-2 text-xs text-zinc-600 dark:text-zinc-400">
            {theme.speakers.length === 0 ? 'No speaker' : `${theme.speakers.length} speaker${theme.speakers.length === 1 ? '' : 's'}`}
          </p>
        </li>
      ))}
    </ol>
  );
}
