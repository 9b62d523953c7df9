import { getPageEntries } from '../lib/pages';
import { ogImage } from '../lib/site-outputs/og-image';

/**
 * `npm run bench:cards`: how long one link-preview card takes to draw, in this process, on the real content.
 * Draws every page's card ROUNDS times and prints the median milliseconds per card, the first round's apart (it
 * draws each letter for the first time; later rounds reuse them, as a build's drawing process does), and the PNGs' sizes.
 */
const ROUNDS = Number(process.env.ROUNDS ?? 5);
const entries = getPageEntries();
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const perCard: number[] = [];
let bytes: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  const start = performance.now();
  bytes = entries.map(({ lang, card }) => ogImage(card, lang).length);
  perCard.push((performance.now() - start) / entries.length);
}
console.log(
  `${entries.length} cards × ${ROUNDS} rounds: median ${median(perCard.slice(1)).toFixed(2)} ms per card ` +
    `(first round ${perCard[0]!.toFixed(2)} ms); PNG median ${(median(bytes) / 1024).toFixed(1)} KB, ` +
    `${(Math.min(...bytes) / 1024).toFixed(1)}–${(Math.max(...bytes) / 1024).toFixed(1)} KB.`,
);
