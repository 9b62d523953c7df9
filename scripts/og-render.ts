import { processInput } from './in-processes';
import { cardFile, openCardCache, type CardJob } from './og-cache';

/** A card-drawing process of the build (scripts/og-images.ts): draws its share of the new cards into the cache. */
const cache = openCardCache();
for (const job of processInput<CardJob, null>().jobs) await cardFile(cache, job);
