import { expect, test } from '@playwright/test';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { hostilePort } from '../../playwright.config';
import { allPages, builtHtml } from './pages';

// These tests read the site built from tests/fixtures/hostile (npm run build:hostile).
test.use({ baseURL: `http://127.0.0.1:${hostilePort}` });

const URL_PROPERTIES = new Set(['href', 'src', 'action', 'formAction', 'xLinkHref', 'poster', 'srcSet', 'data', 'cite', 'background']);

/** Every attribute of every element of a page, parsed as a browser would: [tag, name, value]. */
function attributes(html: string): [string, string, string][] {
  const found: [string, string, string][] = [];
  visit(fromHtml(html), 'element', (node) => {
    for (const [name, value] of Object.entries(node.properties)) found.push([node.tagName, name, Array.isArray(value) ? value.join(' ') : String(value)]);
  });
  return found;
}

for (const site of ['.hostile-out', 'out'] as const) {
  test(`${site}: no on* attribute and no javascript: or data: URL in any tag`, () => {
    const problems: string[] = [];
    for (const { file, html } of builtHtml(site)) {
      for (const [tag, name, value] of attributes(html)) {
        if (/^on/i.test(name)) problems.push(`${file}: <${tag} ${name}>`);
        if (URL_PROPERTIES.has(name) && /^(?:javascript|data|vbscript):/i.test(value.replace(/[\s\u0000-\u001f]/g, ''))) problems.push(`${file}: <${tag} ${name}="${value}">`);
      }
    }
    expect(problems).toEqual([]);
  });

  test(`${site}: JSON and data embedded in scripts never contain a raw "<"`, () => {
    const problems = builtHtml(site).flatMap(({ file, html }) =>
      [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].filter(([, body = '']) => body.includes('<')).map(() => file),
    );
    expect(problems).toEqual([]);
  });
}

test('hostile pages render with no dialog, no page error and no injected element', async ({ page }) => {
  test.setTimeout(120_000);
  const problems: string[] = [];
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => problems.push(`error: ${error.message}`));
  for (const path of allPages('.hostile-out')) {
    await page.goto(path);
    await page.locator('header form[data-enhanced]').waitFor();
    await expect(page.locator('main :is(script:not([type="application/ld+json"]), iframe, svg, img[onerror], math, form[action^="javascript"])'), path).toHaveCount(0);
    // The site's own disclosures (On this page, Topics) are <details>; content may not add any.
    await expect(page.locator('main .prose details'), path).toHaveCount(0);
    await expect(page.locator('main [id="__NEXT_DATA__"], main [name="__NEXT_DATA__"]'), path).toHaveCount(0);
    // Hovering and toggling everything in the content triggers nothing.
    for (const element of await page.locator('main .prose *').all()) await element.dispatchEvent('mouseover');
  }
  expect(problems).toEqual([]);
});

test('a title payload in frontmatter stays text in <title> and meta tags', async ({ page }) => {
  await page.goto('/speakers/hostile-speaker/');
  await expect(page).toHaveTitle('"></title><script>alert("name")</script> · Insights');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('"></title><script>alert("name")</script>');
  await expect(page.locator('head title')).toHaveCount(1);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute(
    'content',
    '"></title><script>alert("summary")</script> </script><script>alert(2)</script>',
  );
  await expect(page.getByTestId('speaker-role')).toHaveText('<img src=x onerror=alert("role")>');
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', '"></title><script>alert("name")</script>');
  const jsonLd = await page.locator('script[type="application/ld+json"]').first().textContent();
  expect(jsonLd).not.toContain('<');
  const person = (JSON.parse(jsonLd ?? '{}') as { '@graph': { '@type': string; name: string }[] })['@graph'].find((node) => node['@type'] === 'Person');
  expect(person?.name).toBe('"></title><script>alert("name")</script>');
});
