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
