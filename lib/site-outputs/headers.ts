/**
 * The HTTP side of the built site, one source for every host: the security
 * headers every response gets, how long each kind of file may be cached and
 * the content type of each file extension. Rendered as `out/_headers`
 * (Netlify, Cloudflare Pages), as `deploy/nginx.conf` (nginx) and used by
 * scripts/serve.ts (npm start, the end-to-end tests). Pure: no I/O here.
 */

export type Header = readonly [name: string, value: string];

/** Sent with every response: pages, assets, 404s and redirects. */
export const securityHeaders: readonly Header[] = [
  // No other site may frame ours (clickjacking); a <meta> CSP cannot carry frame-ancestors, so the rest of the policy stays per page (lib/site-outputs/csp.ts).
  ['Content-Security-Policy', "frame-ancestors 'none'"],
  // Browsers must trust our Content-Type and never guess a script or stylesheet out of a JSON or text file.
  ['X-Content-Type-Options', 'nosniff'],
  // Other sites see where a reader came from (the origin) but never the page or the search query.
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  // The site uses no device or tracking feature, so no script (nor any frame) may ask for one; only features Chromium knows (not bluetooth), or it warns on every page.
  [
    'Permissions-Policy',
    [
      'accelerometer',
      'autoplay',
      'browsing-topics',
      'camera',
      'display-capture',
      'geolocation',
      'gyroscope',
      'hid',
      'interest-cohort',
      'magnetometer',
      'microphone',
      'midi',
      'payment',
      'publickey-credentials-get',
      'screen-wake-lock',
      'serial',
      'usb',
      'xr-spatial-tracking',
    ]
      .map((feature) => `${feature}=()`)
      .join(', '),
  ],
  // Our pages share no browsing context with pages of other origins they open or are opened by (no window.opener tricks, process isolation).
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  // HTTPS only, for two years, subdomains included; browsers ignore it over plain HTTP (RFC 6797 §8.1), so one list serves every host.
  ['Strict-Transport-Security', 'max-age=63072000; includeSubDomains'],
];

/** Content-hashed names never change content: cache for a year and never revalidate. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Revalidate on every use (cheap: a 304), so a deploy is seen at once. */
export const REVALIDATE = 'public, max-age=0, must-revalidate';
/** Stable names whose content rarely changes: a day of staleness is harmless. */
export const ONE_DAY = 'public, max-age=86400';

export interface CacheRule {
  /** A URL path; with `prefix`, every path under it (it ends with "/"). */
  readonly path: string;
  readonly prefix: boolean;
  readonly cacheControl: string;
}

/** Cache-Control by path. Rules never overlap (Netlify and Cloudflare Pages merge the values of every matching rule). */
export const cacheRules: readonly CacheRule[] = [
  // Next.js names these by content hash: a new build makes new URLs, an old URL never changes.
  { path: '/_next/static/', prefix: true, cacheControl: IMMUTABLE },
  // Search shards, facet tables and fragments are named by content hash too (their manifest, /search-index.json, is not).
  ...['/search-index/', '/es/search-index/'].map((path) => ({ path, prefix: true, cacheControl: IMMUTABLE })),
  // Link-preview images keep their name across builds (crawlers keep their own copy anyway).
  { path: '/og/', prefix: true, cacheControl: ONE_DAY },
  // Icons: fixed names, changed perhaps once a year.
  ...['/favicon.ico', '/icon-192.png', '/icon-512.png', '/apple-touch-icon.png'].map((path) => ({ path, prefix: false, cacheControl: ONE_DAY })),
];

/**
 * Everything else: pages (and the 404 page), the search manifests, feed,
 * sitemap and manifest change with every build under
 * the same URL. It is also what Netlify and Cloudflare Pages send by default.
 */
export const defaultCacheControl = REVALIDATE;

/** The Cache-Control of a URL path. */
export function cacheControlFor(urlPath: string): string {
  const rule = cacheRules.find((r) => (r.prefix ? urlPath.startsWith(r.path) : urlPath === r.path));
  return rule?.cacheControl ?? defaultCacheControl;
}

