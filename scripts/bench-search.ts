/**
 * Benchmarks our search (FlexSearch as configured in lib/search) against
 * MiniSearch and Lunr configured to behave alike: prefix search, AND across
 * terms, accent folding. Three corpora: the real content in English (/) and
 * in Spanish (/es/), each with its own queries, and a generated one of
 * 10,000 insight-like documents. MiniSearch and Lunr do not stem nor read
 * the glossary: the Spanish set's stems and English queries are ours alone.
 *
 *   npm run bench:search            readable tables
 *   npm run -s bench:search -- --json  one JSON object on stdout, nothing else
 *                                      (progress and the same tables on stderr;
 *                                      -s keeps npm's own banner off stdout)
 *
 * Run from the project root (the content API reads ./content). The npm
 * script passes --expose-gc so memory is measured after a full collection.
 * A benchmark, not a test: numbers vary with the machine and its load.
 */
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import lunr from 'lunr';
import MiniSearch, { type Options as MiniSearchOptions } from 'minisearch';
import { foldText, slugify } from '../lib/content/slug';
import { buildSearchPayload, searchDocuments } from '../lib/search/build-payload';
import { WEIGHTS, loadEngine } from '../lib/search/engine';
import { searchIndexUrl } from '../lib/search/load';
import { LANGS, type Lang } from '../lib/i18n/locales';
import { queryTerms } from '../lib/search/query';
import type { SearchDoc, SearchPayload } from '../lib/search/types';
import { mulberry32, pick, randomInt, type Random } from './bench-scale/prng';

// ---------------------------------------------------------------- settings

/** Each language's queries; both hold the sanity probes `cuellar` and `fent`. */
const QUERIES: Record<Lang, readonly string[]> = {
  en: [
    // prefixes
    'fent', 'tarif', 'bord', 'sec', 'immig',
    // whole words
    'tariffs', 'security', 'nearshoring', 'fentanyl', 'morena',
    // two words
    'border security', '36 trillion', 'national debt', 'rule law', 'trade policy',
    // accents, folded and not
    'cuellar', 'Cuéllar', 'pena', 'queretaro', 'escareno',
  ],
  es: [
    // prefixes
    'fent', 'aranc', 'fronte', 'segur', 'migra',
    // whole words, singular and plural
    'aranceles', 'frontera', 'seguridad', 'relocalizacion', 'morena',
    // several words, stop words among them
    'reforma judicial', '36 billones', 'lavado de dinero', 'estado de derecho', 'casas de seguridad',
    // accents, folded and not; English through the glossary
    'cuellar', 'Cuéllar', 'pena', 'tariffs', 'stash houses',
  ],
};

interface Plan {
  buildRuns: number;
  loadRuns: number;
  warmupRounds: number;
  queryRounds: number;
}

// V8 needs a few thousand calls to finish optimising each engine's search
// (measured: medians settle after about 250 rounds for ours and MiniSearch
// alike), so the real corpus warms up for 300 rounds before it is timed.
const REAL_PLAN: Plan = { buildRuns: 3, loadRuns: 5, warmupRounds: 300, queryRounds: 200 };
// Building 10,000 documents takes seconds per engine: one build is enough to
// see the order of magnitude, and keeps the whole run to a few minutes.
const GENERATED_PLAN: Plan = { buildRuns: 1, loadRuns: 3, warmupRounds: 2, queryRounds: 20 };

const GENERATED_DOCS = 10_000;
const GENERATED_SEED = 20_250_430;
const ACCENTED_WORDS = ['Cuéllar', 'Peña', 'Querétaro', 'Escareño'];

/** Split rule shared by MiniSearch and Lunr: the one queryTerms uses, keeping combining marks inside words. */
const NON_WORD = /[^\p{L}\p{M}\p{N}]+/u;

// ------------------------------------------------------------- the engines

type EngineName = 'flexsearch' | 'minisearch' | 'lunr';

/** A loaded engine, as the browser holds it: `search` returns the documents to display. */
interface Loaded {
  search(query: string): readonly unknown[];
}

interface Engine {
  name: EngineName;
  /** Builds the index and serialises what the site ships, one string per file. */
  build(docs: SearchDoc[]): string[];
  /** Parses the shipped files back into a searchable engine. */
  load(files: readonly string[]): Loaded;
}

const parseDocs = (json: string | undefined) => JSON.parse(json ?? '[]') as SearchDoc[];

