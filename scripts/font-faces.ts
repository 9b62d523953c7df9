import { createFontStack, type FontMetrics } from '@capsizecss/core';
import arial from '@capsizecss/metrics/arial';
import timesNewRoman from '@capsizecss/metrics/timesNewRoman';
import { fromFile } from '@capsizecss/unpack/fs';
import { readFileSync } from 'node:fs';
import subsetFont from 'subset-font';

/**
 * The site's two typefaces as @font-face rules (app/fonts.css): self-hosted
 * variable woff2 from @fontsource-variable, cut three ways by unicode-range so
 * a page fetches only what its text needs: a core file made here (the
 * characters English and Spanish text use: the one preloaded, a third smaller
 * than the package's Latin file), the rest of the package's Latin file, and
 * its Latin Extended file. Each face gets a fallback built from a local system
 * font whose metrics are overridden to match the web font, measured from the
 * woff2 itself, so the swap moves nothing (CLS 0).
 */
export interface Face {
  family: string;
  /** Folder of the npm package's files, relative to app/. */
  dir: string;
  /** File name stem: `${stem}-<subset>-wght-normal.woff2`. */
  stem: string;
  weights: string;
  fallback: { metrics: FontMetrics; locals: readonly string[] };
}

export const FACES: readonly Face[] = [
  {
    family: 'Source Sans 3 Variable',
    dir: '../node_modules/@fontsource-variable/source-sans-3/files',
    stem: 'source-sans-3',
    weights: '200 900',
    // Liberation Sans has Arial's metrics, so one set of overrides fits both.
    fallback: { metrics: arial, locals: ['Arial', 'ArialMT', 'Liberation Sans'] },
  },
  {
    family: 'Fraunces Variable',
    dir: '../node_modules/@fontsource-variable/fraunces/files',
    stem: 'fraunces',
    weights: '100 900',
    // Liberation Serif has Times New Roman's metrics.
    fallback: { metrics: timesNewRoman, locals: ['Times New Roman', 'TimesNewRomanPSMT', 'Liberation Serif'] },
  },
];

/**
 * The characters of the core file: printable ASCII, Spanish letters and
 * marks, and the typographic punctuation and symbols the site sets. Fixed
 * rather than read from content, so new text never needs a new file: any
 * other character comes from the package's files.
 */
export const CORE_CHARACTERS = `${String.fromCharCode(...Array.from({ length: 0x5f }, (_, i) => 0x20 + i))}\u00a0áéíóúüñÁÉÍÓÚÜÑ¡¿«»–—‘’“”…•·×→←↑↓€`;

const codePoints = (text: string) => [...new Set([...text].map((char) => char.codePointAt(0)!))].sort((a, b) => a - b);

/** `U+XXXX` / `U+XXXX-YYYY` ranges, as unicode-range writes them. */
export function toUnicodeRange(points: readonly number[]): string {
  const hex = (point: number) => point.toString(16).toUpperCase().padStart(4, '0');
  const ranges: string[] = [];
  for (let i = 0; i < points.length; ) {
    let j = i;
    while (j + 1 < points.length && points[j + 1] === points[j]! + 1) j += 1;
    ranges.push(i === j ? `U+${hex(points[i]!)}` : `U+${hex(points[i]!)}-${hex(points[j]!)}`);
    i = j + 1;
  }
  return ranges.join(',');
}

/** The code points a unicode-range names. */
export function fromUnicodeRange(range: string): number[] {
  return range.split(',').flatMap((part) => {
    const [from = 0, to = from] = part.replace('U+', '').split('-').map((value) => Number.parseInt(value, 16));
    return Array.from({ length: to - from + 1 }, (_, i) => from + i);
  });
}

// fontsource's own ranges for its two files.
const FONTSOURCE_LATIN =
  'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
const core = new Set(codePoints(CORE_CHARACTERS));

/** Each file's unicode-range; the package's Latin file minus the core, so no character has two sources. */
export const SUBSETS = {
  core: toUnicodeRange([...core]),
  latin: toUnicodeRange(fromUnicodeRange(FONTSOURCE_LATIN).filter((point) => !core.has(point))),
  'latin-ext':
    'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF',
} as const;

export const fallbackFamily = (face: Face) => `${face.family} Fallback`;
export type Subset = keyof typeof SUBSETS;

/** The core files are made by `npm run fonts` into app/fonts/; the others are the package's. */
export const woff2Path = (face: Face, subset: Subset) => `${subset === 'core' ? './fonts' : face.dir}/${face.stem}-${subset}-wght-normal.woff2`;

/** The core file of a face, cut from the package's Latin file with every variation axis kept. */
export async function coreWoff2(face: Face, appDir: string): Promise<Buffer> {
  return subsetFont(readFileSync(`${appDir}/${woff2Path(face, 'latin')}`), CORE_CHARACTERS, { targetFormat: 'woff2' });
}

/** The overrides that make the fallback occupy the same space as the face (capsize's formula). */
export async function fallbackOverrides(face: Face, appDir: string): Promise<Record<string, string>> {
  const metrics = await fromFile(`${appDir}/${woff2Path(face, 'latin')}`);
  const { fontFaces } = createFontStack([{ ...metrics, familyName: face.family }, face.fallback.metrics]);
  return Object.fromEntries([...fontFaces.matchAll(/([a-z-]+-override|size-adjust): ([\d.]+%)/g)].map(([, key = '', value = '']) => [key, value]));
}

export async function fontFacesCss(appDir: string): Promise<string> {
  const rules: string[] = [];
  for (const face of FACES) {
    for (const subset of Object.keys(SUBSETS) as Subset[]) {
      rules.push(
        `@font-face {\n  font-family: '${face.family}';\n  font-style: normal;\n  font-display: swap;\n  font-weight: ${face.weights};\n` +
          `  src: url('${woff2Path(face, subset)}') format('woff2-variations');\n  unicode-range: ${SUBSETS[subset]};\n}`,
      );
    }
    const overrides = await fallbackOverrides(face, appDir);
    const src = face.fallback.locals.map((name) => `local('${name}')`).join(', ');
    const descriptors = Object.entries(overrides).map(([key, value]) => `  ${key}: ${value};`);
    rules.push(`@font-face {\n  font-family: '${fallbackFamily(face)}';\n  src: ${src};\n${descriptors.join('\n')}\n}`);
  }
  return `/* Generated by \`npm run fonts\` (scripts/write-fonts-css.ts); do not edit. */\n\n${rules.join('\n\n')}\n`;
}
