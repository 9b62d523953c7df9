import { getPageEntries } from '../lib/pages';
import { ogImage } from '../lib/site-outputs/og-image';
import { openCardCache } from './og-cache';

/**
 * The build's card-drawing process (scripts/og-images.ts): draws every page's card the cache lacks, then prints
 * how many it drew. The renderer's version comes from the build, so both use the same cache keys.
 */
const cache = openCardCache(process.argv[2]!);
for (const { lang, card } of getPageEntries()) await cache.file([lang, card], () => ogImage(card, lang));
console.log(cache.rendered);
