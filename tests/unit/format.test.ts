import { describe, expect, it } from 'vitest';
import { displayName, formatDate } from '@/lib/format';

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
