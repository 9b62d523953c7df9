import { expect, test, type Page } from '@playwright/test';
import { allPages } from './pages';

/** Collects CSP violations the browser reports on this page. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

test('every page carries a strict CSP first in <head>, hydrates, and reports no violation', async ({ page }) => {
  const pages = allPages();
  // About a second a page, on a busy 2-core machine up to three times that.
  test.setTimeout(60_000 + pages.length * 3_000);
  const violations = await watchViolations(page);
  for (const path of pages) {
    const response = await page.goto(path);
    const html = (await response?.text()) ?? '';
    expect(html, path).toMatch(/^<!DOCTYPE html><html[^>]*><head><meta charSet="utf-8"\/><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+; /);
    expect(html, path).not.toMatch(/unsafe-inline|unsafe-eval/);
    // The charset must still be declared within the first 1024 bytes.
    expect(Buffer.from(html).subarray(0, 1024).toString(), path).toContain('<meta charSet="utf-8"/>');
    await page.locator('header form[data-enhanced]').waitFor();
    expect(await violations(), path).toEqual([]);
  }
});

test('search works under the CSP with no violation', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto('/search/?q=tariffs');
  await expect(page.getByRole('list', { name: 'Search results' }).getByRole('listitem').first()).toBeVisible();
  await page.getByRole('combobox', { name: 'Search the insights' }).fill('pena');
  await expect(page.getByRole('listbox', { name: 'Search suggestions' }).getByRole('option').first()).toBeVisible();
  expect(await violations()).toEqual([]);
});

test('an injected inline script is blocked', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto('/');
  await page.locator('header form[data-enhanced]').waitFor();
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__pwned = true';
    document.body.append(script);
    return (window as unknown as { __pwned?: boolean }).__pwned === true;
  });
  expect(ran).toBe(false);
  await expect.poll(violations).toContainEqual(expect.stringMatching(/^script-src/));
});