/** Ours, exactly as the site builds and loads it: `search` includes our ranking and facet counts. */
const flexsearch: Engine = {
  name: 'flexsearch',
  build(docs) {
    return [JSON.stringify(buildSearchPayload(docs))];
  },
  load([json]) {
    const engine = loadEngine(JSON.parse(json ?? '{}') as SearchPayload);
    return { search: (query) => engine.search(query).results };
  },
};

const miniSearchOptions: MiniSearchOptions<SearchDoc> = {
  fields: ['title', 'speaker', 'topicLabels', 'body'],
  tokenize: (text) => text.split(NON_WORD),
  // Empty strings (from a leading separator) are dropped by returning null.
  processTerm: (term) => foldText(term) || null,
  searchOptions: {
    prefix: true,
    combineWith: 'AND',
    boost: { title: WEIGHTS.title, speaker: WEIGHTS.speaker, topicLabels: WEIGHTS.topic },
  },
};

/** MiniSearch ships its index plus the documents, which results display. */
const minisearch: Engine = {
  name: 'minisearch',
  build(docs) {
    const index = new MiniSearch<SearchDoc>(miniSearchOptions);
    index.addAll(docs);
    return [JSON.stringify(index), JSON.stringify(docs)];
  },
  load([indexJson, docsJson]) {
    const docs = new Map(parseDocs(docsJson).map((doc) => [doc.id, doc]));
    const index = MiniSearch.loadJSON<SearchDoc>(indexJson ?? '', miniSearchOptions);
    return {
      // queryTerms splits and drops single letters as ours does; MiniSearch folds again, harmlessly.
      search: (query) => index.search(queryTerms(query).join(' ')).flatMap((hit) => docs.get(hit.id as number) ?? []),
    };
  },
};

/** Accent and case folding as a Lunr pipeline step; registered so a loaded index can find it by label. */
const foldToken: lunr.PipelineFunction = (token) => token.update((text) => foldText(text));
lunr.Pipeline.registerFunction(foldToken, 'foldAccents');
// Lunr's default separator is whitespace and hyphens only; this matches the other engines.
lunr.tokenizer.separator = NON_WORD;

/** Lunr ships its index plus the documents, which results display. */
const lunrEngine: Engine = {
  name: 'lunr',
  build(docs) {
    const index = lunr(function () {
      this.ref('id');
      this.field('title', { boost: WEIGHTS.title });
      this.field('speaker', { boost: WEIGHTS.speaker });
      this.field('topicLabels', { boost: WEIGHTS.topic });
      this.field('body');
      // No stemmer: it breaks prefix search ("economy*" misses "economi").
      // No trimmer: the separator already drops punctuation, and its ASCII
      // \W would cut letters such as "ø" or "ł" that folding leaves.
      this.pipeline.reset();
      this.pipeline.add(foldToken, lunr.stopWordFilter);
      // Search side: fold only. The trimmer would strip the trailing "*" of a prefix term.
      this.searchPipeline.reset();
      this.searchPipeline.add(foldToken);
      for (const doc of docs) this.add(doc);
    });
    return [JSON.stringify(index), JSON.stringify(docs)];
  },
  load([indexJson, docsJson]) {
    const docs = new Map(parseDocs(docsJson).map((doc) => [String(doc.id), doc]));
    const index = lunr.Index.load(JSON.parse(indexJson ?? '{}') as object);
    return {
      search: (query) => {
        const terms = queryTerms(query);
        // Every term required (AND), each a prefix (trailing wildcard), in any field.
        const hits = index.query((q) => {
          for (const term of terms) q.term(term, { wildcard: lunr.Query.wildcard.TRAILING, presence: lunr.Query.presence.REQUIRED });
        });
        return hits.flatMap((hit) => docs.get(hit.ref) ?? []);
      },
    };
  },
};

const ENGINES: readonly Engine[] = [flexsearch, minisearch, lunrEngine];

// ------------------------------------------------------ generated corpus

/**
 * Invented words for the long tail. The real content has under a thousand
 * distinct words; a real 10,000-document corpus has tens of thousands, and
 * index size and prefix expansion depend on that.
 */
