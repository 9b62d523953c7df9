import { describe, expect, it } from 'vitest';
import { isIsoDate } from '@/lib/content/schema';
import { foldText, isSlug, slugify } from '@/lib/content/slug';

describe('slugify', () => {
  it.each([
    ['Antonio Cuéllar', 'antonio-cuellar'],
    ['Sergio de la Peña', 'sergio-de-la-pena'],
    ['Gerónimo Gutiérrez', 'geronimo-gutierrez'],
    ['Louis Escareño', 'louis-escareno'],
    ['Javier Vélez', 'javier-velez'],
    ['Querétaro', 'queretaro'],
    ['American Axle & Manufacturing (AA&M)', 'american-axle-and-manufacturing-aa-and-m'],
    ['  U.S.–Mexico  ', 'u-s-mexico'],
    ['Bo-Li', 'bo-li'],
    ['2024-12-05', '2024-12-05'],
  ])('%s → %s', (input, expected) => {
    expect(slugify(input)).toBe(expected);
    expect(isSlug(slugify(input))).toBe(true);
  });
});

describe('isSlug', () => {
  it.each([
    ['kim-ogg', true],
    ['Kim-Ogg', false],
    ['kim--ogg', false],
    ['-kim', false],
    ['peña', false],
  ])('%s → %s', (input, expected) => expect(isSlug(input)).toBe(expected));
});

describe('foldText', () => {
  it.each([
    ['Cuéllar', 'cuellar'],
    ['PEÑA', 'pena'],
    ['Querétaro', 'queretaro'],
  ])('%s → %s', (input, expected) => expect(foldText(input)).toBe(expected));
});

describe('isIsoDate', () => {
  it.each([
    ['2024-12-05', true],
    ['2025-04-30', true],
    ['2024-02-29', true],
    ['2024-02-30', false],
    ['2024-13-45', false],
    ['2023-02-29', false],
    ['2024-1-5', false],
    ['unstated', false],
  ])('%s → %s', (input, expected) => expect(isIsoDate(input)).toBe(expected));
});
