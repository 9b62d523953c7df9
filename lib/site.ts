/** The site's public origin, for canonical URLs, Open Graph, the sitemap and the feed. Set SITE_URL when deploying. */
export const SITE_URL = (process.env.SITE_URL ?? 'http://127.0.0.1:3000').replace(/\/+$/, '');

export const SITE_NAME = 'Insights';
export const REPORT_TITLE = 'The Future of the North American Partnership';
export const PUBLISHER = 'United States–Mexico Chamber of Commerce';

/** An absolute URL for a site path. */
export const absoluteUrl = (path: string) => `${SITE_URL}${path}`;