function inventWords(random: Random, count: number): string[] {
  const syllables = ['ka', 'lo', 'mer', 'tin', 'sa', 'ro', 'ven', 'da', 'li', 'qua', 'zor', 'pel', 'ni', 'bru', 'te', 'gan', 'fo', 'xi', 'ul', 'es', 'mon', 'tra', 'vi', 'ched'];
  const words = new Set<string>();
  while (words.size < count) {
    words.add(Array.from({ length: randomInt(random, 2, 4) }, () => pick(random, syllables)).join(''));
  }
  return [...words];
}

/** Draws from `items` with Zipf weights (the i-th item has weight 1/(i+1)), as word frequencies fall off. */
function zipfSampler(items: readonly string[]): (random: Random) => string {
  const cumulative: number[] = [];
  let total = 0;
  for (let i = 0; i < items.length; i++) cumulative.push((total += 1 / (i + 1)));
  return (random) => {
    const target = random() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((cumulative[middle] ?? 0) < target) low = middle + 1;
      else high = middle;
    }
    return items[low] ?? '';
  };
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const tokens = (doc: SearchDoc) => `${doc.title} ${doc.topicLabels} ${doc.body}`.split(NON_WORD).filter(Boolean);

/**
 * 10,000 insight-like documents from the real content's vocabulary. Each
 * imitates one real insight (its speaker, role, theme, topics, event) and
 * draws 70% of its words from that insight plus one other real document,
 * by their frequency there: words stay as topical as in the real content,
 * so a query matches a realistic share of documents rather than nearly all
 * of them. The rest comes from an invented long tail, plus the accented
 * names now and then so accent-folding queries hit.
 */
function generateDocs(real: readonly SearchDoc[], count: number, seed: number): SearchDoc[] {
  const random = mulberry32(seed);
  const insights = real.filter((doc) => doc.kind === 'insight');
  const realTokens = new Map(real.map((doc) => [doc.id, tokens(doc)]));
  const tailWord = zipfSampler(inventWords(random, 20_000));
  const topicLabel = new Map(real.filter((doc) => doc.kind === 'topic').map((doc) => [doc.topics[0] ?? '', doc.title]));

  return Array.from({ length: count }, (_, id): SearchDoc => {
    const source = pick(random, insights);
    // Every token of the two documents, repeated as often as it occurs: a uniform pick is a frequency-weighted draw.
    const bag = [...(realTokens.get(source.id) ?? []), ...(realTokens.get(pick(random, real).id) ?? [])];
    const word = () => {
      const roll = random();
      if (roll < 0.0005) return pick(random, ACCENTED_WORDS);
      return roll < 0.7 ? pick(random, bag) : tailWord(random);
    };
    const words = (n: number) => Array.from({ length: n }, word);
    const title = capitalize(words(randomInt(random, 6, 10)).join(' '));
    const sentences: string[] = [];
    for (let length = 0; length < 300; ) {
      const sentence = words(randomInt(random, 8, 20));
      sentences.push(`${capitalize(sentence.join(' '))}.`);
      length += sentence.length;
    }
    return {
      id,
      kind: 'insight',
      url: `/speakers/${source.speakerSlug ?? 'unknown'}/#${slugify(title)}`,
      title,
      ...(source.speaker ? { speaker: source.speaker, speakerSlug: source.speakerSlug } : {}),
      ...(source.role ? { role: source.role } : {}),
      events: source.events,
      ...(source.theme ? { theme: source.theme } : {}),
      topics: source.topics,
      topicLabels: source.topics.map((topic) => topicLabel.get(topic) ?? topic).join(' '),
      body: sentences.join(' '),
    };
  });
}

// ------------------------------------------------------------ measuring

interface Measurement {
  buildMs: number;
  bytes: number;
  gzipBytes: number;
  loadMs: number;
  queryMedianUs: number;
  queryP95Us: number;
  memoryMB: number;
}

interface CorpusResult {
  corpus: { docs: number };
  /** The queries timed, in order (`hits` follows it). */
  queries: readonly string[];
  engines: Record<EngineName, Measurement>;
  /** Results per query per engine: a check that the engines behave alike, not part of the JSON. */
  hits: Record<EngineName, number[]>;
}

const log = (message: string) => process.stderr.write(`${message}\n`);

function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** Nearest-rank percentile. */
function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/** Heap in use after a full collection when --expose-gc is on; otherwise as it stands (approximate). */
function heapUsed(): number {
  globalThis.gc?.();
  globalThis.gc?.();
  return process.memoryUsage().heapUsed;
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));

