import { describe, expect, it } from 'vitest';
import { buildSearchPayload, searchDocuments } from '@/lib/search/build-payload';
import { documentEncoder, queryEncoder } from '@/lib/search/encoder';
import { createEngine, createIndex, indexedText, loadEngine } from '@/lib/search/engine';
import { MAX_QUERY_LENGTH, MAX_TERMS, highlightParts, queryTerms, snippet, termMatcher } from '@/lib/search/query';
import { english } from '@/lib/search/english';
import type { SearchPayload } from '@/lib/search/types';
import { relevance } from './search-relevance';
import { readSearchState, searchUrl } from '@/lib/search/url';

const { stem } = english;
const payload = JSON.parse(JSON.stringify(buildSearchPayload(searchDocuments()))) as SearchPayload;
const engine = loadEngine(payload);
const top3 = (query: string) => engine.search(query).results.slice(0, 3).map(({ doc }) => doc.url);

describe('query terms: folding and normalising', () => {
  it.each([
    ['Cuéllar', ['cuellar']],
    ['PEÑA', ['pena']],
    ['Querétaro', ['queretaro']],
    ['Escareño', ['escareno']],
    ['border  Security', ['border', 'security']],
    ['36 trillion', ['36', 'trillion']],
    ['$1.5 trillion', ['1', '5', 'trillion']],
    ['9/11', ['9', '11']],
    ['tariffs tariffs', ['tariffs']],
    ['', []],
    ['   \t\n', []],
    ['?!.,;:()[]{}', []],
    ['c++ c#', []],
    ['.*+?^${}()|[]\\', []],
    ['<img src=x onerror=alert(1)>', ['img', 'src', 'onerror', 'alert', '1']],
    ['__proto__', ['proto']],
    ['constructor', ['constructor']],
    ['🇲🇽🌮', []],
  ])('%j → %j', (input, expected) => {
    expect(queryTerms(input)).toEqual(expected);
  });

  it(`caps a query at ${MAX_QUERY_LENGTH} characters and ${MAX_TERMS} terms`, () => {
    expect(queryTerms('x'.repeat(10_000))).toEqual(['x'.repeat(MAX_QUERY_LENGTH)]);
    expect(queryTerms('alpha beta gamma delta epsilon zeta eta theta iota kappa')).toHaveLength(MAX_TERMS);
  });
});

describe('the encoder: documents and queries meet on the same stems', () => {
  // A query matches a document word when every query token is a prefix of one of the word's tokens (forward tokenization).
  const finds = (query: string, text: string) => {
    const indexed = documentEncoder().encode(text);
    return queryEncoder()
      .encode(query)
      .every((token) => indexed.some((word) => word.startsWith(token)));
  };

  it.each([
    ['tariff', 'Tariffs'],
    ['tariffs', 'tariff'],
    ['nearshore', 'nearshoring'],
    ['nearshoring', 'Nearshore'],
    ['raised', 'raising'],
    ['raising', 'raised'],
    ['policies', 'policy'],
    ['economy', 'economic'],
    // Type-ahead: a half-typed word is no stem of anything, yet still finds the word as written.
    ['nearsh', 'nearshoring'],
    ['nearshori', 'nearshoring'],
    ['nearshorin', 'nearshoring'],
    ['raisi', 'raising'],
    ['tarif', 'tariffs'],
    // Accents and case fold both ways.
    ['cuellar', 'Cuéllar'],
    ['Peña', 'pena'],
    ['QUERÉTARO', 'Querétaro'],
    // Numbers are kept, never stemmed.
    ['125', '125%'],
    ['36 trillion', '$36 trillion'],
    ['10.8 million', 'over 10.8 million'],
    ['220,000', '220,000'],
    ['220000', '220,000'],
  ])('%j finds %j', (query, text) => {
    expect(finds(query, text)).toBe(true);
  });

  it.each([
    ['tariffs', 'tarot'],
    ['nearshore', 'offshore'],
    ['raised', 'rated'],
    ['border', 'boarding'],
    ['125', '12'],
    ['36', '3'],
    ['cuellar', 'cuello'],
    ['nearshoringx', 'nearshoring'],
  ])('%j does not find %j', (query, text) => {
    expect(finds(query, text)).toBe(false);
  });

  it('stems words but leaves numbers and short words alone', () => {
    expect([stem('tariffs'), stem('nearshoring'), stem('nearshore'), stem('raised'), stem('raising')]).toEqual(['tariff', 'nearshor', 'nearshor', 'rais', 'rais']);
    expect([stem('125'), stem('us'), stem('2024s')]).toEqual(['125', 'us', '2024s']);
  });
});

