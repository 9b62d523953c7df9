import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { getAllSpeakers } from '../../lib/content';
import { LANGS, localizePath } from '../../lib/i18n/locales';
import { routes } from '../../lib/routes';
import { movedPages } from './pages';

const out = path.resolve(import.meta.dirname, '../../out');
const insights = getAllSpeakers().flatMap((speaker) => speaker.insights.map((insight) => ({ slug: speaker.slug, id: insight.id, aliases: insight.aliases })));
const html = (page: string) => readFileSync(path.join(out, page, 'index.html'), 'utf8');
const meta = (text: string, attribute: string, name: string) => new RegExp(`<meta ${attribute}="${name}" content="([^"]*)"`).exec(text)?.[1];

test('every insight has its own page in both languages, with its own 1200×630 card: 52 × 2 pages, 104 distinct PNGs', () => {
  expect(insights).toHaveLength(52);
  const cards = new Map<string, string>();
  for (const { slug, id } of insights) {
    for (const lang of LANGS) {
      const page = localizePath(routes.insight(slug, id), lang);
      const text = html(page);
      expect(text, page).toContain(`<html lang="${lang}"`);
      expect(text, page).toMatch(new RegExp(`<link rel="canonical" href="[^"]*${page.replace(/[/.]/g, '\\$&')}"`));
      expect(meta(text, 'name', 'twitter:card'), page).toBe('summary_large_image');
      const alt = meta(text, 'property', 'og:image:alt') ?? '';
      expect(alt, page).toMatch(lang === 'es' ? /^Idea clave: / : /^Insight: /);
      const image = new URL(meta(text, 'property', 'og:image') ?? '').pathname;
      const bytes = readFileSync(path.join(out, image));
      expect([bytes.subarray(1, 4).toString(), bytes.readUInt32BE(16), bytes.readUInt32BE(20)], image).toEqual(['PNG', 1200, 630]);
      const hash = createHash('sha256').update(bytes).digest('hex');
      expect(cards.get(hash), `${image} is the same picture as ${cards.get(hash)}`).toBeUndefined();
      cards.set(hash, image);
    }
  }
  expect(cards.size).toBe(104);
});

