import { siteFiles } from '../lib/site-outputs/site-files';

/** Whether a file of the export is a page. */
export const isHtmlPage = (name: string): boolean => name.endsWith('.html');

/** Every .html file under `dir`, recursively. */
export const htmlFiles = (dir: string): string[] => siteFiles(dir, isHtmlPage);
