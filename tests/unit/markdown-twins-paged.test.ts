import { afterAll, describe, expect, it } from 'vitest';

// One item a page, so the real content's lists page (PAGE_SIZES reads this when lib/paging loads).
process.env.INSIGHTS_PAGE_SIZE = '1';
const { getAllSpeakers, getAllThemes, getInsightsByTheme } = await import('@/lib/content');
const { markdownTwinFiles } = await import('@/lib/site-outputs/open-data/markdown-twins');
const { SITE_URL } = await import('@/lib/site');
afterAll(() => {
  delete process.env.INSIGHTS_PAGE_SIZE;
});

const twins = new Map(markdownTwinFiles().map((twin) => [twin.path, twin.body]));
const twin = (path: string) => {
  const body = twins.get(path);
  if (body === undefined) throw new Error(`no twin at ${path}`);
  return body;
};
/** The insight titles a twin lists, as `##`/`###` headings that link to an insight's page. */
const listedInsights = (body: string) => [...body.matchAll(/^#{2,3} \[([^\]]+)\]\([^)]*\/speakers\/[^/]+\/[^/]+\/\)$/gm)].map(([, title]) => title);

describe('Markdown twins of lists that page', () => {
  const theme = getAllThemes().find((candidate) => getInsightsByTheme(candidate.slug).length >= 3)!;
  const [first, second] = getInsightsByTheme(theme.slug);
  const list = `/themes/${theme.slug}/`;
  const pages = getInsightsByTheme(theme.slug).length;

  it('hold only their page’s items, the first page too, as the pages do', () => {
    expect(listedInsights(twin(`${list}index.md`))).toEqual([first!.title]);
    expect(listedInsights(twin(`${list}page/2/index.md`))).toEqual([second!.title]);
    expect(listedInsights(twin(`/es${list}page/2/index.md`))).toHaveLength(1);
    const speakers = twin('/speakers/index.md');
    expect(speakers).toContain(`(${SITE_URL}${getAllSpeakers()[0]!.href})`);
    expect(speakers).not.toContain(`(${SITE_URL}${getAllSpeakers()[1]!.href})`);
  });

  it('say which page they are and link the twins of the pages beside them', () => {
    expect(twin(`${list}index.md`)).toContain(`Page 1 of ${pages} · [Next page](${SITE_URL}${list}page/2/index.md)\n`);
    expect(twin(`${list}page/2/index.md`)).toContain(`Page 2 of ${pages} · [Previous page](${SITE_URL}${list}index.md) · [Next page](${SITE_URL}${list}page/3/index.md)\n`);
    expect(twin(`${list}page/${pages}/index.md`)).toContain(`Page ${pages} of ${pages} · [Previous page](${SITE_URL}${list}page/${pages - 1}/index.md)\n`);
    expect(twin(`/es${list}page/2/index.md`)).toContain(`Página 2 de ${pages}`);
  });

  it('leave the home page’s twin with its share of the speakers and a link to all of them', () => {
    const home = twin('/index.md');
    expect(home).toContain(`[All speakers](${SITE_URL}/speakers/)`);
    expect(home).not.toContain('Page 1 of');
  });
});