test('an insight page: title, who said it, theme and topics, read in context, neighbours, breadcrumbs', async ({ page }) => {
  await page.goto('/speakers/kim-ogg/human-trafficking-stash-houses-holding-as-many-as-60-people/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Human trafficking stash houses holding as many as 60 people');
  await expect(page).toHaveTitle(/^Human trafficking stash houses holding as many as 60 people — Kim Ogg/);
  const main = page.getByRole('article');
  await expect(main.getByRole('link', { name: 'Kim Ogg', exact: true })).toHaveAttribute('href', '/speakers/kim-ogg/');
  await expect(main).toContainText('District Attorney of Harris County');
  await expect(main.getByRole('link', { name: 'Border Policy, Trade, and Community Impact' })).toHaveAttribute('href', /^\/themes\//);
  await expect(main.getByRole('list', { name: /^Topics of this insight/ }).getByRole('link')).toHaveCount(2);
  await expect(main).toContainText('stash houses holding as many as 60 people');
  // The report does not say at which conference: no conference line, and no "not stated" either.
  await expect(main.getByRole('link', { name: / conference$/ })).toHaveCount(0);
  await expect(main).not.toContainText('not stated');
  await expect(main.getByRole('link', { name: 'Read in context on the page of Kim Ogg' })).toHaveAttribute('href', '/speakers/kim-ogg/#human-trafficking-stash-houses-holding-as-many-as-60-people');
  const neighbours = page.getByRole('navigation', { name: 'Other insights from Kim Ogg' });
  await expect(neighbours.getByRole('link', { name: /^← Previous insight: Immigration enforcement/ })).toHaveAttribute('href', '/speakers/kim-ogg/immigration-enforcement-and-operation-lone-star-strain-local-communities/');
  await expect(neighbours.getByRole('link', { name: /^Next insight: Unclear selection/ })).toHaveAttribute('rel', 'next');
  const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
  await expect(crumbs.getByRole('link')).toHaveText(['Home', 'Speakers', 'Kim Ogg']);
  await main.getByRole('link', { name: 'Read in context on the page of Kim Ogg' }).click();
  await expect(page).toHaveURL(/\/speakers\/kim-ogg\/#human-trafficking-stash-houses-holding-as-many-as-60-people$/);
  await expect(page.locator('[id="human-trafficking-stash-houses-holding-as-many-as-60-people"]')).toBeInViewport();
});

test('an insight that cites figures lists them, each linking to its place on /figures/', async ({ page }) => {
  const cited = insights.filter(({ slug, id }) => html(routes.insight(slug, id)).includes('id="figures-cited"'));
  expect(cited.length).toBeGreaterThan(5);
  const first = cited[0]!;
  await page.goto(routes.insight(first.slug, first.id));
  const figures = page.getByRole('region', { name: 'Figures cited' }).getByRole('link');
  expect(await figures.count()).toBeGreaterThan(0);
  for (const href of await figures.evaluateAll((links) => links.map((link) => link.getAttribute('href')))) expect(href).toMatch(/^\/figures\/#/);
});

test('the Spanish insight page is in Spanish, links to Spanish pages and shares the Spanish card', async ({ page }) => {
  await page.goto('/es/speakers/kim-ogg/human-trafficking-stash-houses-holding-as-many-as-60-people/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  const main = page.getByRole('article');
  await expect(main.getByRole('link', { name: 'Leer en contexto en la página de Kim Ogg' })).toHaveAttribute('href', '/es/speakers/kim-ogg/#human-trafficking-stash-houses-holding-as-many-as-60-people');
  await expect(page.getByRole('navigation', { name: 'Otras ideas clave de Kim Ogg' })).toBeVisible();
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', /\/speakers\/kim-ogg\/human-trafficking-stash-houses-holding-as-many-as-60-people\/$/);
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', /\/og\/es\/speakers\/kim-ogg\/human-trafficking-stash-houses-holding-as-many-as-60-people\.png$/);
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'es_MX');
});

test('structured data describes the insight truthfully: a CreativeWork about the speaker, based on the report, never a Quotation', () => {
  for (const { slug, id } of insights) {
    const page = routes.insight(slug, id);
    const graphs = [...html(page).matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(([, json = '']) => JSON.parse(json) as Record<string, unknown>);
    const nodes = graphs.flatMap((graph) => (graph['@graph'] as Record<string, unknown>[] | undefined) ?? [graph]);
    const work = nodes.find((node) => node['@type'] === 'CreativeWork');
    expect(work?.url, page).toMatch(new RegExp(`${page.replace(/[/.]/g, '\\$&')}$`));
    expect((work?.about as { '@type': string })['@type'], page).toBe('Person');
    expect((work?.isBasedOn as { '@type': string })['@type']).toBe('Report');
    expect(nodes.map((node) => node['@type'])).not.toContain('Quotation');
  }
});

test('the sitemap lists every insight page with its language alternate', () => {
  const sitemap = readFileSync(path.join(out, 'sitemap.xml'), 'utf8');
  for (const { slug, id } of insights) {
    const english = routes.insight(slug, id);
    const entry = new RegExp(`<loc>[^<]*${english.replace(/[/.]/g, '\\$&')}</loc>[\\s\\S]*?</url>`).exec(sitemap)?.[0] ?? '';
    expect(entry, english).toContain(`hreflang="es" href="`);
    expect(entry, english).toContain(`/es${english}"`);
  }
});

test('a former id of an insight has a page that points to the current one, and is not indexed', async ({ page }) => {
  const renamed = insights.filter(({ aliases }) => aliases.length > 0);
  expect(renamed.length).toBeGreaterThan(0);
  const expected = renamed.flatMap(({ slug, aliases }) => aliases.flatMap((alias) => LANGS.map((lang) => localizePath(routes.insight(slug, alias), lang)))).sort();
  // The other pages that forward: each long list's `…/page/1/` (tests/e2e/paging.spec.ts).
  expect(movedPages().filter((page) => !page.endsWith('/page/1/'))).toEqual(expected);
  const { slug, id, aliases } = renamed[0]!;
  const old = routes.insight(slug, aliases[0]!);
  const text = html(old);
  expect(text).toContain('<meta name="robots" content="noindex');
  expect(text).toContain(`<link rel="canonical" href="`);
  expect(text).toMatch(new RegExp(`<meta http-equiv="refresh" content="0; url=${routes.insight(slug, id).replace(/[/.]/g, '\\$&')}"`));
  await page.goto(old);
  await expect(page).toHaveURL(new RegExp(`${routes.insight(slug, id).replace(/[/.]/g, '\\$&')}$`));
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(/moved/);
  expect(existsSync(path.join(out, 'es', old, 'index.html'))).toBe(true);
});

test('Cite offers every format as text to copy, and the data formats as downloads that match it', async ({ page, context, request }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const insightPage = '/speakers/kim-ogg/human-trafficking-stash-houses-holding-as-many-as-60-people/';
  // The formats are fetched from cite.json beside the page, once, when a reader first opens Cite.
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/cite.json')) fetched.push(new URL(request.url()).pathname);
  });
  await page.goto(insightPage);
  await page.locator('header form[data-enhanced]').waitFor();
  expect(fetched).toEqual([]);
  const cite = page.locator('details', { has: page.locator('summary', { hasText: /^Cite$/ }) });
  await cite.locator('summary').click();
  await expect(cite.locator('dt')).toHaveCount(7);
  await cite.locator('summary').click();
  await cite.locator('summary').click();
  expect(fetched).toEqual([`${insightPage}cite.json`]);
  await expect(cite.locator('dt')).toHaveText(['APA 7', 'Chicago, note', 'Chicago, bibliography', 'MLA 9', 'BibTeX', 'RIS', 'CSL-JSON']);
  const bibtex = cite.locator('dd').nth(4);
  await bibtex.getByRole('button', { name: 'Copy the BibTeX citation' }).click();
  await expect(bibtex.getByRole('status')).toHaveText('Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await bibtex.locator('pre').textContent());
  expect(copied).toContain(`${insightPage}}`);
  // The download is the same text, served as BibTeX; RIS and CSL-JSON likewise.
  for (const [index, extension, type] of [[4, 'bib', 'application/x-bibtex'], [5, 'ris', 'application/x-research-info-systems'], [6, 'json', 'application/json']] as const) {
    const link = cite.locator('dd').nth(index).getByRole('link', { name: `Download .${extension}` });
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).toBe(`${insightPage}citation.${extension}`);
    const response = await request.get(href);
    expect(response.headers()['content-type']).toBe(`${type}; charset=utf-8`);
    expect((await response.text()).trim()).toBe((await cite.locator('dd').nth(index).locator('pre').textContent())?.trim());
  }
  // A styled format is copied with its italics for word processors.
  const apa = cite.locator('dd').nth(0);
  await apa.getByRole('button', { name: 'Copy the APA 7 citation' }).click();
  // Read the clipboard once the page says the copy is done: the write is asynchronous.
  await expect(apa.getByRole('status')).toHaveText('Copied');
  const html = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    return item?.types.includes('text/html') ? await (await item.getType('text/html')).text() : '';
  });
  expect(html).toMatch(/<i[^>]*>The future of the North American partnership[^<]*<\/i>/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('Cite still opens, and offers the data formats as downloads', async ({ page }) => {
    await page.goto('/speakers/kim-ogg/');
    const cite = page.locator('details', { has: page.locator('summary', { hasText: /^Cite$/ }) });
    await cite.locator('summary').click();
    await expect(cite.getByRole('link')).toHaveText(['Download .bib', 'Download .ris', 'Download .json']);
    await expect(cite.getByRole('link').first()).toHaveAttribute('href', '/speakers/kim-ogg/citation.bib');
    await expect(cite.locator('pre')).toHaveCount(0);
  });
});

test('Cite is on every speaker page too, citing the report at the speaker page’s address, in Spanish on Spanish pages', async ({ page }) => {
  await page.goto('/es/speakers/kim-ogg/');
  const cite = page.locator('details', { has: page.locator('summary', { hasText: /^Citar$/ }) });
  await cite.locator('summary').click();
  await expect(cite.locator('pre').first()).toContainText('Cámara de Comercio México–Estados Unidos');
  await expect(cite.locator('pre').first()).toContainText('/es/speakers/kim-ogg/');
  for (const speaker of getAllSpeakers()) {
    for (const extension of ['bib', 'ris', 'json']) expect(existsSync(path.join(out, 'speakers', speaker.slug, `citation.${extension}`)), `${speaker.slug} citation.${extension}`).toBe(true);
  }
});
