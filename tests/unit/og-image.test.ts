import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { Canvas } from '@/lib/site-outputs/card/canvas';
import { textWidth, wrapText, type TextStyle } from '@/lib/site-outputs/card/card-text';
import { rasterize, type PathCommand } from '@/lib/site-outputs/card/coverage';
import { ogImage } from '@/lib/site-outputs/og-image';

/** A PNG's chunks, each checked against its CRC by the decoder below. */
function chunks(png: Buffer): Map<string, Buffer> {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const found = new Map<string, Buffer>();
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    found.set(type, found.has(type) ? Buffer.concat([found.get(type)!, data]) : data);
    at += 12 + length;
  }
  return found;
}

/** An 8-bit indexed PNG with unfiltered rows, decoded: the colour of pixel (x, y) as #rrggbb. */
function picture(png: Buffer): (x: number, y: number) => string {
  const parts = chunks(png);
  const width = parts.get('IHDR')!.readUInt32BE(0);
  const rows = inflateSync(parts.get('IDAT')!);
  const palette = parts.get('PLTE')!;
  return (x, y) => {
    const index = rows[y * (width + 1) + 1 + x]!;
    return `#${palette.subarray(index * 3, index * 3 + 3).toString('hex')}`;
  };
}

const square = (x: number, y: number, size: number): PathCommand[] => [
  { type: 'M', values: [x, y] },
  { type: 'L', values: [x + size, y] },
  { type: 'L', values: [x + size, y + size] },
  { type: 'L', values: [x, y + size] },
  { type: 'Z', values: [] },
];
const total = (alpha: Uint8Array) => alpha.reduce((sum, a) => sum + a, 0) / 255;

describe('rasterize', () => {
  it.each([
    ['a square on whole pixels', square(2, 3, 4), 16],
    ['a square on half pixels', square(2.5, 3.5, 4), 16],
    ['a triangle', [{ type: 'M', values: [0, 0] }, { type: 'L', values: [10, 0] }, { type: 'L', values: [0, 6] }, { type: 'Z', values: [] }], 30],
    ['a quadratic curve closed by its chord', [{ type: 'M', values: [0, 0] }, { type: 'Q', values: [5, 10, 10, 0] }, { type: 'Z', values: [] }], (2 / 3) * 10 * 5],
    ['an open contour (closed as fonts are)', [{ type: 'M', values: [0, 0] }, { type: 'L', values: [8, 0] }, { type: 'L', values: [8, 2] }, { type: 'L', values: [0, 2] }], 16],
  ])('covers the area of %s', (_, path, area) => {
    expect(total(rasterize(path, (x, y) => [x, y]).alpha)).toBeCloseTo(area, 0);
  });

  it('covers a pixel wholly inside a shape, a pixel half inside by half, and nothing outside', () => {
    const { left, top, width, alpha } = rasterize(square(2.5, 3, 4), (x, y) => [x, y]);
    const at = (x: number, y: number) => alpha[(y - top) * width + (x - left)];
    expect([at(4, 4), at(2, 4), at(6, 4), at(7, 4)]).toEqual([255, 128, 128, 0]);
  });

  it('draws a glyph the same wherever its point map puts it (font units, y up, to pixels)', () => {
    const a = rasterize(square(0, 0, 4), (x, y) => [10 + x, 20 - y]);
    const b = rasterize(square(0, 0, 4), (x, y) => [110 + x, 220 - y]);
    expect([b.left - a.left, b.top - a.top, b.alpha]).toEqual([100, 200, a.alpha]);
  });
});

describe('wrapText', () => {
  const body: TextStyle = { weight: 400, size: 28 };
  const text = 'Smugglers keep migrants in stash houses across Houston, and the cartels that run them also traffic drugs and weapons.';
  it.each([
    ['fits on one line', 'Tariffs and trade', 2000, 3, ['Tariffs and trade']],
    ['breaks at spaces, every line within the width', text, 400, 10, undefined],
    ['ends the last allowed line with an ellipsis', text, 400, 2, undefined],
    ['breaks a word longer than a line where it must', 'Supercalifragilisticexpialidocious', 120, 10, undefined],
  ])('%s', (_, words, width, maxLines, expected) => {
    const lines = wrapText(words, body, width, maxLines);
    if (expected) expect(lines).toEqual(expected);
    expect(lines.length).toBeLessThanOrEqual(maxLines);
    for (const line of lines) expect(textWidth(line, body)).toBeLessThanOrEqual(width);
    const clamped = lines.join(' ').replace(/\s+/g, ' ') !== words && lines.join('') !== words;
    expect(lines.at(-1)!.endsWith('…')).toBe(clamped);
  });

  it('keeps every word of a text that fits, in order', () => {
    expect(wrapText(text, body, 400, 10).join(' ')).toBe(text);
  });
});

describe('Canvas', () => {
  it('mixes an ink with the background by coverage, and cuts the background back into it', () => {
    const canvas = new Canvas(4, 1, '#000000', ['#ffffff']);
    canvas.paint([{ left: 0, top: 0, width: 4, height: 1, alpha: Uint8Array.from([255, 128, 0, 255]) }], '#ffffff');
    canvas.paint([{ left: 3, top: 0, width: 1, height: 1, alpha: Uint8Array.from([255]) }], '#000000');
    const pixel = picture(canvas.png());
    expect([0, 1, 2, 3].map((x) => pixel(x, 0))).toEqual(['#ffffff', '#828282', '#000000', '#000000']);
  });

  it('names a colour that is not one of its inks', () => {
    expect(() => new Canvas(1, 1, '#000000', ['#ffffff']).fill(0, 0, 1, 1, '#ff0000')).toThrow('#ff0000 is not one of the card\'s inks (#ffffff).');
  });
});

describe('ogImage', () => {
  const card = { kind: 'Perspectiva', title: 'Aranceles: la revisión del T-MEC', subtitle: 'Cámara de Comercio', excerpt: 'Más integración, menos fricción.' };

  it('draws a card as an opaque 1200×630 PNG with a palette (colour type 3): the background, then each ink mixed with it', () => {
    const png = ogImage(card, 'es');
    const header = chunks(png).get('IHDR')!;
    expect([header.readUInt32BE(0), header.readUInt32BE(4), header[8], header[9]]).toEqual([1200, 630, 8, 3]);
    expect(chunks(png).has('tRNS')).toBe(false);
    const pixel = picture(png);
    expect([pixel(0, 0), pixel(80, 120), pixel(600, 629)]).toEqual(['#08402f', '#ffffff', '#08402f']);
  });

  it('gives up lines of the summary rather than set it over the footer’s rule, when a long title leaves no room', () => {
    const pixel = picture(
      ogImage({ kind: 'Theme', title: 'Security, migration and the rule of law at the shared border', subtitle: 'The report describes how speakers linked security cooperation, migration enforcement, judicial reform and the rule of law to the future of trade between the two countries and beyond.' }, 'en'),
    );
    const rule = Array.from({ length: 630 }, (_, y) => y).find((y) => pixel(600, y) === '#0f6b4f')!;
    const row = Array.from({ length: 1056 }, (_, x) => pixel(72 + x, rule));
    expect(new Set(row)).toEqual(new Set(['#0f6b4f']));
  });

  it('draws the same card to the same bytes, and other words to other bytes (the card cache relies on both)', () => {
    expect(ogImage(card, 'es').equals(ogImage(card, 'es'))).toBe(true);
    expect(ogImage({ ...card, title: 'Aranceles' }, 'es').equals(ogImage(card, 'es'))).toBe(false);
  });
});