/** Builds `runs` times; the files of the last build are what the other measurements use. */
function measureBuild(engine: Engine, docs: SearchDoc[], runs: number) {
  const times: number[] = [];
  let files: string[] = [];
  for (let run = 0; run < runs; run++) {
    globalThis.gc?.();
    const start = performance.now();
    files = engine.build(docs);
    times.push(performance.now() - start);
  }
  return { buildMs: median(times), files };
}

/**
 * Loads `runs` times from the shipped files. Memory is the heap one loaded
 * engine retains (index plus the documents it displays), read after a full
 * collection: the shipped strings are in memory before and after, so they
 * are not counted, and build-time structures are garbage by then.
 */
function measureLoad(engine: Engine, files: readonly string[], runs: number) {
  const times: number[] = [];
  const retained: number[] = [];
  let loaded: Loaded | undefined;
  for (let run = 0; run < runs; run++) {
    loaded = undefined;
    const before = heapUsed();
    const start = performance.now();
    loaded = engine.load(files);
    times.push(performance.now() - start);
    retained.push(heapUsed() - before);
  }
  if (!loaded) throw new Error('no load run');
  return { loadMs: median(times), memoryMB: median(retained) / 1024 / 1024, loaded };
}

/** Every query, every round, timed alone; the warm-up rounds let the JIT settle first. */
function measureQueries(loaded: Loaded, plan: Plan, queries: readonly string[]) {
  let sink = 0;
  for (let pass = 0; pass < plan.warmupRounds; pass++) for (const query of queries) sink += loaded.search(query).length;
  globalThis.gc?.();
  const samples: number[] = [];
  for (let pass = 0; pass < plan.queryRounds; pass++) {
    for (const query of queries) {
      const start = process.hrtime.bigint();
      sink += loaded.search(query).length;
      samples.push(Number(process.hrtime.bigint() - start) / 1000);
    }
  }
  // Using the sink keeps the searches from being optimised away.
  if (sink < 0) log('impossible');
  return { queryMedianUs: median(samples), queryP95Us: percentile(samples, 95), hits: queries.map((query) => loaded.search(query).length) };
}

function measureEngine(engine: Engine, docs: SearchDoc[], plan: Plan, queries: readonly string[]) {
  const { buildMs, files } = measureBuild(engine, docs, plan.buildRuns);
  const { loadMs, memoryMB, loaded } = measureLoad(engine, files, plan.loadRuns);
  const { queryMedianUs, queryP95Us, hits } = measureQueries(loaded, plan, queries);
  const measurement: Measurement = {
    buildMs: round(buildMs, 1),
    bytes: files.reduce((sum, file) => sum + Buffer.byteLength(file), 0),
    // Each file compressed on its own, as a server would send it.
    gzipBytes: files.reduce((sum, file) => sum + gzipSync(file).length, 0),
    loadMs: round(loadMs, 2),
    queryMedianUs: round(queryMedianUs, 1),
    queryP95Us: round(queryP95Us, 1),
    memoryMB: round(memoryMB, 2),
  };
  return { measurement, hits };
}

function measureCorpus(label: string, docs: SearchDoc[], plan: Plan, queries: readonly string[]): CorpusResult {
  const engines = {} as Record<EngineName, Measurement>;
  const hits = {} as Record<EngineName, number[]>;
  for (const engine of ENGINES) {
    log(`${label}: ${engine.name}…`);
    const start = performance.now();
    const result = measureEngine(engine, docs, plan, queries);
    engines[engine.name] = result.measurement;
    hits[engine.name] = result.hits;
    log(`${label}: ${engine.name} done in ${((performance.now() - start) / 1000).toFixed(1)} s`);
  }
  return { corpus: { docs: docs.length }, queries, engines, hits };
}

// -------------------------------------------------------------- reporting

function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0))) ?? [];
  return rows.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ')).join('\n');
}

const thousands = (value: number) => value.toLocaleString('en-US');

function describePlan(plan: Plan, queries: number): string {
  const runs = (n: number) => (n === 1 ? '1 run' : `median of ${n}`);
  return `build ${runs(plan.buildRuns)}, load ${runs(plan.loadRuns)}, queries ${queries} × ${plan.queryRounds} rounds after ${plan.warmupRounds} warm-up`;
}

