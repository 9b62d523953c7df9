import { expect, test } from '@playwright/test';

test('home → theme → speaker → event', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The Future of the North American Partnership');
  await page.getByRole('main').getByRole('link', { name: 'Judicial Reform and Democracy in Mexico' }).click();
  await expect(page).toHaveURL(/\/themes\/judicial-reform-and-democracy-in-mexico\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Judicial Reform and Democracy in Mexico');
  await page.getByRole('complementary').getByRole('link', { name: 'Antonio Cuéllar' }).click();
  await expect(page).toHaveURL(/\/speakers\/antonio-cuellar\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Antonio Cuéllar');
  await page.getByRole('link', { name: 'April 30, 2025 conference' }).first().click();
  await expect(page).toHaveURL(/\/events\/2025-04-30\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('USMCOC Binational Conference, April 30, 2025');
});

const placed: Record<string, string[]> = {
  '2024-12-05': ['Ana Maria Salazar', 'Luis Rosendo Gutiérrez'],
  '2025-04-30': ['Antonio Cuéllar', 'Ambassador John Bolton', 'Kim Ogg', 'Neil Herrington', 'Norma Irene de la Cruz', 'Col. Sergio de la Peña'],
};

for (const [date, names] of Object.entries(placed)) {
  test(`the ${date} conference lists exactly the speakers the report places there`, async ({ page }) => {
    await page.goto(`/events/${date}/`);
    await expect(page.getByTestId('event-speakers').locator('h3')).toHaveText(names);
  });
}

test('a speaker name in body text links to the speaker', async ({ page }) => {
  await page.goto('/themes/judicial-reform-and-democracy-in-mexico/');
  const link = page.locator('.prose').getByRole('link', { name: 'Norma Irene de la Cruz' }).first();
  await expect(link).toHaveAttribute('href', '/speakers/norma-irene-de-la-cruz/');
});

test('a speaker page shows backlinks and related speakers', async ({ page }) => {
  await page.goto('/speakers/antonio-cuellar/');
  const mentioned = page.getByRole('region', { name: 'Mentioned in' });
  await expect(mentioned.getByRole('link', { name: 'Judicial Reform and Democracy in Mexico' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Related speakers' }).getByRole('link').first()).toBeVisible();
});

test('an unknown URL gets the 404 page with status 404', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('link', { name: 'Browse the speakers' }).click();
  await expect(page).toHaveURL(/\/speakers\/$/);
});

test('an unknown URL under /es/ gets the Spanish 404 page with status 404, and its links stay in Spanish', async ({ page }) => {
  const response = await page.goto('/es/no-existe/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Página no encontrada');
  await page.getByRole('link', { name: 'Ver los ponentes' }).click();
  await expect(page).toHaveURL(/\/es\/speakers\/$/);
});

test('every page type exists', async ({ page }) => {
  // Eight full page loads in one test: allow for a loaded 2-core machine.
  test.setTimeout(90_000);
  for (const path of ['/', '/speakers/', '/themes/', '/events/', '/topics/', '/topics/tariffs/', '/about/', '/themes/chambers-response-nawg/']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
});
