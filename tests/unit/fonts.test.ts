import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fromFile } from '@capsizecss/unpack/fs';
import { describe, expect, it } from 'vitest';
import { fontPreloadUrls, withFontPreloads } from '@/lib/site-outputs/font-preloads';
import { CORE_CHARACTERS, FACES, SUBSETS, type Subset, coreWoff2, fallbackOverrides, fromUnicodeRange, fontFacesCss, toUnicodeRange, woff2Path } from '../../scripts/font-faces';

const appDir = path.resolve(import.meta.dirname, '../../app');

describe('app/fonts.css', () => {
  it('is what `npm run fonts` writes (regenerate it after changing scripts/font-faces.ts or a font package)', async () => {
    expect(readFileSync(path.join(appDir, 'fonts.css'), 'utf8')).toBe(await fontFacesCss(appDir));
  });

  it.each(FACES.flatMap((face) => (Object.keys(SUBSETS) as Subset[]).map((subset) => [face.family, subset, woff2Path(face, subset)])))(
    '%s: the %s woff2 it names exists',
    (_family, _subset, file) => {
      expect(existsSync(path.join(appDir, file))).toBe(true);
    },
  );

  it.each(FACES.map((face) => [face.family, face] as const))('%s: the core file is what `npm run fonts` cuts from the package', async (_family, face) => {
    expect(readFileSync(path.join(appDir, woff2Path(face, 'core'))).equals(await coreWoff2(face, appDir))).toBe(true);
  });

  it('gives every character one file: the core and the rest of the package’s Latin file do not overlap', () => {
    const core = fromUnicodeRange(SUBSETS.core);
    expect(core).toContain('ñ'.codePointAt(0));
    expect(core).toContain('¿'.codePointAt(0));
    expect(fromUnicodeRange(SUBSETS.latin).filter((point) => core.includes(point))).toEqual([]);
    expect(SUBSETS.core).toBe(toUnicodeRange([...new Set([...CORE_CHARACTERS].map((char) => char.codePointAt(0)!))].sort((a, b) => a - b)));
  });

  it.each([
    [[0x41], 'U+0041'],
    [[0x41, 0x42, 0x43, 0x45], 'U+0041-0043,U+0045'],
    [[0x2013, 0x2014, 0x20ac], 'U+2013-2014,U+20AC'],
  ])('writes %j as the range %s', (points, range) => {
    expect(toUnicodeRange(points)).toBe(range);
  });

  it.each(FACES.map((face) => [face.family, face] as const))(
    '%s: the scaled fallback is exactly as tall as the face (same line box, no shift on swap)',
    async (_family, face) => {
      const metrics = await fromFile(path.join(appDir, woff2Path(face, 'latin')));
      const overrides = await fallbackOverrides(face, appDir);
      const percent = (key: string) => Number.parseFloat(overrides[key] ?? 'NaN') / 100;
      const sizeAdjust = percent('size-adjust');
      // Overrides are in units of the adjusted em: times size-adjust they give the face's own metrics.
      expect(percent('ascent-override') * sizeAdjust).toBeCloseTo(metrics.ascent / metrics.unitsPerEm, 3);
      expect(percent('descent-override') * sizeAdjust).toBeCloseTo(Math.abs(metrics.descent) / metrics.unitsPerEm, 3);
      // Its average letter is as wide as the face's.
      expect(sizeAdjust * (face.fallback.metrics.xWidthAvg / face.fallback.metrics.unitsPerEm)).toBeCloseTo(metrics.xWidthAvg / metrics.unitsPerEm, 2);
    },
  );
});

describe('font preloads', () => {
  const sans = 'source-sans-3-core-wght-normal.abc_12-3.woff2';
  const serif = 'fraunces-core-wght-normal.x9y8.woff2';
  const expected = [`/_next/static/media/${sans}`, `/_next/static/media/${serif}`];

  it.each([
    ['relative to the CSS chunk', `src:url(../media/${sans}) format("woff2");src:url(../media/${serif})`],
    ['absolute', `url(/_next/static/media/${serif}) url(/_next/static/media/${sans})`],
    ['beside the package’s files', `url(../media/fraunces-latin-ext-wght-normal.q.woff2) url(../media/fraunces-latin-wght-normal.r.woff2) url(../media/${serif}) url(../media/${sans})`],
    ['named twice', `url(../media/${sans}) url(../media/${sans}) url(../media/${serif})`],
  ])('finds each face’s core file in CSS %s', (_case, css) => {
    expect(fontPreloadUrls(css)).toEqual(expected);
  });

  it.each([
    ['a face missing', `url(../media/${sans})`],
    ['only the package’s files', 'url(../media/source-sans-3-latin-wght-normal.a.woff2) url(../media/fraunces-latin-ext-wght-normal.b.woff2)'],
    ['two builds of one face', `url(../media/${sans}) url(../media/source-sans-3-core-wght-normal.other.woff2) url(../media/${serif})`],
  ])('refuses CSS with %s (a renamed font must not silently lose its preload)', (_case, css) => {
    expect(() => fontPreloadUrls(css)).toThrow(/Expected one core woff2 file/);
  });

  it('puts the links right after the stylesheet, as fonts with crossorigin (or the browser fetches them twice)', () => {
    const css = '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>';
    const html = withFontPreloads(`<!DOCTYPE html><html><head><meta charSet="utf-8"/><meta name="viewport" content="x"/>${css}<script src="/a.js"></script></head><body></body></html>`, expected);
    expect(html).toBe(
      `<!DOCTYPE html><html><head><meta charSet="utf-8"/><meta name="viewport" content="x"/>${css}<link rel="preload" href="${expected[0]}" as="font" type="font/woff2" crossorigin=""/>` +
        `<link rel="preload" href="${expected[1]}" as="font" type="font/woff2" crossorigin=""/><script src="/a.js"></script></head><body></body></html>`,
    );
  });

  it('puts them first in <head>, after the charset, on a page without a stylesheet', () => {
    const html = withFontPreloads('<!DOCTYPE html><html><head><meta charSet="utf-8"/></head><body></body></html>', expected);
    expect(html).toBe(
      `<!DOCTYPE html><html><head><meta charSet="utf-8"/><link rel="preload" href="${expected[0]}" as="font" type="font/woff2" crossorigin=""/>` +
        `<link rel="preload" href="${expected[1]}" as="font" type="font/woff2" crossorigin=""/></head><body></body></html>`,
    );
  });

  it('refuses a page without <head>', () => {
    expect(() => withFontPreloads('<p>fragment</p>', expected)).toThrow('Page has no <head>');
  });
});
