import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { createGzip } from 'node:zlib';
import { contentTypeFor, errorHeaders, headersFor, hiddenPaths, isCompressible, notFoundPageFor, type Header } from '../lib/site-outputs/headers';

/**
 * Serves a static export the way a static host does: `/x/` → `x/index.html`,
 * unknown paths → `404.html` (`es/404.html` under /es/) with status 404, text gzipped when the client
 * accepts it (as every CDN does; audits see the bytes a reader would get),
 * with the security headers and cache policy of every real host
 * (lib/site-outputs/headers.ts). Loopback only.
 */
const root = path.resolve(process.argv[2] ?? 'out');
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';

function resolveFile(urlPath: string): string | undefined {
  const clean = path.normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  const candidates = clean.endsWith('/') ? [path.join(clean, 'index.html')] : [clean, `${clean}.html`, path.join(clean, 'index.html')];
  for (const candidate of candidates) {
    const file = path.join(root, candidate);
    if (!file.startsWith(root)) return undefined;
    try {
      if (statSync(file).isFile()) return file;
    } catch {
      // Not this candidate; try the next.
    }
  }
  return undefined;
}

const fields = (headers: readonly Header[]) => Object.fromEntries(headers.map(([name, value]) => [name.toLowerCase(), value]));

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  let file: string | undefined;
  try {
    file = hiddenPaths.includes(url.pathname) ? undefined : resolveFile(url.pathname);
  } catch {
    file = undefined;
  }
  if (file && !url.pathname.endsWith('/') && file.endsWith(`${path.sep}index.html`)) {
    // Same as a static host with trailingSlash: one canonical URL per page.
    response.writeHead(308, { ...fields(errorHeaders), location: `${url.pathname}/${url.search}` }).end();
    return;
  }
  const status = file ? 200 : 404;
  const body = file ?? path.join(root, notFoundPageFor(url.pathname));
  const headers = fields(file ? headersFor(url.pathname) : errorHeaders);
  createReadStream(body)
    .on('open', function (this: NodeJS.ReadableStream) {
      const gzip = isCompressible(body) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
      response.writeHead(status, {
        ...headers,
        'content-type': contentTypeFor(body),
        ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
      });
      (gzip ? this.pipe(createGzip()) : this).pipe(response);
    })
    .on('error', () => response.writeHead(status, { ...headers, 'content-type': 'text/plain; charset=utf-8' }).end('Not found'));
});

server.listen(port, host, () => {
  console.log(`Serving ${path.relative(process.cwd(), root) || '.'} at http://${host}:${port}/`);
});