describe('highlighting is accent-blind both ways', () => {
  const marked = (text: string, query: string) =>
    highlightParts(text, termMatcher(queryTerms(query), stem))
      .filter((part) => part.mark)
      .map((part) => part.text);

  it.each([
    ['Antonio Cuéllar argued', 'cuellar', ['Cuéllar']],
    ['Sergio de la Peña', 'pena', ['Peña']],
    ['Sergio de la Pena', 'Peña', ['Pena']],
    ['centers in Monterrey and Querétaro', 'queretaro', ['Querétaro']],
    ['Louis Escareño reminded', 'escareno', ['Escareño']],
    ['the ongoing fentanyl crisis', 'fent', ['fentanyl']],
    ['Tariffs and tariff rates', 'tarif', ['Tariffs', 'tariff']],
    ['Tariffs and tariff rates', 'tariffs', ['Tariffs', 'tariff']],
    ['nearshoring and nearshore', 'nearshore', ['nearshoring', 'nearshore']],
    ['raising rates, raised prices', 'raised', ['raising', 'raised']],
    ['one policy, many policies', 'policies', ['policy', 'policies']],
    ['no match here', 'cuellar', []],
  ])('%j with %j marks %j', (text, query, expected) => {
    expect(marked(text, query)).toEqual(expected);
  });

  it('keeps every character of the text, in order', () => {
    const text = 'Cuéllar, Peña & Querétaro: “10,000 per day”';
    expect(highlightParts(text, termMatcher(['pena', 'que'])).map((part) => part.text).join('')).toBe(text);
  });

  it('centres a snippet on the first match', () => {
    const text = `${'word '.repeat(100)}Querétaro ${'more '.repeat(100)}`;
    const cut = snippet(text, termMatcher(['queretaro']), 60);
    expect(cut).toContain('Querétaro');
    expect(cut.startsWith('… ')).toBe(true);
    expect(cut.endsWith(' …')).toBe(true);
  });
});

describe('hostile queries return a sane result', () => {
  it.each([
    '',
    '   ',
    '!!!???',
    '.*+?^${}()|[]\\',
    '<img src=x onerror=alert(1)>',
    '🇲🇽🌮🔥',
    '__proto__',
    'constructor prototype',
    'x'.repeat(10_000),
    'tariffs '.repeat(2_000),
    '%00%27%22',
    "' OR 1=1 --",
  ])('%j', (query) => {
    const response = engine.search(query);
    expect(Array.isArray(response.results)).toBe(true);
    expect(response.terms.length).toBeLessThanOrEqual(MAX_TERMS);
    for (const { doc } of response.results) expect(doc.url.startsWith('/')).toBe(true);
  });

  it('returns nothing for queries with no searchable words', () => {
    for (const query of ['', '   ', '!!!', 'c++', '🌮']) expect(engine.search(query).results).toEqual([]);
  });
});


describe('relevance: the section a reader wants is in the top three', () => {
  it.each(relevance)('%s', (query, expected) => {
    expect(top3(query)).toContain(expected);
  });

  it('ranks a title or speaker match above a body-only match', () => {
    const [first] = engine.search('bolton').results;
    expect(first?.doc.url).toBe('/speakers/john-bolton/');
  });

  it('narrows with every word (AND across fields)', () => {
    const one = engine.search('border').results.length;
    const two = engine.search('border perez').results;
    expect(two.length).toBeLessThan(one);
    for (const { doc } of two) expect(doc.speakerSlug).toBe('robert-perez');
  });
});

