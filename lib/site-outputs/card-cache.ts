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
  return {
    /** The cached PNG for this card, rendered first if no build has drawn it yet. */
    async file(card: unknown, render: () => Promise<ArrayBuffer>): Promise<string> {
      const key = createHash('sha256').update(rendererVersion).update('\0').update(JSON.stringify(card)).digest('hex').slice(0, 32);
      const file = path.join(dir, `${key}.png`);
      if (!existsSync(file)) {
        // Written whole, then renamed: an interrupted build never leaves a truncated card behind.
        writeFileSync(`${file}.tmp`, Buffer.from(await render()));
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
