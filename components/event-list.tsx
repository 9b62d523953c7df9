import { CardList } from '@/components/card-list';
import { getAllEvents } from '@/lib/content';
import { formatDate } from '@/lib/format';
import { fill, plural } from '@/lib/i18n/dictionary';
import { pageLang, t } from '@/lib/i18n/page-lang';

/** The conferences as cards; also used on the home page. */
export function EventList({ headingLevel = 'h2' }: { headingLevel?: 'h2' | 'h3' }) {
  const lang = pageLang();
  const text = t();
  const cards = getAllEvents(lang).map((event) => ({
    key: event.date,
    href: event.href,
    title: formatDate(event.date, lang),
    summary: event.summary,
    note: fill(text.conference.placedHere, { location: event.location, count: plural(text.counts.speakers, event.speakers.length) }),
  }));
  return <CardList cards={cards} headingLevel={headingLevel} />;
}
