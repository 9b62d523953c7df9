import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { builtHtml } from './pages';

const project = path.resolve(import.meta.dirname, '../..');
const out = path.join(project, 'out');

type Node = Record<string, unknown>;

/** Every schema.org node of a built page, @graph flattened. */
function jsonLd(html: string): Node[] {
  return [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].flatMap(([, json = '']) => {
    const data = JSON.parse(json) as Node & { '@graph'?: Node[] };
    return data['@graph'] ?? [data];
  });
}

const commitDate = (file: string, first = false) =>
  execFileSync('git', ['log', '--format=%cs', ...(first ? ['--reverse'] : ['-1']), '--', file], { cwd: project, encoding: 'utf8' }).trim().split('\n')[0];

test('theme pages are Articles with datePublished, dateModified, an image and a publisher', () => {
  const themes = builtHtml('out').filter(({ file }) => /^out\/themes\/[^/]+\/index\.html$/.test(file));
  expect(themes.length).toBeGreaterThan(5);
  for (const { file, html } of themes) {
    const article = jsonLd(html).find((node) => node['@type'] === 'Article');
    expect(article, file).toBeDefined();
    const slug = file.split('/')[2];
    expect(article?.datePublished, file).toBe(commitDate(`content/themes/${slug}.md`, true));
    expect(article?.dateModified, file).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(article?.publisher, file).toMatchObject({ '@type': 'Organization', name: 'United States–Mexico Chamber of Commerce' });
    const image = new URL(String(article?.image)).pathname;
    expect(existsSync(path.join(out, image)), `${file} ${image}`).toBe(true);
  }
});

test('the home page’s SearchAction has no retired query-input', () => {
  const home = readFileSync(path.join(out, 'index.html'), 'utf8');
  const site = jsonLd(home).find((node) => node['@type'] === 'WebSite');
  expect(site?.potentialAction).toMatchObject({ '@type': 'SearchAction' });
  expect(home).not.toContain('query-input');
});

test('every sitemap entry has a lastmod from its content’s last commit, not the build time', () => {
  const sitemap = readFileSync(path.join(out, 'sitemap.xml'), 'utf8');
  // Each entry: its URL, its language alternates, then its date.
  const entries = [...sitemap.matchAll(/<url>\s*<loc>([^<]+)<\/loc>(?:\s*<xhtml:link [^>]+\/>)*\s*<lastmod>([^<]+)<\/lastmod>/g)];
  expect(entries.length).toBe([...sitemap.matchAll(/<url>/g)].length);
  const lastmod = new Map(entries.map(([, loc = '', date = '']) => [new URL(loc).pathname, date]));
  expect(lastmod.get('/speakers/kim-ogg/')).toBe(commitDate('content/speakers/kim-ogg.md'));
  for (const date of lastmod.values()) expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
});
