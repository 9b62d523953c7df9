import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { get, type IncomingHttpHeaders } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { cacheRules, contentTypes, hiddenPaths, IMMUTABLE, renderHeadersFile, securityHeaders } from '../../lib/site-outputs/headers';

/**
 * The headers every host sends, checked on the wire: the shipped
 * deploy/nginx.conf run by a real nginx over out/, and scripts/serve.ts
 * (started by playwright.config.ts), the server every other spec uses.
 */
const project = path.resolve(import.meta.dirname, '../..');
const out = path.join(project, 'out');
const SPEAKER = '/speakers/kim-ogg';

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  /** The body, gunzipped if it came compressed. */
  body: string;
}

/** One raw GET (no redirect following, no transparent decompression, unlike fetch). */
function request(url: string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const raw = Buffer.concat(chunks);
        const body = response.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw;
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: body.toString('utf8') });
      });
      response.on('error', reject);
    }).on('error', reject);
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });
}

/** The nginx binary: NGINX, or on PATH, or where Debian puts it (/usr/sbin is not on every user's PATH). */
function nginxBinary(): string | undefined {
  if (process.env.NGINX) return existsSync(process.env.NGINX) ? process.env.NGINX : undefined;
  const onPath = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' }).stdout.trim();
  return onPath || ['/usr/sbin/nginx', '/usr/local/sbin/nginx'].find((file) => existsSync(file));
}

/** A JS file of the build, as a URL path. */
function someScript(): string {
  const chunks = path.join(out, '_next/static/chunks');
  const name = readdirSync(chunks).find((file) => file.endsWith('.js'));
  if (!name) throw new Error(`No .js file in ${chunks}: build first (npm run build)`);
  return `/_next/static/chunks/${name}`;
}

function expectSecurityHeaders(reply: Reply, what: string): void {
  for (const [name, value] of securityHeaders) expect(reply.headers[name.toLowerCase()], `${what}: ${name}`).toBe(value);
}

const hosts = [
  { name: 'nginx (deploy/nginx.conf)', redirect: 301 },
  { name: 'scripts/serve.ts', redirect: 308 },
] as const;