/** Every header of a successful response for a URL path; errors and redirects get `errorHeaders`. */
export function headersFor(urlPath: string): Header[] {
  return [...securityHeaders, ['Cache-Control', cacheControlFor(urlPath)]];
}

/** The headers of a 404 or a redirect: never cache them for long (a page may appear, a redirect may go). */
export const errorHeaders: readonly Header[] = [...securityHeaders, ['Cache-Control', defaultCacheControl]];

/** Files in out/ that are host configuration, not the site: never served. */
export const hiddenPaths: readonly string[] = ['/_headers'];

/** The 404 page for a missing address, in the language its prefix names: /es/… misses get the Spanish one. */
export function notFoundPageFor(urlPath: string): string {
  return urlPath === '/es' || urlPath.startsWith('/es/') ? '/es/404.html' : '/404.html';
}

/** Content types by extension, for every kind of file the build writes; `text` ones get `charset=utf-8` and gzip. */
export const contentTypes: Readonly<Record<string, { readonly type: string; readonly text: boolean }>> = {
  html: { type: 'text/html', text: true },
  css: { type: 'text/css', text: true },
  js: { type: 'text/javascript', text: true },
  json: { type: 'application/json', text: true },
  // Sitemap and the Atom feed; application/xml is shown by every browser, feed readers sniff Atom anyway.
  xml: { type: 'application/xml', text: true },
  atom: { type: 'application/atom+xml', text: true },
  // Next.js's RSC payloads: its router fetches them and expects text/plain from a static export.
  txt: { type: 'text/plain', text: true },
  // The pages' Markdown twins (RFC 7763) and the figures as a table (RFC 4180), in out/data/.
  md: { type: 'text/markdown', text: true },
  csv: { type: 'text/csv', text: true },
  // Each speaker and insight page's citation downloads (citation.bib, citation.ris; citation.json is JSON).
  bib: { type: 'application/x-bibtex', text: true },
  ris: { type: 'application/x-research-info-systems', text: true },
  svg: { type: 'image/svg+xml', text: true },
  webmanifest: { type: 'application/manifest+json', text: true },
  png: { type: 'image/png', text: false },
  ico: { type: 'image/x-icon', text: false },
  woff2: { type: 'font/woff2', text: false },
};

const typeOf = (fileName: string) => contentTypes[fileName.slice(fileName.lastIndexOf('.') + 1).toLowerCase()];

/** The Content-Type header value for a file name (with charset for text), or the binary fallback. */
export function contentTypeFor(fileName: string): string {
  const entry = typeOf(fileName);
  if (!entry) return 'application/octet-stream';
  return entry.text ? `${entry.type}; charset=utf-8` : entry.type;
}

/** Whether a file name is text worth compressing. */
export function isCompressible(fileName: string): boolean {
  return typeOf(fileName)?.text ?? false;
}

const GENERATED = 'Generated from lib/site-outputs/headers.ts: edit that module, not this file.';

/**
 * The `_headers` file of Netlify and Cloudflare Pages: a path pattern line,
 * then indented `Name: value` lines. Every matching rule applies; the
 * security headers go on `/*`, Cache-Control only on rules that never
 * overlap, everything else keeps the hosts' default, which is ours.
 */
