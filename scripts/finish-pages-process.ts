import { finishPage } from './finish-pages';
import { processInput } from './in-processes';

/** A page-finishing process of the build (scripts/finish-pages.ts): its share of the pages. */
const { jobs, shared: fonts } = processInput<string, string[]>();
for (const file of jobs) finishPage(file, fonts);
