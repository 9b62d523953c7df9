import { describe, expect, it } from 'vitest';
import { getAllEvents, getAllSpeakers, getAllThemes, getBacklinks, getRelatedSpeakers, getSpeaker } from '@/lib/content';
import { loadContent } from '@/lib/content/load-content';
import { fixtureRoot } from './fixture';

describe('cross-links on the fixture content', () => {
  const content = loadContent(fixtureRoot());

  it('places at an event only speakers with an insight stated there', () => {
    expect(content.events.map((event) => [event.date, event.speakers])).toEqual([['2024-12-05', ['ana-perez']]]);
  });

  it('lists under a theme every speaker with an insight in it', () => {
    expect(content.themes[0]?.speakers).toEqual(['ana-perez', 'bo-li']);
  });

  it('records backlinks to the section that mentions a speaker, never to the page itself', () => {
    expect(content.backlinks['bo-li']).toEqual([
      { href: '/speakers/ana-perez/#tariffs-at-10-and-quotes-in-titles', title: 'Ana Pérez: Tariffs at 10% and “quotes” in titles' },
      { href: '/themes/trade/', title: 'Trade: Shifts in Policy' },
    ]);
    expect(content.backlinks['ana-perez']?.map((link) => link.href)).toEqual([
      '/speakers/bo-li/#a-point-on-borders',
      '/themes/trade/',
      '/events/2024-12-05/',
    ]);
  });

  it('derives themes and dates of a speaker from the insights', () => {
    const ana = content.speakers.find((speaker) => speaker.slug === 'ana-perez');
    expect(ana?.themes).toEqual(['trade']);
    expect(ana?.dates).toEqual(['2024-12-05']);
    expect(content.speakers.find((speaker) => speaker.slug === 'bo-li')?.dates).toEqual([]);
  });
});

describe('cross-links on the real content', () => {
  it('has 19 speakers, 10 themes and 2 conferences', () => {
    expect(getAllSpeakers()).toHaveLength(19);
    expect(getAllThemes()).toHaveLength(10);
    expect(getAllEvents().map((event) => event.date)).toEqual(['2024-12-05', '2025-04-30']);
  });

  it('places speakers at conferences only where the report does', () => {
    expect(getAllEvents().map((event) => [event.date, event.speakers])).toEqual([
      ['2024-12-05', ['ana-maria-salazar', 'luis-rosendo-gutierrez']],
      ['2025-04-30', ['antonio-cuellar', 'john-bolton', 'kim-ogg', 'neil-herrington', 'norma-irene-de-la-cruz', 'sergio-de-la-pena']],
    ]);
    expect(getSpeaker('robert-perez')?.dates).toEqual([]);
  });

  it('relates speakers by shared topics, most shared first', () => {
    const related = getRelatedSpeakers('antonio-cuellar');
    expect(related.length).toBeGreaterThan(0);
    const cuellar = getSpeaker('antonio-cuellar');
    for (const other of related) expect(other.topics.some((topic) => cuellar?.topics.includes(topic))).toBe(true);
  });

  it('links the judicial reform theme back from Antonio Cuéllar’s page', () => {
    expect(getBacklinks('antonio-cuellar').map((link) => link.href)).toContain('/themes/judicial-reform-and-democracy-in-mexico/');
  });
});