export function renderHeadersFile(): string {
  const block = (pattern: string, headers: readonly Header[]) => [pattern, ...headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  const blocks = [
    `# ${GENERATED}`,
    '# Security headers, on every response.',
    block('/*', securityHeaders),
    `# Cache-Control. Rules must not overlap (the hosts merge matching rules); every other path keeps the hosts' default, ${defaultCacheControl}.`,
    ...cacheRules.map((rule) => block(rule.prefix ? `${rule.path}*` : rule.path, [['Cache-Control', rule.cacheControl]])),
  ];
  return `${blocks.join('\n\n')}\n`;
}

export interface NginxOptions {
  /** The built site on the server. */
  readonly root?: string;
}

/** nginx quotes: a value in double quotes, with `"` and `\` escaped. */
const quote = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;

/**
 * An nginx `server { }` block for conf.d/. add_header in a location replaces
 * every add_header inherited from the server, so each location carries the
 * full set; `always` puts them on 404s and redirects too.
 */
export function renderNginxConf({ root = '/srv/insights/out' }: NginxOptions = {}): string {
  const indent = (lines: string[], depth: number) => lines.map((line) => (line ? `${'    '.repeat(depth)}${line}` : ''));
  const addHeaders = (headers: readonly Header[]) => headers.map(([name, value]) => `add_header ${name} ${quote(value)} always;`);
  const location = (match: string, body: string[]) => [`location ${match} {`, ...indent(body, 1), '}'];
  const textTypes = [...new Set(Object.values(contentTypes).filter((t) => t.text).map((t) => t.type))];
  const byType = new Map<string, string[]>();
  for (const [extension, { type }] of Object.entries(contentTypes)) byType.set(type, [...(byType.get(type) ?? []), extension]);

  const body = [
    '# Plain HTTP. For TLS add `listen 443 ssl;` (and `listen [::]:443 ssl;`), `http2 on;`,',
    '# ssl_certificate and ssl_certificate_key here, and send port 80 to https in its own server block;',
    '# Strict-Transport-Security below takes effect once the site is reached over HTTPS.',
    'listen 80;',
    'listen [::]:80;',
    "# Your host name. Debian's sites-enabled/default is the default server on port 80: remove it or name the host here.",
    'server_name _;',
    '',
    '# Point at the built out/ (npm run build); deploy it whole, it is the entire site.',
    `root ${root};`,
    'index index.html;',
    '',
    'server_tokens off;',
    '# Redirects say `Location: /x/`, relative, whatever host or port the reader used.',
    'absolute_redirect off;',
    '',
    '# Exactly the types the build writes (this replaces mime.types for this server).',
    'types {',
    ...indent([...byType].map(([type, extensions]) => `${type} ${extensions.join(' ')};`), 1),
    '}',
    'default_type application/octet-stream;',
    'charset utf-8;',
    `charset_types ${textTypes.filter((type) => type !== 'text/html').join(' ')};`,
    '',
    'gzip on;',
    'gzip_vary on;',
    'gzip_comp_level 6;',
    'gzip_min_length 256;',
    `gzip_types ${textTypes.filter((type) => type !== 'text/html').join(' ')};`,
    '',
    '# The site\'s own 404 page, with status 404.',
    'error_page 404 /404.html;',
    '',
    ...location('/', [
      '# /x/ serves x/index.html; /x, a folder, is redirected to /x/ (301, query kept); anything else is a 404.',
      'try_files $uri $uri/ =404;',
      ...addHeaders(headersFor('/')),
    ]),
    '',
    ...location('/es/', ['# The Spanish edition: its misses get the Spanish 404 page.', `error_page 404 ${notFoundPageFor('/es/')};`, 'try_files $uri $uri/ =404;', ...addHeaders(headersFor('/es/'))]),
    ...cacheRules.flatMap((rule) => [
      '',
      ...location(rule.prefix ? `^~ ${rule.path}` : `= ${rule.path}`, ['try_files $uri =404;', ...addHeaders(headersFor(rule.path))]),
    ]),
    ...hiddenPaths.flatMap((path) => ['', `# Host configuration, not part of the site.`, ...location(`= ${path}`, ['return 404;'])]),
  ];
  return [
    `# ${GENERATED}`,
    '# Regenerate with `npm run deploy:nginx`; tests/unit/headers.test.ts fails while this file differs.',
    '# Insights, the static export in out/, served by nginx: put this file in /etc/nginx/conf.d/.',
    'server {',
    ...indent(body, 1),
    '}',
    '',
  ].join('\n');
}
