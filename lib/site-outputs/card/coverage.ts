/** A path as HarfBuzz draws a glyph: M, L, Q, C and Z commands with their points. */
export interface PathCommand {
  type: string;
  values: number[];
}

/** How much of each pixel a shape covers (0–255), in a box whose top-left corner is (left, top) on the card. */
export interface Coverage {
  left: number;
  top: number;
  width: number;
  height: number;
  alpha: Uint8Array;
}

/** Where a path's point lands on the card, in pixels (a glyph's font units are scaled, moved and turned y-down). */
export type PointMap = (x: number, y: number) => readonly [number, number];

// Curves are cut into straight segments that stray at most this far (px) from the curve: well below what antialiasing shows.
const TOLERANCE = 0.05;

/**
 * The exact area of each pixel a closed path covers (non-zero winding, as fonts are drawn), so glyphs are
 * antialiased as a browser draws them. Each edge adds the signed area it sweeps to an accumulation row;
 * a running sum along the row then gives each pixel's coverage.
 */
export function rasterize(commands: readonly PathCommand[], map: PointMap): Coverage {
  const points = commands.map(({ type, values }) => ({ type, values: pairs(values).map(([x, y]) => map(x, y)) }));
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const { values } of points)
    for (const [x, y] of values) {
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
    }
  if (minX > maxX) return { left: 0, top: 0, width: 0, height: 0, alpha: new Uint8Array(0) };
  const left = Math.floor(minX);
  const top = Math.floor(minY);
  // Two spare columns: an edge at the right bound still adds the area it leaves to the pixel after it.
  const width = Math.ceil(maxX) - left + 2;
  const height = Math.ceil(maxY) - top;
  const acc = new Float32Array(width * height);
  const edge = (x0: number, y0: number, x1: number, y1: number) => accumulate(acc, width, x0 - left, y0 - top, x1 - left, y1 - top);

  let start: readonly [number, number] = [0, 0];
  let pen = start;
  const lineTo = (to: readonly [number, number]) => {
    edge(pen[0], pen[1], to[0], to[1]);
    pen = to;
  };
  for (const { type, values } of points) {
    if (type === 'M') {
      if (pen !== start) lineTo(start);
      start = pen = values[0]!;
    } else if (type === 'L') lineTo(values[0]!);
    else if (type === 'Q' || type === 'C') flatten(pen, values, lineTo);
    else if (type === 'Z') lineTo(start);
  }
  if (pen !== start) lineTo(start);

  const alpha = new Uint8Array(width * height);
  for (let row = 0; row < height; row++) {
    let sum = 0;
    for (let i = row * width; i < (row + 1) * width; i++) {
      sum += acc[i]!;
      alpha[i] = Math.round(Math.min(1, Math.abs(sum)) * 255);
    }
  }
  return { left, top, width, height, alpha };
}

function pairs(values: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i + 1 < values.length; i += 2) out.push([values[i]!, values[i + 1]!]);
  return out;
}

/** A quadratic (one control point) or cubic (two) Bézier from the pen, as straight segments within TOLERANCE. */
function flatten(from: readonly [number, number], controls: readonly (readonly [number, number])[], lineTo: (to: readonly [number, number]) => void): void {
  const p = [from, ...controls];
  // The chord of a step h strays at most |B''|·h²/8 from the curve; |B''| is bounded by the control polygon's bends.
  let bend = 0;
  for (let i = 0; i + 2 < p.length; i++) bend = Math.max(bend, Math.hypot(p[i]![0] - 2 * p[i + 1]![0] + p[i + 2]![0], p[i]![1] - 2 * p[i + 1]![1] + p[i + 2]![1]));
  const degree = p.length - 1;
  const steps = Math.max(1, Math.ceil(Math.sqrt((degree * (degree - 1) * bend) / (8 * TOLERANCE))));
  for (let step = 1; step <= steps; step++) {
    const t = step / steps;
    const u = 1 - t;
    const weights = degree === 2 ? [u * u, 2 * u * t, t * t] : [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t];
    let x = 0;
    let y = 0;
    weights.forEach((w, i) => {
      x += w * p[i]![0];
      y += w * p[i]![1];
    });
    lineTo([x, y]);
  }
}

/** Adds one straight edge's signed area to the rows it crosses (downward edges add, upward ones subtract). */
function accumulate(acc: Float32Array, width: number, x0: number, y0: number, x1: number, y1: number): void {
  if (y0 === y1) return;
  const dir = y0 < y1 ? 1 : -1;
  if (dir < 0) [x0, y0, x1, y1] = [x1, y1, x0, y0];
  const dxdy = (x1 - x0) / (y1 - y0);
  let x = x0;
  // Every point lies inside the box (rasterize sized it so): no clipping.
  for (let row = Math.floor(y0); row < Math.ceil(y1); row++) {
    const rowStart = row * width;
    const dy = Math.min(row + 1, y1) - Math.max(row, y0);
    const xNext = x + dxdy * dy;
    const d = dy * dir;
    const [a, b] = x < xNext ? [x, xNext] : [xNext, x];
    const aFloor = Math.floor(a);
    const bCell = Math.ceil(b);
    if (bCell <= aFloor + 1) {
      // Within one pixel: the part right of the edge's mean x is covered in this pixel, the rest carries on.
      const mid = 0.5 * (x + xNext) - aFloor;
      acc[rowStart + aFloor] = acc[rowStart + aFloor]! + d - d * mid;
      acc[rowStart + aFloor + 1] = acc[rowStart + aFloor + 1]! + d * mid;
    } else {
      // Across several pixels: a triangle in the first, a trapezoid in each middle one, the remainder in the last.
      const s = 1 / (b - a);
      const aFrac = a - aFloor;
      const first = 0.5 * s * (1 - aFrac) ** 2;
      const bFrac = b - bCell + 1;
      const last = 0.5 * s * bFrac ** 2;
      acc[rowStart + aFloor] = acc[rowStart + aFloor]! + d * first;
      if (bCell === aFloor + 2) acc[rowStart + aFloor + 1] = acc[rowStart + aFloor + 1]! + d * (1 - first - last);
      else {
        const second = s * (1.5 - aFrac);
        acc[rowStart + aFloor + 1] = acc[rowStart + aFloor + 1]! + d * (second - first);
        for (let cell = aFloor + 2; cell < bCell - 1; cell++) acc[rowStart + cell] = acc[rowStart + cell]! + d * s;
        const before = second + (bCell - aFloor - 3) * s;
        acc[rowStart + bCell - 1] = acc[rowStart + bCell - 1]! + d * (1 - before - last);
      }
      acc[rowStart + bCell] = acc[rowStart + bCell]! + d * last;
    }
    x = xNext;
  }
}
