import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as hb from 'harfbuzzjs';
import { rasterize, type Coverage } from './coverage';

/** The card's two faces of Geist: regular and bold. */
export type Weight = 400 | 700;

/** How the card sets a run of text: the face and the size (px). */
export interface TextStyle {
  weight: Weight;
  size: number;
}

/** One glyph of a shaped line: its id in the font and its pen position (px) from the line's start. */
interface PlacedGlyph {
  id: number;
  x: number;
  y: number;
}

interface Face {
  font: hb.Font;
  /** Font units per em. */
  upem: number;
  /** Above and below the baseline, in ems: the line box of `line-height: normal`. */
  ascender: number;
  descender: number;
}

const faces = new Map<Weight, Face>();
/** Geist's TTFs from the geist package (the site's own font), read on the first card that needs each. */
function face(weight: Weight): Face {
  let found = faces.get(weight);
  if (!found) {
    const dir = path.join(path.dirname(createRequire(import.meta.url).resolve('geist/font/sans')), 'fonts/geist-sans');
    const hbFace = new hb.Face(new hb.Blob(readFileSync(path.join(dir, weight === 700 ? 'Geist-Bold.ttf' : 'Geist-Regular.ttf'))));
    const font = new hb.Font(hbFace);
    const { ascender, descender } = font.hExtents();
    found = { font, upem: hbFace.upem, ascender: ascender / hbFace.upem, descender: -descender / hbFace.upem };
    faces.set(weight, found);
  }
  return found;
}

/** The height of a line at `line-height: normal` (the font's ascender to descender), in ems. */
export const normalLineHeight = (weight: Weight): number => face(weight).ascender + face(weight).descender;

/** How far below a line box's top its baseline lies (px), half the leading above the glyphs as CSS sets it. */
export function baselineOffset({ weight, size }: TextStyle, lineHeight: number): number {
  const { ascender, descender } = face(weight);
  return (lineHeight - (ascender + descender) * size) / 2 + ascender * size;
}

const buffer = new hb.Buffer();
/** Shapes text as a browser would (kerning, ligatures), with each glyph's position and its UTF-16 cluster. */
function shape(text: string, { weight, size }: TextStyle): { glyphs: (PlacedGlyph & { cluster: number; advance: number })[]; width: number } {
  const { font, upem } = face(weight);
  buffer.reset();
  buffer.addText(text);
  buffer.guessSegmentProperties();
  hb.shape(font, buffer);
  const scale = size / upem;
  let pen = 0;
  const glyphs = buffer.getGlyphInfosAndPositions().map(({ codepoint, cluster, xAdvance = 0, xOffset = 0, yOffset = 0 }) => {
    const glyph = { id: codepoint, cluster, x: pen + xOffset * scale, y: -yOffset * scale, advance: xAdvance * scale };
    pen += glyph.advance;
    return glyph;
  });
  return { glyphs, width: pen };
}

/** A line's width (px) as set. */
export const textWidth = (text: string, style: TextStyle): number => shape(text, style).width;

/**
 * The text broken into lines no wider than `width` at its spaces (a word longer than a line breaks where it
 * must), at most `maxLines` of them: when more would follow, the last line ends in an ellipsis, as CSS
 * line-clamp ends it.
 */
export function wrapText(text: string, style: TextStyle, width: number, maxLines: number): string[] {
  const { glyphs } = shape(text, style);
  // The width of text[start, end): glyphs belong to the UTF-16 offset of their cluster.
  const before = new Float64Array(text.length + 1);
  for (const glyph of glyphs) before[glyph.cluster + 1] = before[glyph.cluster + 1]! + glyph.advance;
  for (let i = 1; i <= text.length; i++) before[i] = before[i]! + before[i - 1]!;
  const span = (start: number, end: number) => before[end]! - before[start]!;

  const lines: string[] = [];
  let start = 0;
  while (start < text.length && lines.length <= maxLines) {
    let end = start;
    // Take whole words while they fit…
    for (let space = text.indexOf(' ', start + 1); ; space = text.indexOf(' ', space + 1)) {
      const stop = space < 0 ? text.length : space;
      if (span(start, stop) > width) break;
      end = stop;
      if (space < 0) break;
    }
    // …or as much of a too-long word as fits (at least one character, so the text always advances).
    if (end === start) for (end = start + 1; end < text.length && span(start, end + 1) <= width; end++);
    lines.push(text.slice(start, end));
    start = end;
    while (text[start] === ' ') start++;
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = withEllipsis(kept[maxLines - 1]!, style, width);
  return kept;
}

/** The line cut at a word (or, for one word, a character) so that it fits with an ellipsis after it. */
function withEllipsis(line: string, style: TextStyle, width: number): string {
  let head = line;
  for (;;) {
    const candidate = `${head.replace(/[\s,;:.–—-]+$/, '')}…`;
    if (head.length <= 1 || textWidth(candidate, style) <= width) return candidate;
    const space = head.lastIndexOf(' ');
    head = space > 0 ? head.slice(0, space) : head.slice(0, -1);
  }
}

/** Each glyph's coverage at each size and quarter-pixel offset, drawn once per process: cards share their letters. */
const glyphCoverage = new Map<string, Coverage>();
// Pen positions are kept to a quarter of a pixel: spacing stays even without a bitmap for every position.
const SUBPIXEL = 4;

/** The line's glyphs as coverage boxes on the card, its first pen position at (x, baseline). */
export function setLine(text: string, style: TextStyle, x: number, baseline: number): Coverage[] {
  const { font, upem } = face(style.weight);
  const scale = style.size / upem;
  return shape(text, style).glyphs.map((glyph) => {
    const penX = x + glyph.x;
    const whole = Math.floor(penX);
    const sub = Math.floor((penX - whole) * SUBPIXEL);
    const top = Math.round(baseline + glyph.y);
    const key = `${style.weight}/${style.size}/${glyph.id}/${sub}`;
    let coverage = glyphCoverage.get(key);
    if (!coverage) {
      coverage = rasterize(font.glyphToJson(glyph.id), (gx, gy) => [sub / SUBPIXEL + gx * scale, -gy * scale]);
      glyphCoverage.set(key, coverage);
    }
    return { ...coverage, left: coverage.left + whole, top: coverage.top + top };
  });
}
