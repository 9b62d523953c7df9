import { describe, expect, it } from 'vitest';
import { buildSearchPayload, searchDocuments } from '@/lib/search/build-payload';
import { documentEncoder, queryEncoder } from '@/lib/search/encoder';
import { createEngine, createIndex, indexedText, loadEngine } from '@/lib/search/engine';
import { english } from '@/lib/search/english';
import { loadSearchLanguage } from '@/lib/search/load-language';
import { highlightParts, queryTerms, termMatcher } from '@/lib/search/query';
import { spanish } from '@/lib/search/spanish';
import { createTranslator } from '@/lib/search/translate';
import type { SearchPayload } from '@/lib/search/types';
import { crossLanguage, spanishRelevance } from './search-relevance';

// Each index as the browser gets it: through JSON.
const load = (lang: 'en' | 'es') => loadEngine(JSON.parse(JSON.stringify(buildSearchPayload(searchDocuments(lang)))) as SearchPayload);
const engines = { en: load('en'), es: load('es') };
const top3 = (lang: 'en' | 'es', query: string) =>
  engines[lang]
    .search(query)
    .results.slice(0, 3)
    .map(({ doc }) => doc.url);

describe('the Spanish stemmer', () => {
  it.each([
    ['aranceles', 'arancel'],
    ['fronteras', 'frontera'],
    ['reglas', 'regla'],
    ['casas', 'casa'],
    ['naciones', 'nacion'],
    ['billones', 'billon'],
    ['reformas', 'reforma'],
    ['migrantes', 'migrante'],
  ])('%j and %j have one stem', (plural, singular) => {
    expect(spanish.stem(plural)).toBe(spanish.stem(singular));
  });

  it('leaves numbers and short words alone, and stems folded words as the index sees them', () => {
    expect([spanish.stem('125'), spanish.stem('ee'), spanish.stem('2024s'), spanish.stem('mec')]).toEqual(['125', 'ee', '2024s', 'mec']);
    expect(spanish.stem('aranceles')).toBe('arancel');
  });

  it('knows Spanish endings that the English stemmer does not', () => {
    expect(spanish.stem('fronterizo')).toBe(spanish.stem('fronterizas'));
    expect(english.stem('fronterizo')).not.toBe(english.stem('fronterizas'));
  });
});

describe('the Spanish encoder: documents and queries meet on the same stems', () => {
  // As in search.test.ts: every query token must be a prefix of one of the text's tokens (forward tokenization).
  const finds = (query: string, text: string) => {
    const indexed = documentEncoder(spanish).encode(text);
    const tokens = queryEncoder(spanish).encode(query);
    return tokens.length > 0 && tokens.every((token) => indexed.some((word) => word.startsWith(token)));
  };

  it.each([
    ['arancel', 'Aranceles'],
    ['aranceles', 'el arancel base'],
    ['frontera', 'las fronteras'],
    ['fronteras', 'la frontera'],
    ['nacion', 'naciones'],
    ['naciones', 'nación'],
    ['billones', '36 billones'],
    ['billon', 'un billón'],
    ['reglas de origen', 'la regla de origen'],
    ['casa de seguridad', 'Casas de seguridad'],
    // Accents fold both ways, before stemming.
    ['migracion', 'migración'],
    ['MIGRACIÓN', 'migracion'],
    ['relocalizacion', 'relocalización'],
    ['cuellar', 'Cuéllar'],
    ['Peña', 'Pena'],
    // Type-ahead.
    ['aranc', 'aranceles'],
    ['fronteri', 'comunidades fronterizas'],
    // Numbers as the es-MX text writes them.
    ['10.8 millones', 'más de 10.8 millones'],
    ['220,000', '220,000 observadores'],
  ])('%j finds %j', (query, text) => {
    expect(finds(query, text)).toBe(true);
  });

  it.each([
    ['frontera', 'frente'],
    ['migrantes', 'migrar'],
    ['casa', 'causa'],
    ['125', '12'],
    // Stop words alone find nothing, not even as prefixes (`de` of “deuda”, `la` of “lavado”).
    ['de la', 'deuda lavado'],
    ['el', 'elecciones'],
    ['por', 'porcentaje'],
  ])('%j does not find %j', (query, text) => {
    expect(finds(query, text)).toBe(false);
  });

  it('drops stop words from documents and queries', () => {
    expect(queryEncoder(spanish).encode('de la')).toEqual([]);
    expect(queryEncoder(spanish).encode('lavado de dinero')).toEqual([spanish.stem('lavado'), spanish.stem('dinero')]);
    expect(documentEncoder(spanish).encode('El comercio y la frontera')).not.toContain('el');
  });

  it('keeps English as it was: no stop words', () => {
    expect(queryEncoder().encode('rule of law')).toEqual(['rule', 'of', 'law']);
  });
});

