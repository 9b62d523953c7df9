/**
 * The origin the site is deployed at: canonical URLs, Open Graph images, the
 * sitemap, robots.txt, JSON-LD and the feed are absolute on it. Set yours
 * here, or per build with SITE_URL=https://… (which wins). Left at loopback
 * (what `npm start` serves), the build is a local preview that asks crawlers
 * not to index it.
 */
const ORIGIN = 'http://127.0.0.1:3000';

/** A bare http(s) origin, or an Error naming what is wrong with it: the site links from `/`, so no path. */
export function parseOrigin(value: string): string | Error {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return new Error(`SITE_URL: expected an origin such as https://insights.example.org, got "${value}"`);
  }
  if (!/^https?:$/.test(url.protocol) || url.pathname.replace(/\/+$/, '') !== '' || url.search || url.hash || url.username) {
    return new Error(`SITE_URL: expected an origin such as https://insights.example.org (http or https, no path), got "${value}"`);
  }
  return url.origin;
}

/** True for addresses only this machine can reach: such a build must not be indexed. */
export function isLoopback(origin: string): boolean {
  const host = new URL(origin).hostname;
  return host === 'localhost' || host.endsWith('.localhost') || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
}

const parsed = parseOrigin(process.env.SITE_URL || ORIGIN);
if (parsed instanceof Error) throw parsed;

export const SITE_URL: string = parsed;
/** Whether crawlers may index this build (robots.txt, the robots meta of every page). */
export const INDEXABLE = !isLoopback(SITE_URL);

export const SITE_NAME = 'Insights';
export const REPORT_TITLE = 'The Future of the North American Partnership';
export const PUBLISHER = 'United States–Mexico Chamber of Commerce';

/** An absolute URL for a site path. */
export const absoluteUrl = (path: string) => `${SITE_URL}${path}`;
