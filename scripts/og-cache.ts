import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Lang } from '../lib/i18n/locales';
import { cardCache } from '../lib/site-outputs/card-cache';
import { ogImage, type OgCard } from '../lib/site-outputs/og-image';

/** Cards kept between builds (git-ignored with node_modules; INSIGHTS_OG_CACHE moves it). */
const CACHE = path.resolve(process.env.INSIGHTS_OG_CACHE ?? 'node_modules/.cache/insights-og');

// The renderer's code and the versions of what it draws with: a new design, font or library re-renders every card.
const version = (pkg: string) => (JSON.parse(readFileSync(path.resolve('node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
export const rendererVersion = (): string => [readFileSync(path.resolve('lib/site-outputs/og-image.tsx'), 'utf8'), ...['satori', 'sharp', 'geist'].map(version)].join('\0');

/** One card to draw: its words, in its page's language. */
export interface CardJob {
  lang: Lang;
  card: OgCard;
}

/**
 * The build's card cache. The build reads the renderer's version once and hands it to the processes that draw for
 * it, so an edit to the renderer during a build cannot give them other cache keys than the build's.
 */
export const openCardCache = (version: string) => cardCache(CACHE, version);

/** The cached PNG of a card, drawn first if no build has. */
export const cardFile = (cache: ReturnType<typeof openCardCache>, { lang, card }: CardJob): Promise<string> =>
  cache.file([lang, card], () => ogImage(card, lang));
