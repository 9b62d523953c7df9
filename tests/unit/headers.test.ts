import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  cacheControlFor,
  cacheRules,
  contentTypeFor,
  defaultCacheControl,
  IMMUTABLE,
  renderHeadersFile,
  renderNginxConf,
  securityHeaders,
} from '@/lib/site-outputs/headers';

/** A `_headers` file as Netlify and Cloudflare Pages read it: rules of a path pattern and its headers; `#` lines are comments. */
function parseHeadersFile(text: string): { pattern: string; headers: [string, string][] }[] {
  const rules: { pattern: string; headers: [string, string][] }[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const match = /^\s+([A-Za-z0-9-]+):\s*(.+)$/.exec(line);
    const rule = rules.at(-1);
    if (!match || !rule) throw new Error(`Not a header line, or a header before any path: ${JSON.stringify(line)}`);
    rule.headers.push([match[1] as string, (match[2] as string).trim()]);
  }
  return rules;
}

/** Both hosts: `*` (a splat) matches any run of characters, slashes included. */
const matches = (pattern: string, urlPath: string) =>
  new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`).test(urlPath);

/** The headers a host sends for a path: every matching rule's. */
const headersAt = (rules: ReturnType<typeof parseHeadersFile>, urlPath: string) =>
  rules.filter((rule) => matches(rule.pattern, urlPath)).flatMap((rule) => rule.headers);

const samplePaths = [
  '/',
  '/speakers/kim-ogg/',
  '/speakers/kim-ogg/index.txt',
  '/404.html',
  '/feed.xml',
  '/search-index.json',
  '/search-index/0123456789ab.json',
  '/es/search-index/0123456789ab.json',
  '/manifest.webmanifest',
  '/_next/static/chunks/main.js',
  '/_next/static/media/font.woff2',
  '/og/index.png',
  '/og/speakers/kim-ogg.png',
  ...cacheRules.filter((rule) => !rule.prefix).map((rule) => rule.path),
];

describe('_headers (Netlify, Cloudflare Pages)', () => {
  const rules = parseHeadersFile(renderHeadersFile());

  it('puts every security header on /*', () => {
    const all = rules.find((rule) => rule.pattern === '/*');
    expect(all?.headers).toEqual(securityHeaders.map(([name, value]) => [name, value]));
    expect(securityHeaders.map(([name]) => name)).toEqual([
      'Content-Security-Policy',
      'X-Content-Type-Options',
      'Referrer-Policy',
      'Permissions-Policy',
      'Cross-Origin-Opener-Policy',
      'Strict-Transport-Security',
    ]);
  });

  it('caches /_next/static/* for a year, immutable', () => {
    expect(rules.find((rule) => rule.pattern === '/_next/static/*')?.headers).toEqual([['Cache-Control', 'public, max-age=31536000, immutable']]);
    expect(headersAt(rules, '/_next/static/chunks/main.js')).toContainEqual(['Cache-Control', IMMUTABLE]);
  });

  it('gives every path each security header once, and at most one Cache-Control (the hosts merge matching rules), the one the module says', () => {
    for (const urlPath of samplePaths) {
      const headers = headersAt(rules, urlPath);
      for (const [name, value] of securityHeaders) expect(headers.filter(([n]) => n === name), `${urlPath} ${name}`).toEqual([[name, value]]);
      const cache = headers.filter(([name]) => name === 'Cache-Control').map(([, value]) => value);
      expect(cache.length, urlPath).toBeLessThanOrEqual(1);
      // No rule: the hosts' default, which is ours.
      expect(cache[0] ?? defaultCacheControl, urlPath).toBe(cacheControlFor(urlPath));
    }
  });
});

describe('cache and content types', () => {
  it('caches hashed assets for ever, pages and everything else briefly', () => {
    expect(cacheControlFor('/_next/static/chunks/a.js')).toBe(IMMUTABLE);
    // Search files by content hash, forever; their manifest revalidates.
    expect(cacheControlFor('/search-index/0123456789ab.json')).toBe(IMMUTABLE);
    expect(cacheControlFor('/es/search-index/0123456789ab.json')).toBe(IMMUTABLE);
    expect(cacheControlFor('/search-index.json')).toBe(defaultCacheControl);
    expect(cacheControlFor('/')).toBe('public, max-age=0, must-revalidate');
    expect(cacheControlFor('/speakers/kim-ogg/')).toBe(defaultCacheControl);
    expect(cacheControlFor('/_next/data.json')).toBe(defaultCacheControl);
    expect(cacheControlFor('/og/index.png')).toMatch(/^public, max-age=\d+$/);
  });

  it('types what the build writes', () => {
    expect(contentTypeFor('index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('manifest.webmanifest')).toBe('application/manifest+json; charset=utf-8');
    expect(contentTypeFor('index.txt')).toBe('text/plain; charset=utf-8');
    expect(contentTypeFor('feed.xml')).toBe('application/xml; charset=utf-8');
    expect(contentTypeFor('a.PNG')).toBe('image/png');
    expect(contentTypeFor('README')).toBe('application/octet-stream');
  });
});

describe('deploy/nginx.conf', () => {
  const conf = renderNginxConf();

  it('is what lib/site-outputs/headers.ts renders (regenerate with npm run deploy:nginx)', () => {
    const committed = readFileSync(path.resolve(import.meta.dirname, '../../deploy/nginx.conf'), 'utf8');
    expect(committed, 'deploy/nginx.conf is stale: run npm run deploy:nginx and commit it').toBe(conf);
  });

  it('repeats every security header, with always, in every location that serves (add_header in a location replaces the inherited ones)', () => {
    const locations = [...conf.matchAll(/^ {4}location ([^{]+)\{\n([\s\S]*?)^ {4}\}/gm)].map(([, match = '', body = '']) => ({ match: match.trim(), body }));
    expect(locations.map((l) => l.match)).toContain('/');
    expect(locations.map((l) => l.match)).toContain('^~ /_next/static/');
    for (const { match, body } of locations.filter((l) => !/return 404;/.test(l.body))) {
      for (const [name, value] of securityHeaders) expect(body, `${match} ${name}`).toContain(`add_header ${name} "${value}" always;`);
      const rulePath = match.replace(/^(\^~|=)\s+/, '');
      expect(body, match).toContain(`add_header Cache-Control "${cacheControlFor(rulePath)}" always;`);
    }
    // No add_header outside a location, where a location's own would silently drop it.
    expect(conf.replace(/^ {4}location [^{]+\{[\s\S]*?^ {4}\}/gm, '')).not.toContain('add_header');
  });

  it('has the directives a static export needs', () => {
    for (const directive of [
      'listen 80;',
      'root /srv/insights/out;',
      'server_tokens off;',
      'charset utf-8;',
      'absolute_redirect off;',
      'gzip on;',
      'gzip_vary on;',
      'error_page 404 /404.html;',
      'try_files $uri $uri/ =404;',
      'application/manifest+json webmanifest;',
    ]) {
      expect(conf).toContain(directive);
    }
    const gzipTypes = /gzip_types ([^;]+);/.exec(conf)?.[1]?.split(' ') ?? [];
    for (const type of ['text/css', 'text/javascript', 'application/json', 'application/xml', 'image/svg+xml', 'text/plain', 'application/manifest+json', 'application/atom+xml']) {
      expect(gzipTypes).toContain(type);
    }
  });
});
