import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Rendered link-preview cards, kept between builds under the hash of
 * everything that draws them (the renderer's own version and the card's
 * words), so a rebuild renders only the cards whose words changed.
 */
export function cardCache(dir: string, rendererVersion: string) {
  mkdirSync(dir, { recursive: true });
  let rendered = 0;
  const cached = (card: unknown) => path.join(dir, `${createHash('sha256').update(rendererVersion).update('\0').update(JSON.stringify(card)).digest('hex').slice(0, 32)}.png`);
  return {
    /** Where this card's PNG is kept, drawn or not. */
    path: cached,
    /** Whether a build has drawn this card already. */
    has: (card: unknown) => existsSync(cached(card)),
    /** The cached PNG for this card, rendered first if no build has drawn it yet. */
    async file(card: unknown, render: () => Uint8Array | Promise<Uint8Array>): Promise<string> {
      const file = cached(card);
      if (!existsSync(file)) {
        // Written whole, then renamed: an interrupted build never leaves a truncated card behind.
        writeFileSync(`${file}.tmp`, await render());
        renameSync(`${file}.tmp`, file);
        rendered += 1;
      }
      return file;
    },
    /** How many cards this build had to render. */
    get rendered() {
      return rendered;
    },
  };
}
