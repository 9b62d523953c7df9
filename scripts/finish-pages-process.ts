import { finishFile } from './finish-pages';
import { processInput } from './in-processes';

/** A finishing process of the build (scripts/finish-pages.ts): its share of the pages and payloads. */
const { jobs, shared: fonts } = processInput<string, string[]>();
for (const file of jobs) finishFile(file, fonts);
