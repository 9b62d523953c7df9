import { describe, expect, it } from 'vitest';
import { conferenceSummaryText, summariseConferences } from '@/lib/content/conference-summary';
import { dictionary } from '@/lib/i18n/dictionary';

const NOT_STATED = dictionary('en').conference.notStated;

const APR = '2025-04-30';
const DEC = '2024-12-05';
const U = 'unstated';

describe('summariseConferences → one line per speaker', () => {
  it.each([
    ['no insight states one', [U, U, U], NOT_STATED],
    ['the only insight states one', [APR], 'April 30, 2025 conference'],
    ['every insight states the same one', [DEC, DEC, DEC, DEC], 'December 5, 2024 conference — all 4 insights'],
    ['one of four states one (Kim Ogg)', [U, U, U, APR], 'April 30, 2025 conference — 1 of 4 insights; the report does not say for the others'],
    ['one of two states one', [U, APR], 'April 30, 2025 conference — 1 of 2 insights; the report does not say for the other'],
    ['two conferences, in date order', [APR, DEC, APR], 'December 5, 2024 conference — 1 of 3 insights; April 30, 2025 conference — 2 of 3 insights'],
    ['two conferences and a silent insight', [APR, U, DEC], 'December 5, 2024 conference — 1 of 3 insights; April 30, 2025 conference — 1 of 3 insights; the report does not say for the other'],
  ])('%s', (_, conferences, expected) => {
    expect(conferenceSummaryText(summariseConferences(conferences))).toBe(expected);
  });

  it('says "not stated" only when no insight states a conference', () => {
    expect(summariseConferences([U, APR]).unstated).not.toContain('not stated');
    expect(summariseConferences([U]).parts).toEqual([]);
  });
});
