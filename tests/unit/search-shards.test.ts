import { describe, expect, it } from 'vitest';
import { glossaryInto, searchDocuments } from '@/lib/search/build-payload';
import { FRAGMENT_DOCS, SHARD_BYTES, buildSearchFiles, type SearchFiles } from '@/lib/search/build-shards';
import { queryEncoder } from '@/lib/search/encoder';
import { createEngine, createIndex, indexedText } from '@/lib/search/engine';
import { SEARCH_LANGUAGES } from '@/lib/search/languages';
import { shardFile, shardFiles, prefixEnd, type TermShard } from '@/lib/search/shard-format';
import { createShardedSearch } from '@/lib/search/sharded';
import type { SearchDoc, SearchFilters } from '@/lib/search/types';
import { crossLanguage, relevance, spanishRelevance } from './search-relevance';

type Lang = 'en' | 'es';
const docs = { en: searchDocuments('en'), es: searchDocuments('es') };
const built = { en: buildSearchFiles(docs.en, 'en', glossaryInto('en')), es: buildSearchFiles(docs.es, 'es', glossaryInto('es')) };

/** The whole-index engine: every document in memory, the reference (built, then imported query-side, as it shipped before sharding). */
function reference(lang: Lang) {
  const built = createIndex('documents', SEARCH_LANGUAGES[lang]);
  for (const doc of docs[lang]) built.add(doc.id, indexedText(doc));
  const index = createIndex('queries', SEARCH_LANGUAGES[lang]);
  built.export((key, data) => {
    index.import(key, data);
  });
  return createEngine(index, docs[lang], { lang, glossary: glossaryInto(lang) });
}
const references = { en: reference('en'), es: reference('es') };

/** A sharded search over the built files, as the browser gets them (through JSON), recording what it fetched. */
function sharded({ manifest, files }: SearchFiles) {
  const fetched: string[] = [];
  const search = createShardedSearch(JSON.parse(JSON.stringify(manifest)) as typeof manifest, (name) => {
    fetched.push(name);
    const body = files.get(name);
    return body === undefined ? Promise.reject(new Error(`no file ${name}`)) : Promise.resolve(JSON.parse(body) as unknown);
  });
  return { search, fetched };
}

describe('shard lookup: a term is in the shard the manifest names', () => {
  const cases: [Lang, string][] = [
    ['en', 'tariffs'],
    ['en', 'nearshoring'],
    ['en', 'Cuéllar'],
    ['en', 'cuellar'],
    ['en', 'Peña'],
    ['en', '220,000'],
    ['en', '36 trillion'],
    ['en', '9/11'],
    ['en', 'ta'],
    ['es', 'aranceles'],
    ['es', 'fronteras'],
    ['es', 'relocalización'],
    ['es', 'casas de seguridad'],
    ['es', '125%'],
  ];
  it.each(cases)('%s: %s', (lang, query) => {
    const { manifest, files } = built[lang];
    const keys = queryEncoder(SEARCH_LANGUAGES[lang]).encode(query);
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) {
      const shard = JSON.parse(files.get(shardFile(manifest.terms, key))!) as TermShard;
      expect(shard.map(([term]) => term)).toContain(key);
    }
  });

  it('finds every term of every shard, and a prefix range covers every shard holding its keys', () => {
    for (const lang of ['en', 'es'] as const) {
      const { manifest, files } = built[lang];
      for (const [, file] of manifest.terms) {
        for (const [term] of JSON.parse(files.get(file)!) as TermShard) {
          expect(shardFile(manifest.terms, term)).toBe(file);
          expect(shardFiles(manifest.terms, term.slice(0, 2), prefixEnd(term.slice(0, 2)))).toContain(file);
        }
      }
    }
  });

  it('keeps shards near their size and names files by content', () => {
    for (const lang of ['en', 'es'] as const) {
      const { manifest, files } = built[lang];
      expect(manifest.terms.length).toBeGreaterThan(3);
      for (const [name, body] of files) {
        expect(name).toMatch(/^[0-9a-f]{12}\.json$/);
        if (manifest.fragments.includes(name)) continue;
        // A shard ends past SHARD_BYTES only by the entries of its last key.
        if (name !== manifest.facets) expect(body.length).toBeLessThan(SHARD_BYTES * 2);
      }
      expect(manifest.fragments).toHaveLength(Math.ceil(docs[lang].length / FRAGMENT_DOCS));
    }
  });
});

/** Ids and scores of a query, sharded and in memory, with facets. */
async function both(lang: Lang, query: string, filters: SearchFilters = {}) {
  const { search } = sharded(built[lang]);
  const got = await search.search(query, filters, { facets: true });
  const want = references[lang].search(query, filters, { facets: true });
  return {
    got: { terms: got.terms, results: got.results.map(({ id, score }) => [id, score]), facets: got.facets },
    want: { terms: want.terms, results: want.results.map(({ doc, score }) => [doc.id, score]), facets: want.facets },
  };
}