for (const host of hosts) {
  test.describe(host.name, () => {
    // One server per file and worker: these tests run in order in one worker.
    test.describe.configure({ mode: 'default' });
    let origin = '';
    let nginx: ChildProcess | undefined;
    let temp = '';

    test.beforeAll(async ({ baseURL }) => {
      if (host.name === 'scripts/serve.ts') {
        origin = baseURL ?? '';
        return;
      }
      const binary = nginxBinary();
      if (!binary) throw new Error('nginx is not installed (looked on PATH, /usr/sbin, /usr/local/sbin; or set NGINX): apt-get install nginx. .ci/run installs it.');
      const port = await freePort();
      temp = mkdtempSync(path.join(tmpdir(), 'insights-nginx-'));
      const shipped = readFileSync(path.join(project, 'deploy/nginx.conf'), 'utf8');
      let listens = 0;
      const site = shipped
        .replace(/^(\s*)root\s+[^;]+;/m, (_, indent: string) => `${indent}root ${out};`)
        .replace(/^(\s*)listen\s+[^;]+;\n/gm, (_, indent: string) => (listens++ === 0 ? `${indent}listen 127.0.0.1:${port};\n` : ''));
      expect(listens, 'deploy/nginx.conf has a listen line').toBeGreaterThan(0);
      expect(site, 'deploy/nginx.conf has a root line').toContain(`root ${out};`);
      const t = (name: string) => path.join(temp, name);
      const main = [
        // Workers run as nobody unless told otherwise; a checkout under /root would be unreadable to them.
        ...(process.getuid?.() === 0 ? ['user root;'] : []),
        'daemon off;',
        'worker_processes 1;',
        `pid ${t('nginx.pid')};`,
        `error_log ${t('error.log')} warn;`,
        'events {}',
        'http {',
        '    include /etc/nginx/mime.types;',
        '    access_log off;',
        ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((temp) => `    ${temp}_temp_path ${t(`${temp}_temp`)};`),
        site,
        '}',
        '',
      ].join('\n');
      writeFileSync(t('nginx.conf'), main);
      let stderr = '';
      let exited: string | undefined;
      nginx = spawn(binary, ['-c', t('nginx.conf'), '-p', `${temp}/`], { stdio: ['ignore', 'ignore', 'pipe'] });
      nginx.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      nginx.on('exit', (code, signal) => (exited = `nginx exited (${code ?? signal}): ${stderr}`));
      nginx.on('error', (error) => (exited = `nginx did not start: ${error.message}`));
      origin = `http://127.0.0.1:${port}`;
      const deadline = Date.now() + 15_000;
      for (;;) {
        if (exited) throw new Error(exited);
        try {
          await request(`${origin}/`);
          break;
        } catch (error) {
          if (Date.now() > deadline) throw new Error(`nginx did not answer on ${origin}: ${String(error)} ${stderr}`);
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
    });

    test.afterAll(async () => {
      if (nginx && nginx.exitCode === null && nginx.signalCode === null) {
        const gone = new Promise((resolve) => nginx?.once('exit', resolve));
        nginx.kill('SIGTERM');
        await gone;
      }
      if (temp) rmSync(temp, { recursive: true, force: true });
    });

    test('security headers on a page, a speaker, a script, a 404 and a redirect', async () => {
      const cases: [string, string, number][] = [
        ['home', '/', 200],
        ['speaker', `${SPEAKER}/`, 200],
        ['script', someScript(), 200],
        ['404', '/no-such-page/', 404],
        ['redirect', SPEAKER, host.redirect],
      ];
      for (const [what, urlPath, status] of cases) {
        const reply = await request(`${origin}${urlPath}`);
        expect(reply.status, what).toBe(status);
        expectSecurityHeaders(reply, what);
      }
    });

    test('hashed scripts are immutable, pages revalidate', async () => {
      const script = await request(`${origin}${someScript()}`);
      expect(script.headers['cache-control']).toBe(IMMUTABLE);
      expect(script.headers['content-type']).toMatch(/^text\/javascript\b/);
      for (const urlPath of ['/', `${SPEAKER}/`, '/no-such-page/']) {
        const page = await request(`${origin}${urlPath}`);
        expect(page.headers['cache-control'], urlPath).toBe('public, max-age=0, must-revalidate');
        expect(page.headers['content-type'], urlPath).toBe('text/html; charset=utf-8');
      }
    });

    test('an unknown path is a 404 with the site\'s 404 page', async () => {
      const reply = await request(`${origin}/no-such-page/`);
      expect(reply.status).toBe(404);
      expect(reply.body).toBe(readFileSync(path.join(out, '404.html'), 'utf8'));
      expect(reply.body).toContain('<!DOCTYPE html>');
      // Host configuration is not part of the site.
      expect((await request(`${origin}/_headers`)).status).toBe(404);
      // Under /es/, the Spanish one.
      const spanish = await request(`${origin}/es/no-such-page/`);
      expect(spanish.status).toBe(404);
      expect(spanish.body).toBe(readFileSync(path.join(out, 'es/404.html'), 'utf8'));
      expect(spanish.body).toContain('<html lang="es"');
    });

    test('a page without its trailing slash redirects to it, relative, keeping the query', async () => {
      const plain = await request(`${origin}${SPEAKER}`);
      expect(plain.status).toBe(host.redirect);
      expect(plain.headers.location).toBe(`${SPEAKER}/`);
      const query = await request(`${origin}${SPEAKER}?from=feed&x=1`);
      expect(query.status).toBe(host.redirect);
      expect(query.headers.location).toBe(`${SPEAKER}/?from=feed&x=1`);
    });

    test('text is gzipped when the client accepts it, with Vary', async () => {
      const gzipped = await request(`${origin}/`, { 'accept-encoding': 'gzip' });
      expect(gzipped.headers['content-encoding']).toBe('gzip');
      expect(gzipped.headers.vary).toMatch(/accept-encoding/i);
      const plain = await request(`${origin}/`);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(gzipped.body).toBe(plain.body);
    });

    test('content types: manifest, feed, text files, images', async () => {
      const types: [string, RegExp][] = [
        ['/manifest.webmanifest', /^application\/manifest\+json\b/],
        ['/feed.xml', /^application\/xml; charset=utf-8$/],
        ['/sitemap.xml', /^application\/xml; charset=utf-8$/],
        ['/llms.txt', /^text\/plain; charset=utf-8$/],
        ['/robots.txt', /^text\/plain; charset=utf-8$/],
        ['/search-index.json', /^application\/json; charset=utf-8$/],
        ['/favicon.ico', /^image\/x-icon$/],
        ['/og/index.png', /^image\/png$/],
      ];
      for (const [urlPath, type] of types) {
        const reply = await request(`${origin}${urlPath}`);
        expect(reply.status, urlPath).toBe(200);
        expect(reply.headers['content-type'], urlPath).toMatch(type);
      }
    });
  });
}

test('serve.ts: a page loads in Chromium with no warning about its headers', async ({ page }) => {
  const messages: string[] = [];
  page.on('console', (message) => messages.push(`${message.type()}: ${message.text()}`));
  await page.goto(`${SPEAKER}/`);
  await page.locator('header form[data-enhanced]').waitFor();
  expect(messages.filter((message) => /Permissions-Policy|Content-Security-Policy|Cross-Origin|Strict-Transport/i.test(message))).toEqual([]);
});

for (const site of ['out', '.hostile-out']) {
  test(`${site}/_headers is what lib/site-outputs/headers.ts renders, and every file it names exists`, () => {
    const dir = path.join(project, site);
    expect(readFileSync(path.join(dir, '_headers'), 'utf8')).toBe(renderHeadersFile());
    for (const rule of cacheRules) expect(existsSync(path.join(dir, rule.path)), `${site}${rule.path}`).toBe(true);
  });

  test(`${site}: every file the build writes has a content type (deploy/nginx.conf knows no others)`, () => {
    const dir = path.join(project, site);
    const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    const untyped = files
      .map((entry) => `/${path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')}`)
      .filter((urlPath) => !hiddenPaths.includes(urlPath) && !(urlPath.slice(urlPath.lastIndexOf('.') + 1).toLowerCase() in contentTypes));
    expect(files.length).toBeGreaterThan(50);
    expect(untyped).toEqual([]);
  });
}