describe('the Spanish index', () => {
  it('records its language, and its documents are the Spanish ones', () => {
    const payload = buildSearchPayload(searchDocuments('es'));
    expect(payload.lang).toBe('es');
    expect(buildSearchPayload(searchDocuments('en')).lang).toBe('en');
    expect(payload.docs.every(({ url }) => url.startsWith('/es/'))).toBe(true);
    expect(payload.docs.find(({ url }) => url === '/es/topics/tariffs/')?.title).toBe('Aranceles');
  });

  it('refuses documents in two languages', () => {
    expect(() => buildSearchPayload([...searchDocuments('en').slice(0, 1), ...searchDocuments('es').slice(1, 2)])).toThrow(/several languages/);
  });

  it('finds nothing for stop words alone, and searches the other words of a longer query', () => {
    for (const query of ['de la', 'la', 'el de los', 'y o']) expect(engines.es.search(query).results).toEqual([]);
    const response = engines.es.search('el lavado de dinero');
    expect(response.terms).toEqual(['lavado', 'dinero']);
    expect(response.results[0]?.doc.url).toBe('/es/speakers/anthony-wayne/#illicit-trade-and-money-laundering-require-joint-action');
  });

  it('finds the same documents for singular and plural', () => {
    const urls = (query: string) => engines.es.search(query).results.map(({ doc }) => doc.url);
    expect(urls('arancel')).toEqual(urls('aranceles'));
    expect(urls('frontera')).toEqual(urls('fronteras'));
    expect(urls('arancel').length).toBeGreaterThan(0);
  });

  it('returns the same results after export → JSON → import as the index it was built from', () => {
    const docs = searchDocuments('es');
    const direct = createIndex('documents', spanish);
    for (const doc of docs) direct.add(doc.id, indexedText(doc));
    const imported = createIndex('queries', spanish);
    direct.export((key, data) => {
      imported.import(key, data);
    });
    const built = createEngine(imported, docs, { lang: 'es' });
    for (const query of ['aranceles', 'fronteras', 'cuellar', 'reforma judicial', '36 billones', 'aranc']) {
      expect(engines.es.search(query).results.map(({ doc, score }) => [doc.url, score])).toEqual(built.search(query).results.map(({ doc, score }) => [doc.url, score]));
    }
  });
});

describe('highlighting in Spanish', () => {
  const marked = (text: string, query: string) =>
    highlightParts(text, engines.es.search(query).matches)
      .filter((part) => part.mark)
      .map((part) => part.text);

  it.each([
    ['Elevar los aranceles; el arancel base', 'arancel', ['aranceles', 'arancel']],
    ['la frontera y las fronteras', 'fronteras', ['frontera', 'fronteras']],
    ['Antonio Cuéllar', 'cuellar', ['Cuéllar']],
    ['Sergio de la Peña', 'de la pena', ['Peña']],
    ['el lavado de dinero', 'lavado de dinero', ['lavado', 'dinero']],
  ])('%j with %j marks %j', (text, query, expected) => {
    expect(marked(text, query)).toEqual(expected);
  });

  it('marks the Spanish words an English query was translated into', () => {
    expect(marked('Elevar los aranceles marca un regreso', 'tariffs')).toEqual(['aranceles']);
  });

  it('loads the stemmer of the page language on demand', async () => {
    expect(await loadSearchLanguage('es')).toBe(spanish);
    expect(await loadSearchLanguage('en')).toBe(english);
    expect(termMatcher(queryTerms('aranceles'), spanish.stem)('arancel')).toBe(true);
  });
});

describe('the glossary reads a query in the other language', () => {
  const toSpanish = createTranslator([['tariffs', 'aranceles'], ['stash houses', 'casas de seguridad'], ['border', 'frontera'], ['border security', 'seguridad fronteriza']], english, spanish);

  it.each([
    ['tariffs', ['aranceles']],
    ['tariff', ['aranceles']],
    ['stash house', ['casas', 'de', 'seguridad']],
    // The longest term wins; other words stay as typed.
    ['border security mexico', ['seguridad', 'fronteriza', 'mexico']],
    ['border mexico', ['frontera', 'mexico']],
  ])('%j → %j', (query, words) => {
    expect(toSpanish(queryTerms(query))?.words).toEqual(words);
  });

  it('is undefined when the query has no glossary term', () => {
    expect(toSpanish(queryTerms('cuellar morena'))).toBeUndefined();
  });

  it('drops the other language’s stop words and matches stems', () => {
    const toEnglish = createTranslator([['casas de seguridad', 'stash houses']], spanish, english);
    expect(toEnglish(queryTerms('la casa de seguridad'))?.words).toEqual(['stash', 'houses']);
  });
});

describe('relevance in Spanish: the section a reader wants is in the top three', () => {
  it.each(spanishRelevance)('%s', (query, expected) => {
    expect(top3('es', query)).toContain(expected);
  });
});

describe('relevance across languages: results in the page’s language', () => {
  it.each(crossLanguage)('%s: %s', (lang, query, expected) => {
    const urls = top3(lang, query);
    expect(urls).toContain(expected);
    // Every result is a page of the site being searched.
    expect(engines[lang].search(query).results.every(({ doc }) => doc.url.startsWith('/es/') === (lang === 'es'))).toBe(true);
  });

  it('searches a translation beside the query as typed, never instead of it', () => {
    // “Cuéllar” is a name in both editions: a Spanish-looking query that needs no glossary.
    expect(top3('en', 'cuellar')).toContain('/speakers/antonio-cuellar/#concentration-of-power-under-morena-erodes-business-confidence');
    expect(engines.en.search('tariffs').results.map(({ doc }) => doc.url)).toEqual(engines.en.search('aranceles').results.map(({ doc }) => doc.url));
  });

  it('drops an untranslated word of the other language rather than finding nothing', () => {
    // “seguridad” alone is no glossary term; “frontera” is.
    expect(top3('en', 'seguridad de la frontera')).toContain('/speakers/robert-perez/#over-108-million-border-encounters-from-2021-to-2024');
  });
});