describe('the sharded search equals the whole-index engine', () => {
  const queries: [Lang, string][] = [
    ...relevance.map(([query]): [Lang, string] => ['en', query]),
    ...spanishRelevance.map(([query]): [Lang, string] => ['es', query]),
    ...crossLanguage.map(([lang, query]): [Lang, string] => [lang, query]),
    ['en', 'n'],
    ['en', 'bo'],
    ['en', ''],
    ['en', 'seguridad de la frontera'],
    ['es', 'de la'],
    ['es', 'con'],
  ];
  it.each(queries)('%s: %s', async (lang, query) => {
    const { got, want } = await both(lang, query);
    expect(got).toEqual(want);
  });

  it.each([
    ['border', { speaker: 'robert-perez' }],
    ['border', { type: 'insight', event: 'unstated' }],
    ['tariffs', { topic: 'tariffs' }],
    ['', { topic: 'tariffs' }],
    ['', { type: 'figure' }],
  ] as [string, SearchFilters][])('with filters: %s %o', async (query, filters) => {
    const { got, want } = await both('en', query, filters);
    expect(got).toEqual(want);
  });
});

describe('what a query fetches', () => {
  it('a one-word query fetches its term shards (the word, and its glossary reading probed) and heading words; no pairs, facet table or text', async () => {
    const { search, fetched } = sharded(built.en);
    const { results } = await search.search('tariffs');
    expect(results.length).toBeGreaterThan(0);
    const { manifest } = built.en;
    // `tariffs` is also read through the glossary as `aranceles`, which the English index is probed for.
    const wanted = new Set(['tariff', 'arancel'].map((key) => shardFile(manifest.terms, key)));
    expect(new Set(fetched.filter((file) => manifest.terms.some(([, name]) => name === file)))).toEqual(wanted);
    expect(fetched.filter((file) => manifest.heads.some(([, name]) => name === file))).toHaveLength(1);
    expect(fetched.some((file) => manifest.pairs.some(([, name]) => name === file))).toBe(false);
    expect(fetched).not.toContain(manifest.facets);
    expect(fetched.some((file) => manifest.fragments.includes(file))).toBe(false);
  });

  it('a facet-only listing fetches the facet table alone, then the fragments of the shown results', async () => {
    const { search, fetched } = sharded(built.en);
    const { results } = await search.search('', { type: 'insight' });
    expect(fetched).toEqual([built.en.manifest.facets]);
    const shown = results.slice(0, 20).map(({ id }) => id);
    const got = await search.docs(shown);
    expect(got.map((doc) => doc.id)).toEqual(shown);
    expect(got.every((doc) => doc.kind === 'insight')).toBe(true);
    expect(fetched.length - 1).toBe(Math.ceil(20 / FRAGMENT_DOCS));
  });

  it('answers at once, with no fetch, only when every file it needs is loaded', async () => {
    const { search, fetched } = sharded(built.en);
    expect(search.cached('border security', {}, {}, 7)).toBeUndefined();
    const response = await search.search('border security');
    const docs = await search.docs(response.results.slice(0, 7).map(({ id }) => id));
    const before = fetched.length;
    const cached = search.cached('border security', {}, {}, 7);
    expect(cached?.response.results).toEqual(response.results);
    expect(cached?.docs).toEqual(docs);
    expect(fetched).toHaveLength(before);
  });

  it('fragments hold the documents as the build made them', async () => {
    const { search } = sharded(built.es);
    const ids = [0, 5, docs.es.length - 1];
    expect(await search.docs(ids)).toEqual(ids.map((id) => docs.es[id]));
  });
});

/** Fake documents with words drawn from a fixed vocabulary, for scaling. */
function fakeDocs(count: number): SearchDoc[] {
  const vocabulary = Array.from({ length: 4000 }, (_, k) => `w${k.toString(36)}${'abcdefghij'[k % 10]}ord`);
  let seed = 7;
  const next = () => (seed = (seed * 48271) % 2147483647);
  return Array.from({ length: count }, (_, id) => ({
    id,
    kind: 'insight' as const,
    url: `/speakers/s${id % 50}/#i${id}`,
    title: Array.from({ length: 6 }, () => vocabulary[next() % 400]).join(' '),
    speaker: `Speaker ${id % 50}`,
    speakerSlug: `s${id % 50}`,
    events: [`2025-0${(id % 9) + 1}-01`],
    topics: [`t${id % 20}`],
    topicLabels: `topic ${id % 20}`,
    body: Array.from({ length: 120 }, () => vocabulary[next() % vocabulary.length]).join(' '),
  }));
}

describe('scaling', () => {
  it('shard count grows with content while the bytes a one-word query fetches stay bounded', async () => {
    const sizes = await Promise.all(
      [500, 2000].map(async (count) => {
        const files = buildSearchFiles(fakeDocs(count), 'en', []);
        const { search, fetched } = sharded(files);
        await search.search('w1aword');
        const bytes = fetched.reduce((sum, file) => sum + files.files.get(file)!.length, 0);
        return { shards: files.manifest.terms.length, bytes };
      }),
    );
    expect(sizes[1]!.shards).toBeGreaterThan(sizes[0]!.shards * 3);
    // The posting lists grow with the documents that hold the word; the shards around them do not.
    expect(sizes[1]!.bytes).toBeLessThan(SHARD_BYTES * 8);
  });
});
