import { getPageEntries } from '../lib/pages';
import { cardFile, openCardCache } from './og-cache';

/**
 * The build's card-drawing process (scripts/og-images.ts): draws every page's card the cache lacks, then prints
 * how many it drew. The renderer's version comes from the build, so both use the same cache keys.
 */
const cache = openCardCache(process.argv[2]!);
let drawn = 0;
for (const { lang, card } of getPageEntries()) {
  if (cache.has([lang, card])) continue;
  await cardFile(cache, { lang, card });
  drawn += 1;
}
console.log(drawn);
