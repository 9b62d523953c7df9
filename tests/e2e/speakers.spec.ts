import { expect, test } from '@playwright/test';

// Names and roles exactly as the report gives them (null: the report gives none).
const speakers: [slug: string, heading: string, role: string | null][] = [
  ['robert-perez', 'Robert Perez', 'Founder and CEO of P4 Partners and former Deputy Commissioner of U.S. Customs and Border Protection'],
  ['kim-ogg', 'Kim Ogg', 'District Attorney of Harris County'],
  ['louis-escareno', 'Louis Escareño', "long-time member of the Chamber's Binational Board of Directors representing Duty Free Americas"],
  ['geronimo-gutierrez', 'Ambassador Gerónimo Gutiérrez', 'former Mexican Ambassador to the U.S., former Manager of the North American Development Bank (NADBank) and current Senior Advisor at Covington & Burling'],
  ['ana-maria-salazar', 'Ana Maria Salazar', 'former Deputy Assistant Secretary for Drug Enforcement Policy and Support, U.S. Department of Defense and former Policy Advisor for President Clinton’s Special Envoy for the Americas'],
  ['sergio-de-la-pena', 'Col. Sergio de la Peña', 'former Deputy Assistant U.S. Secretary of Defense for Western Hemisphere Affairs'],
  ['pete-sessions', 'Congressman Pete Sessions', 'Chairman of the Subcommittee on Government Operations, under the House Committee on Oversight and Government Reform'],
  ['luis-rosendo-gutierrez', 'Luis Rosendo Gutiérrez', 'Undersecretary of International Trade of Mexico’s Ministry of the Economy'],
  ['ildefonso-guajardo', 'Dr. Ildefonso Guajardo', 'Former Mexican Secretary of Economy'],
  ['neil-herrington', 'Neil Herrington', 'Senior Vice President for the Americas with the U.S. Chamber of Commerce'],
  ['john-matton', 'John Matton', 'Director of Government Affairs at American Axle & Manufacturing (AA&M)'],
  ['mike-mally', 'Mike Mally', 'Director of International Operations at Uline'],
  ['alfonso-pedrero', 'Alfonso Pedrero', null],
  ['anthony-wayne', 'Ambassador Anthony Wayne', 'former U.S. Ambassador to Mexico and now at Distinguished Diplomat in Residence at American University'],
  ['javier-velez', 'Javier Vélez', 'former CEO of Mission Foods'],
  ['steve-lande', 'Steve Lande', 'President of Manchester Trade and former USTR official'],
  ['norma-irene-de-la-cruz', 'Norma Irene de la Cruz', "member of Mexico's National Electoral Institute (INE)"],
  ['antonio-cuellar', 'Antonio Cuéllar', null],
  ['john-bolton', 'Ambassador John Bolton', 'former U.S. National Security Advisor and former U.S. Ambassador to the United Nations'],
];

test('the speakers index lists all 19 speakers', async ({ page }) => {
  await page.goto('/speakers/');
  await expect(page.locator('main li h2 a')).toHaveCount(19);
});

for (const [slug, heading, role] of speakers) {
  test(`${heading}: name and role as the report gives them`, async ({ page }) => {
    await page.goto(`/speakers/${slug}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    // A role the report does not give is left out, not announced.
    if (role) await expect(page.getByTestId('speaker-role')).toHaveText(role);
    else await expect(page.getByTestId('speaker-role')).toHaveCount(0);
    await expect(page).toHaveTitle(`${heading} · Insights`);
  });
}
