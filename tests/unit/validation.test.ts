import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load-content';
import { contentErrorOf, fixtureRoot } from './fixture';

const errorOf = (caseName: string) => contentErrorOf(caseName, loadContent);

// Each bad-content case, with the exact message an author sees.
const cases: [caseName: string, message: string][] = [
  ['missing-field', 'content/speakers/bo-li.md:2:1 summary: expected a non-empty string, got nothing\n1 error in 1 file'],
  ['empty-role', 'content/speakers/bo-li.md:3:6 role: expected a non-empty string, got an empty value\n1 error in 1 file'],
  ['wrong-type', 'content/speakers/bo-li.md:4:9 topics: expected a list of topic ids, got "border-security"\n1 error in 1 file'],
  [
    'impossible-date',
    'content/events/2024-12-05.md:3:7 date: expected an ISO date (YYYY-MM-DD), got "2024-13-45"\n' +
      'content/speakers/ana-perez.md:5:7 date: expected an ISO date (YYYY-MM-DD) or "unstated", got "2024-02-30"\n' +
      '2 errors in 2 files',
  ],
  [
    'unknown-references',
    'content/speakers/bo-li.md:3:7 date: expected the conferences of the insights, [2025-04-30], got "unstated"\n' +
      'content/speakers/bo-li.md:10:8 theme: expected a theme id (a file in content/themes/), got "trades" (nearest: "trade")\n' +
      'content/speakers/bo-li.md:11:10 topics[0]: expected a topic id from content/topics.yml, got "border-securty" (nearest: "border-security", "rule-of-law", "tariffs")\n' +
      'content/speakers/bo-li.md:12:13 conference: expected an event date (a file in content/events/) or "unstated", got "2025-04-30" (nearest: "2024-12-05")\n' +
      '4 errors in 1 file',
  ],
  ['duplicate-slug', 'content/speakers/bo-li.md slug: expected a unique slug, got "bo-li", which content/speakers/Bo-Li.md also has\n1 error in 1 file'],
  ['reserved-slug', 'content/speakers/page.md slug: expected a slug other than "page", which the list\'s later pages use (/speakers/page/2/), got "page"\n1 error in 1 file'],
  [
    'broken-links',
    'content/themes/trade.md:8:41 link: expected an anchor on /speakers/bo-li/, got "#no-such-point" (nearest: #old-border-point, #a-point-on-borders)\n' +
      'content/themes/trade.md:8:90 link: expected a page of this site, got "/speakers/nobody/" (nearest: /speakers/, /speakers/bo-li/)\n' +
      '2 errors in 1 file',
  ],
  [
    'invalid-yaml',
    'content/speakers/bo-li.md:5:1 yaml: expected valid YAML, got a syntax error (Flow sequence in block collection must be sufficiently indented and end with a ])\n1 error in 1 file',
  ],
  ['not-utf8', 'content/speakers/bo-li.md:16:10 encoding: expected UTF-8 text, got bytes that are not UTF-8\n1 error in 1 file'],
  ['empty-file', 'content/speakers/bo-li.md:1 file: expected frontmatter and Markdown, got an empty file\n1 error in 1 file'],
  ['no-body', 'content/speakers/bo-li.md:7 body: expected Markdown after the frontmatter, got nothing\n1 error in 1 file'],
  [
    'unknown-field',
    'content/speakers/bo-li.md:3:10 speeker: expected no such field (unknown fields are not allowed; check the spelling), got one\n1 error in 1 file',
  ],
  [
    'missing-insight-meta',
    'content/speakers/bo-li.md:8 insight: expected a <!-- theme, topics, conference --> comment right after "## A point on borders", got none\n1 error in 1 file',
  ],
  ['date-mismatch', 'content/speakers/bo-li.md:3:7 date: expected the conferences of the insights, "unstated", got [2024-12-05]\n1 error in 1 file'],
  [
    'text-before-insights',
    'content/speakers/bo-li.md:7 body: expected the body to be `##` insights, the first line of content a `##` heading, got text before any heading\n1 error in 1 file',
  ],
  [
    'duplicate-titles',
    'content/speakers/ana-perez.md:19 insight: expected a title unlike the others in this file, got "Tariffs at 10% and “quotes” in titles" again\n1 error in 1 file',
  ],
  [
    'several-files',
    'content/speakers/bo-li.md:5:10 summary: expected a non-empty string, got number 42\n' +
      'content/themes/trade.md:3:8 order: expected a whole number from 1, got "first"\n' +
      '2 errors in 2 files',
  ],
];

describe('bad content fails with every error, located', () => {
  it.each(cases)('%s', (caseName, message) => {
    expect(errorOf(caseName)).toBe(message);
  });

  it('reports invalid YAML again on a second load (no parser cache hides it)', () => {
    expect(errorOf('invalid-yaml')).toBe(errorOf('invalid-yaml'));
  });
});

describe('valid but unusual content builds', () => {
  it('accepts a UTF-8 byte-order mark', () => {
    const content = loadContent(fixtureRoot('bom'));
    expect(content.speakers.find((speaker) => speaker.slug === 'bo-li')?.name).toBe('Bo Li');
  });

  it('keeps accents, quotes and $ figures', () => {
    const content = loadContent(fixtureRoot());
    const ana = content.speakers.find((speaker) => speaker.slug === 'ana-perez');
    expect(ana?.name).toBe('Ana Pérez');
    expect(ana?.insights[0]?.title).toBe('Tariffs at 10% and “quotes” in titles');
    expect(ana?.insights[0]?.text).toContain('over $36 trillion');
    expect(content.themes[0]?.title).toBe('Trade: Shifts in Policy');
  });
});
