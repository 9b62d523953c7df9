import { describe, expect, it } from 'vitest';
import { displayName, excerpt, formatDate } from '@/lib/format';

describe('formatDate', () => {
  // Intl is the oracle: the hand-written formatter must print what en-US prints.
  const intl = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
  it.each(['2024-12-05', '2025-04-30', '2025-01-01', '2024-02-29', '1999-09-09', '2030-10-31'])('%s reads as en-US does', (iso) => {
    expect(formatDate(iso)).toBe(intl.format(new Date(`${iso}T00:00:00Z`)));
  });
  it.each(['2024-13-01', '2024-00-10', '2024-1-05', 'unstated', '', '2024-12-05T00:00:00Z'])('rejects %j', (bad) => {
    expect(() => formatDate(bad)).toThrow(`formatDate: expected YYYY-MM-DD, got ${JSON.stringify(bad)}`);
  });
});

describe('displayName', () => {
  it.each([
    [{ name: 'John Bolton', honorific: 'Ambassador' }, 'Ambassador John Bolton'],
    [{ name: 'Kim Ogg' }, 'Kim Ogg'],
  ])('%j → %s', (speaker, expected) => {
    expect(displayName(speaker)).toBe(expected);
  });
});

describe('excerpt', () => {
  it.each([
    ['short text', 20, 'short text'],
    ['Ogg described harrowing human trafficking cases, including stash houses.', 40, 'Ogg described harrowing human…'],
    // No trailing comma or dash before the ellipsis.
    ['Tariffs rose, then fell — and rose again later on.', 16, 'Tariffs rose…'],
    // A cut inside one of the report's quotations closes it: no quotation is left open.
    ['He called it “a partnership of shared prosperity for decades” in his remarks.', 40, 'He called it “a partnership of shared…”'],
    ['He called it “shared prosperity” and more words follow here.', 40, 'He called it “shared prosperity” and…'],
    // One long word: cut inside it rather than return almost nothing.
    ['Supercalifragilisticexpialidocious words', 12, 'Supercalifr…'],
  ])('%j at %i → %j', (text, length, expected) => {
    const result = excerpt(text, length);
    expect(result).toBe(expected);
    expect(result.replace(/”$/, '').length).toBeLessThanOrEqual(length);
  });
});
