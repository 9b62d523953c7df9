import { expect, test } from '@playwright/test';

const id = 'human-trafficking-stash-houses-holding-as-many-as-60-people';

test('a deep link scrolls the heading below the sticky header and marks it', async ({ page }) => {
  await page.goto(`/speakers/kim-ogg/#${id}`);
  const heading = page.locator(`[id="${id}"]`);
  await expect(heading).toBeInViewport();
  await expect.poll(() => heading.evaluate((el) => el.matches(':target'))).toBe(true);
  await expect
    .poll(async () => {
      const headerBottom = await page.locator('body > header').evaluate((el) => el.getBoundingClientRect().bottom);
      const top = await heading.evaluate((el) => el.getBoundingClientRect().top);
      return top >= headerBottom - 1 && top < 300;
    })
    .toBe(true);
  // The mark is visible: the insight the heading opens is outlined.
  await expect(page.locator('section.insight', { has: heading })).not.toHaveCSS('outline-style', 'none');
});

test('every h2 and h3 in content has a keyboard-reachable self-link with an accessible name', async ({ page }) => {
  await page.goto('/speakers/kim-ogg/');
  const anchors = page.locator('main :is(h2, h3)[id] > a.heading-anchor');
  await expect(anchors).toHaveCount(4);
  const anchor = page.getByRole('link', { name: 'Link to this section: Human trafficking stash houses holding as many as 60 people' });
  await anchor.focus();
  await expect(anchor).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#${id}$`));
});

test('theme overview subheadings have ids and self-links', async ({ page }) => {
  await page.goto('/themes/chambers-response-nawg/');
  await expect(page.getByRole('link', { name: 'Link to this section: The 11 sectors' })).toHaveAttribute('href', '#the-11-sectors');
});
