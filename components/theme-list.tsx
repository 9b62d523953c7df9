import { CardList } from '@/components/card-list';
import { getAllThemes } from '@/lib/content';

const speakerCount = (count: number) => (count === 0 ? 'No speaker' : `${count} speaker${count === 1 ? '' : 's'}`);

/** The themes as numbered cards, in the report's order; the home page's compact grid leaves out the summaries. */
export function ThemeList({ headingLevel = 'h2', compact = false }: { headingLevel?: 'h2' | 'h3'; compact?: boolean }) {
  const cards = getAllThemes().map((theme) => ({
    key: theme.slug,
    href: theme.href,
    title: theme.title,
    summary: compact ? undefined : theme.summary,
    note: speakerCount(theme.speakers.length),
    eyebrow: `Section ${theme.order}`,
  }));
  return <CardList cards={cards} headingLevel={headingLevel} ordered layout={compact ? 'compact' : 'two'} />;
}
