import type { Coverage } from './coverage';
import { indexedPng } from './png';

/** A colour as #rrggbb. */
export type Hex = `#${string}`;

const rgb = (hex: Hex): number[] => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));

// Each ink is mixed with the background in this many steps: finer than antialiasing shows, and four inks fit in
// PNG's 256-colour palette with the background.
const LEVELS = 63;
/** The ink step that a coverage of 0–255 gives over bare background. */
const STEPS = Uint8Array.from({ length: 256 }, (_, a) => Math.round((a * LEVELS) / 255));

/**
 * An opaque picture the card is painted on, kept as an indexed PNG is: every pixel is the background or one
 * ink mixed with it at one of LEVELS steps. One byte a pixel (not three) is what makes a card cheap to paint,
 * copy and compress; a card's few colours on one background lose nothing visible to it.
 */
export class Canvas {
  private readonly inks: Hex[];
  private readonly rows: Uint8Array;
  private readonly stride: number;

  constructor(
    readonly width: number,
    readonly height: number,
    private readonly background: Hex,
    inks: readonly Hex[],
  ) {
    if (inks.length * LEVELS + 1 > 256) throw new Error(`A card has room for ${Math.floor(255 / LEVELS)} inks, not ${inks.length}.`);
    this.inks = [...inks];
    // Each row starts with PNG's filter byte (0: none), so the rows are the image data as PNG compresses it.
    this.stride = width + 1;
    this.rows = new Uint8Array(this.stride * height);
  }

  private ink(colour: Hex): number {
    const ink = this.inks.indexOf(colour);
    if (ink < 0) throw new Error(`${colour} is not one of the card's inks (${this.inks.join(', ')}).`);
    return ink;
  }

  /** A solid rectangle in an ink, its edges on whole pixels. */
  fill(x: number, y: number, width: number, height: number, colour: Hex): void {
    const full = this.ink(colour) * LEVELS + LEVELS;
    const [left, right] = [Math.max(0, Math.round(x)), Math.min(this.width, Math.round(x + width))];
    for (let row = Math.max(0, Math.round(y)); row < Math.min(this.height, Math.round(y + height)); row++) this.rows.fill(full, row * this.stride + 1 + left, row * this.stride + 1 + right);
  }

  /**
   * Shapes in one colour (an ink, or the background to cut into one), each pixel mixed with what is under it by
   * how much the shape covers it. Two inks never meet on a card; were they to, the newer would take the pixel.
   */
  paint(shapes: readonly Coverage[], colour: Hex): void {
    const erase = colour === this.background;
    const base = erase ? 0 : this.ink(colour) * LEVELS;
    const { rows, stride } = this;
    for (const { left, top, width, height, alpha } of shapes) {
      // The part of the shape on the card.
      const [firstRow, endRow] = [Math.max(0, -top), Math.min(height, this.height - top)];
      const [firstCol, endCol] = [Math.max(0, -left), Math.min(width, this.width - left)];
      for (let row = firstRow; row < endRow; row++) {
        const from = row * width;
        const to = (top + row) * stride + 1 + left;
        for (let col = firstCol; col < endCol; col++) {
          const a = alpha[from + col]!;
          if (a === 0) continue;
          const i = to + col;
          const under = rows[i]!;
          // Most pixels a glyph covers are bare background: one look-up.
          if (under === 0) {
            if (!erase && STEPS[a]! > 0) rows[i] = base + STEPS[a]!;
            continue;
          }
          // How much ink the pixel holds now, 1 to LEVELS.
          const level = ((under - 1) % LEVELS) + 1;
          const step = Math.round(erase ? (level * (255 - a)) / 255 : level + ((LEVELS - level) * a) / 255);
          rows[i] = step === 0 ? 0 : erase ? under - level + step : base + step;
        }
      }
    }
  }

  /** The picture as an 8-bit indexed PNG: the background, then each ink's steps. */
  png(): Buffer {
    const [r, g, b] = rgb(this.background) as [number, number, number];
    const palette = [r, g, b];
    for (const ink of this.inks) {
      const colour = rgb(ink);
      for (let step = 1; step <= LEVELS; step++) palette.push(...colour.map((c, i) => Math.round([r, g, b][i]! + ((c - [r, g, b][i]!) * step) / LEVELS)));
    }
    return indexedPng(this.width, this.height, Uint8Array.from(palette), this.rows);
  }
}
