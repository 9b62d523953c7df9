import { CardList } from '@/components/card-list';
import { getAllThemes } from '@/lib/content';
import { fill, plural } from '@/lib/i18n/dictionary';
import { pageLang, t } from '@/lib/i18n/page-lang';

/** The themes as numbered cards, in the report's order; the home page's compact grid leaves out the summaries. */
export function ThemeList({ headingLevel = 'h2', compact = false }: { headingLevel?: 'h2' | 'h3'; compact?: boolean }) {
  const text = t();
  const speakerCount = (count: number) => (count === 0 ? text.counts.noSpeaker : plural(text.counts.speakers, count));
  const cards = getAllThemes(pageLang()).map((theme) => ({
    key: theme.slug,
    href: theme.href,
    title: theme.title,
    summary: compact ? undefined : theme.summary,
    note: speakerCount(theme.speakers.length),
    eyebrow: fill(text.theme.section, { order: theme.order }),
  }));
  return <CardList cards={cards} headingLevel={headingLevel} ordered layout={compact ? 'compact' : 'two'} />;
}
