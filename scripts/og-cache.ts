import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { cardCache } from '../lib/site-outputs/card-cache';

/** Cards kept between builds (git-ignored with node_modules; INSIGHTS_OG_CACHE moves it). */
const CACHE = path.resolve(process.env.INSIGHTS_OG_CACHE ?? 'node_modules/.cache/insights-og');

// The renderer's code and the versions of what it draws with, as one hash: a new design, font or shaper re-renders every card.
// Found beside this script, not the working directory: a build of another content tree draws with the same renderer.
const repo = path.resolve(import.meta.dirname, '..');
const version = (pkg: string) => (JSON.parse(readFileSync(path.join(repo, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
export function rendererVersion(): string {
  const dir = path.join(repo, 'lib/site-outputs');
  const files = ['og-image.ts', ...readdirSync(path.join(dir, 'card')).sort().map((file) => `card/${file}`)];
  const hash = createHash('sha256');
  for (const part of [...files.map((file) => readFileSync(path.join(dir, file), 'utf8')), ...['harfbuzzjs', 'geist'].map(version)]) hash.update(part).update('\0');
  return hash.digest('hex');
}

/**
 * The build's card cache. The build reads the renderer's version once and hands it to the processes that draw for
 * it, so an edit to the renderer during a build cannot give them other cache keys than the build's.
 */
export const openCardCache = (version: string) => cardCache(CACHE, version);
