import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '@/lib/markdown/pipeline';
import { fixtures } from './fixture';

const names = [
  { name: 'Robert Perez', href: '/speakers/robert-perez/' },
  { name: 'Antonio Cuéllar', href: '/speakers/antonio-cuellar/' },
  { name: 'Kim Ogg', href: '/speakers/kim-ogg/' },
];
const read = (name: string) => readFileSync(path.join(fixtures, 'markdown', name), 'utf8');

describe('Markdown pipeline', () => {
  it.each(['insights.md', 'hostile.md'])('%s renders to the pinned HTML', async (name) => {
    const rendered = renderMarkdown(read(name), { names, selfHref: '/speakers/kim-ogg/' });
    await expect(rendered.html).toMatchFileSnapshot(path.join(fixtures, 'markdown', `${name}.html`));
  });

  it('splits insights at ## with stable ids, metadata, text and links', () => {
    const rendered = renderMarkdown(read('insights.md'), { names });
    expect(rendered.sections.map(({ id, title, line }) => ({ id, title, line }))).toEqual([
      { id: 'over-108-million-encounters-20212024', title: 'Over 10.8 million encounters, 2021–2024', line: 1 },
      { id: 'queretaro-monterrey-and-quotes', title: 'Querétaro, Monterrey and “quotes”', line: 10 },
    ]);
    expect(rendered.sections[0]?.meta).toEqual({ yaml: '\ntheme: immigration\ntopics: [border-security]\nconference: unstated\n', line: 2 });
    expect(rendered.sections[1]?.meta?.line).toBe(11);
    expect(rendered.sections[0]?.text).toContain('over 10.8 million encounters');
    expect(rendered.links).toEqual([{ url: '/themes/immigration/#overview', line: 8, column: 111 }]);
    expect(rendered.ids).toContain('a-subsection-with-code');
  });

  it('gives an insight the same id wherever it stands', () => {
    const alone = renderMarkdown(read('insights.md').split('## Querétaro')[0] ?? '', { names });
    const after = renderMarkdown(`## A new first insight\n\nText.\n\n${read('insights.md')}`, { names });
    expect(after.sections[1]?.id).toBe(alone.sections[0]?.id);
  });

  it('links speaker names outside code and headings, never on their own page, and records mentions', () => {
    const rendered = renderMarkdown(read('insights.md'), { names, selfHref: '/speakers/kim-ogg/' });
    expect(rendered.html).toContain('<a href="/speakers/robert-perez/" class="speaker-link">Robert Perez</a> shared');
    expect(rendered.html).toContain('<code>Robert Perez</code>');
    expect(rendered.html).not.toContain('href="/speakers/kim-ogg/"');
    expect(rendered.mentions).toEqual([
      { href: '/speakers/robert-perez/', sectionId: 'over-108-million-encounters-20212024' },
      { href: '/speakers/antonio-cuellar/', sectionId: 'over-108-million-encounters-20212024' },
      { href: '/speakers/robert-perez/', sectionId: 'queretaro-monterrey-and-quotes' },
    ]);
  });
});

describe('speaker names', () => {
  const many = [
    { name: 'Luis Rosendo', href: '/speakers/luis-rosendo/' },
    { name: 'Luis Rosendo Gutiérrez', href: '/speakers/luis-rosendo-gutierrez/' },
    { name: 'Ana María Salazar', href: '/speakers/ana-maria-salazar/' },
    // Two thousand names that share a first word: the matcher's cost must not follow their number.
    ...Array.from({ length: 2000 }, (_, k) => ({ name: `Speaker ${String(k).padStart(4, '0')}`, href: `/speakers/speaker-${k}/` })),
  ];
  const linked = (text: string, selfHref?: string) =>
    [...renderMarkdown(`## Heading\n\n${text}\n`, { names: many, selfHref }).html.matchAll(/<a href="([^"]+)" class="speaker-link">([^<]+)<\/a>/g)].map(([, href, name]) => `${name} → ${href}`);

  it.each([
    ['the longest name wins', 'As Luis Rosendo Gutiérrez said.', undefined, ['Luis Rosendo Gutiérrez → /speakers/luis-rosendo-gutierrez/']],
    ['a shorter name where the longer is this page', 'As Luis Rosendo Gutiérrez said.', '/speakers/luis-rosendo-gutierrez/', ['Luis Rosendo → /speakers/luis-rosendo/']],
    ['whole words only', 'Luis Rosendos and XAna María Salazar and Speaker 00010.', undefined, []],
    ['accented names, at the start and end of the text', 'Ana María Salazar met Speaker 1999', undefined, ['Ana María Salazar → /speakers/ana-maria-salazar/', 'Speaker 1999 → /speakers/speaker-1999/']],
    ['names that share a first word', 'Speaker 0007, Speaker 0042 and Speaker 9999.', undefined, ['Speaker 0007 → /speakers/speaker-7/', 'Speaker 0042 → /speakers/speaker-42/']],
  ])('%s', (_, text, selfHref, expected) => {
    expect(linked(text, selfHref)).toEqual(expected);
  });
});