function report(title: string, result: CorpusResult, plan: Plan): string {
  const header = ['engine', 'build ms', 'bytes', 'gzip', 'load ms', 'query median µs', 'p95 µs', 'memory MB'];
  const rows = ENGINES.map(({ name }) => {
    const m = result.engines[name];
    return [name, m.buildMs.toFixed(1), thousands(m.bytes), thousands(m.gzipBytes), m.loadMs.toFixed(2), m.queryMedianUs.toFixed(1), m.queryP95Us.toFixed(1), m.memoryMB.toFixed(2)];
  });
  const ours = result.engines.flexsearch.queryMedianUs;
  const ratio = (name: EngineName) => `${(result.engines[name].queryMedianUs / ours).toFixed(1)}×`;
  const hitRows = result.queries.map((query, i) => [query, ...ENGINES.map(({ name }) => String(result.hits[name][i] ?? ''))]);
  return [
    `${title}: ${thousands(result.corpus.docs)} docs (${describePlan(plan, result.queries.length)})`,
    table([header, ...rows]),
    `query median vs flexsearch: minisearch ${ratio('minisearch')}, lunr ${ratio('lunr')}`,
    '',
    'results per query (engines should roughly agree):',
    table([['query', ...ENGINES.map(({ name }) => name)], ...hitRows]),
  ].join('\n');
}

/** `cuellar` (folding) and `fent` (prefix) must find something in every engine, or the comparison is unfair. */
function sanity(result: CorpusResult): { lines: string[]; ok: boolean } {
  const probes = ['cuellar', 'fent'];
  let ok = true;
  const lines = ENGINES.map(({ name }) => {
    const counts = probes.map((probe) => {
      const count = result.hits[name][result.queries.indexOf(probe)] ?? 0;
      if (count === 0) ok = false;
      return `${probe}=${count}`;
    });
    return `  ${name.padEnd(10)} ${counts.join('  ')}`;
  });
  return { lines, ok };
}

// ------------------------------------------------------------------- main

function main() {
  const json = process.argv.includes('--json');
  if (!globalThis.gc) log('note: run with node --expose-gc for steadier memory figures (npm run bench:search does)');

  // Each edition as the site ships it (/search-index.json, /es/search-index.json), in its own language.
  const real = Object.fromEntries(LANGS.map((lang) => [lang, measureCorpus(`real ${searchIndexUrl(lang)}`, searchDocuments(lang), REAL_PLAN, QUERIES[lang])])) as Record<Lang, CorpusResult>;
  const generated = measureCorpus('generated', generateDocs(searchDocuments('en'), GENERATED_DOCS, GENERATED_SEED), GENERATED_PLAN, QUERIES.en);

  const checks = Object.fromEntries(LANGS.map((lang) => [lang, sanity(real[lang])])) as Record<Lang, ReturnType<typeof sanity>>;
  if (LANGS.some((lang) => !checks[lang].ok)) process.exitCode = 1;
  const memory = globalThis.gc ? 'after full GC' : 'approximate, no --expose-gc';
  const text = [
    `Search benchmark: Node ${process.version}, ${os.cpus().length} CPUs, ${os.cpus()[0]?.model ?? 'unknown CPU'}`,
    `build = index + serialise what ships; bytes/gzip = shipped files (flexsearch: payload, the data of a first query; others: index JSON + docs JSON);`,
    `load = JSON.parse + import; memory = heap retained by one loaded engine (${memory}); flexsearch queries include our ranking and facets.`,
    '',
    ...LANGS.flatMap((lang) => [
      report(`Real content, ${searchIndexUrl(lang)}`, real[lang], REAL_PLAN),
      '',
      `sanity on the real corpus (each must be > 0): ${checks[lang].ok ? 'ok' : 'FAILED'}`,
      ...checks[lang].lines,
      '',
    ]),
    report('Generated corpus', generated, GENERATED_PLAN),
  ].join('\n');

  if (!json) {
    console.log(text);
    return;
  }
  // stdout carries the JSON alone (for `> file` or a pipe); the tables of the same run go to stderr.
  log(text);
  const strip = ({ corpus, engines }: CorpusResult) => ({ corpus, engines });
  const perLang = Object.fromEntries(LANGS.map((lang) => [lang, strip(real[lang])]));
  process.stdout.write(`${JSON.stringify({ real: perLang, generated: strip(generated) }, null, 2)}\n`);
}

main();