describe('facets', () => {
  it('filters by speaker, topic and conference, and counts each with the others applied', () => {
    const all = engine.search('border', {}, { facets: true });
    const byEvent = engine.search('border', { event: 'unstated' }, { facets: true });
    expect(byEvent.results.every(({ doc }) => doc.events.includes('unstated'))).toBe(true);
    expect(byEvent.facets?.event).toEqual(all.facets?.event);
    const perez = engine.search('border', { speaker: 'robert-perez' });
    expect(perez.results.every(({ doc }) => doc.speakerSlug === 'robert-perez')).toBe(true);
    const topicCount = all.facets?.topic.find((facet) => facet.value === 'border-security')?.count;
    expect(engine.search('border', { topic: 'border-security' }).results).toHaveLength(topicCount ?? -1);
  });

  it.each([
    ['tariffs', 'topic', 'tariffs'],
    ['border', 'speaker', 'robert-perez'],
    ['trade', 'event', '2025-04-30'],
  ] as const)('%s: with a type chosen, a %s count is the number of results its link lists', (query, facet, value) => {
    for (const type of ['insight', 'speaker', 'figure'] as const) {
      const { facets } = engine.search(query, { type }, { facets: true });
      const count = facets?.[facet].find((one) => one.value === value)?.count ?? 0;
      const listed = engine.search(query, { type, [facet]: value }).results;
      expect(listed).toHaveLength(count);
      expect(listed.every(({ doc }) => doc.kind === type)).toBe(true);
    }
  });

  it('counts results by type, and the counts add up to the list', () => {
    const { results, facets } = engine.search('tariffs', {}, { facets: true });
    const byType = Object.fromEntries(facets?.type.map(({ value, count }) => [value, count]) ?? []);
    expect(byType.insight).toBe(results.filter(({ doc }) => doc.kind === 'insight').length);
    expect(Object.values(byType).reduce((sum, count) => sum + count, 0)).toBe(results.length);
  });

  it('lists everything under a facet when there are no words', () => {
    expect(engine.search('', { topic: 'tariffs' }).results.length).toBeGreaterThan(0);
  });
});

describe('search state in the URL', () => {
  it.each([
    ['q=tariffs&type=insight&topic=tariffs', { q: 'tariffs', type: 'insight', topic: 'tariffs' }],
    ['type=figure', { q: '', type: 'figure' }],
    // An unknown type would list nothing: it is dropped.
    ['q=x&type=bogus', { q: 'x' }],
    ['type=__proto__', { q: '' }],
  ])('%s', (query, expected) => {
    const state = readSearchState(new URLSearchParams(query));
    expect(state).toEqual(expected);
    expect(readSearchState(new URL(searchUrl(state, 'en'), 'http://x').searchParams)).toEqual(expected);
  });
});

describe('index export and import', () => {
  const queries = ['cuellar', 'tarif', 'border security', '36 trillion', 'pena', 'fent', 'usmca review', 'queretaro'];

  it('returns the same results after export → JSON → import as the index it was built from', () => {
    const docs = searchDocuments();
    const direct = createIndex('documents');
    for (const doc of docs) direct.add(doc.id, indexedText(doc));
    // Straight from the built index into a query-side one, with no JSON in between.
    const imported = createIndex('queries');
    direct.export((key, data) => {
      imported.import(key, data);
    });
    const built = createEngine(imported, docs);
    for (const query of queries) {
      expect(engine.search(query).results.map(({ doc, score }) => [doc.url, score])).toEqual(
        built.search(query).results.map(({ doc, score }) => [doc.url, score]),
      );
    }
  });

  it('refuses an index written by another engine version', () => {
    expect(() => loadEngine({ ...payload, engine: 'flexsearch@0.7.0' })).toThrow(/expected flexsearch@0\.8\.212/);
  });

  it('pins what the fixed queries return', async () => {
    const pinned = Object.fromEntries(queries.map((query) => [query, engine.search(query).results.map(({ doc }) => doc.url)]));
    await expect(JSON.stringify(pinned, null, 2)).toMatchFileSnapshot('./__snapshots__/search-queries.json');
  });
});
