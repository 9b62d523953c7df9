import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { createGzip } from 'node:zlib';

/**
 * Serves a static export the way a static host does: `/x/` → `x/index.html`,
 * unknown paths → `404.html` with status 404, text gzipped when the client
 * accepts it (as every CDN does; audits see the bytes a reader would get).
 * Loopback only.
 */
const root = path.resolve(process.argv[2] ?? 'out');
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
};

const compressible = new Set(['.html', '.js', '.css', '.json', '.txt', '.xml', '.svg', '.webmanifest']);

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

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  let file: string | undefined;
  try {
    file = resolveFile(url.pathname);
  } catch {
    file = undefined;
  }
  if (file && !url.pathname.endsWith('/') && file.endsWith(`${path.sep}index.html`)) {
    // Same as a static host with trailingSlash: one canonical URL per page.
    response.writeHead(308, { location: `${url.pathname}/${url.search}` }).end();
    return;
  }
  const status = file ? 200 : 404;
  const body = file ?? path.join(root, '404.html');
  createReadStream(body)
    .on('open', function (this: NodeJS.ReadableStream) {
      const extension = path.extname(body);
      const gzip = compressible.has(extension) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
      response.writeHead(status, {
        'content-type': types[extension] ?? 'application/octet-stream',
        ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
      });
      (gzip ? this.pipe(createGzip()) : this).pipe(response);
    })
    .on('error', () => response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found'));
});

server.listen(port, host, () => {
  console.log(`Serving ${path.relative(process.cwd(), root) || '.'} at http://${host}:${port}/`);
});
