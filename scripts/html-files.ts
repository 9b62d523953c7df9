import { siteFiles } from '../lib/site-outputs/site-files';

/** Every .html file under `dir`, recursively. */
export const htmlFiles = (dir: string): string[] => siteFiles(dir, (name) => name.endsWith('.html'));