describe('a translation', () => {
  const options = { names: names.map(({ name, href }) => ({ name, href: `/es${href}` })), headingIds: ['over-108-million-encounters-20212024', 'queretaro-monterrey-and-quotes'], lang: 'es' as const };
  const rendered = renderMarkdown(read('translation.es.md'), options);

  it('renders to the pinned HTML', async () => {
    await expect(rendered.html).toMatchFileSnapshot(path.join(fixtures, 'markdown', 'translation.es.md.html'));
  });

  it('keeps the English ids, whatever its headings say, and their self-links use them', () => {
    expect(rendered.sections.map(({ id, title }) => ({ id, title }))).toEqual([
      { id: 'over-108-million-encounters-20212024', title: 'Más de 10.8 millones de encuentros, 2021–2024' },
      { id: 'queretaro-monterrey-and-quotes', title: 'Querétaro, Monterrey y citas' },
    ]);
    expect(rendered.html).toContain('href="#queretaro-monterrey-and-quotes"');
    expect(rendered.html).not.toContain('id="mas-de');
  });

  it('points the site’s own links, and speaker names, at the Spanish pages; external links stay', () => {
    expect(rendered.html).toContain('href="/es/themes/immigration/#overview"');
    expect(rendered.html).toContain('<a href="/es/speakers/robert-perez/" class="speaker-link">Robert Perez</a>');
    expect(rendered.html).toContain('href="https://example.com/x"');
  });

  it('marks the report’s English quotations (the ones followed by their translation) as English, and nothing else', () => {
    expect(rendered.html).toContain('<span lang="en">“friendly BRIC”</span> «BRIC amigable» (traducción)');
    expect(rendered.html).toContain('<span lang="en">"broken windows"</span> «ventanas rotas» (traducción)');
    expect(rendered.html).toContain('<span lang="en">“to serve the best interests of the American people.”</span> «para servir');
    expect(rendered.html).toContain('entre “comillas” sin');
  });

  it('leaves English documents alone', () => {
    expect(renderMarkdown('Say “friendly BRIC” «BRIC amigable» (traducción) and [x](/themes/a/).', { names }).html).toBe(
      '<p>Say “friendly BRIC” «BRIC amigable» (traducción) and <a href="/themes/a/">x</a>.</p>',
    );
  });
});

describe('hostile Markdown is inert', () => {
  const html = renderMarkdown(read('hostile.md'), { names }).html;

  it('keeps no script, iframe, form, svg, math, style or event handler', () => {
    expect(html).not.toMatch(/<(script|iframe|form|svg|math|style|object|embed)\b/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(html).not.toMatch(/\sstyle=/i);
  });

  it('keeps no javascript:, data: or vbscript: URL, however encoded', () => {
    expect(html).not.toMatch(/(?:href|src|action|xlink:href)="\s*(?:javascript|data|vbscript):/i);
    expect(html).not.toMatch(/javascript:alert\(1\)"/i);
  });

  it('leaves no img without a src (HTML requires one): its alt text stands in', () => {
    expect(html).not.toMatch(/<img(?![^>]*\ssrc=)/i);
    expect(html).toContain('<p>img</p>');
    expect(renderMarkdown('![](javascript:alert(1)) and ![ok](/og/x.png)', { names }).html).toBe('<p> and <img src="/og/x.png" alt="ok"></p>');
  });

  it('cannot clobber globals: no user-chosen id survives', () => {
    expect(html).not.toContain('id="__NEXT_DATA__"');
  });
});
