import { processInput } from './in-processes';
import { cardFile, openCardCache, type CardJob } from './og-cache';

/** A card-drawing process of the build (scripts/og-images.ts): draws its share of the new cards into the cache. */
const { jobs, shared: version } = processInput<CardJob, string>();
const cache = openCardCache(version);
for (const job of jobs) await cardFile(cache, job);
