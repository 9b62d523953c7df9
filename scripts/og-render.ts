import { readFileSync } from 'node:fs';
import { cardFile, openCardCache, type CardJob } from './og-cache';

/** A card-drawing process of the build (scripts/og-images.ts): draws the cards listed in the JSON file it is given into the cache. */
const jobs = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as CardJob[];
const cache = openCardCache();
for (const job of jobs) await cardFile(cache, job);
