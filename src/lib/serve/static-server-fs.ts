/**
 * A tiny static file server for a built site, the way a CDN serves it: `/x/` serves `x/index.html`,
 * `/x` redirects to `/x/` when `x` is a folder, anything else missing gets `404.html` with status 404.
 * The site is served under its base path (`/digest/`), and nothing outside the base exists.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

export interface StaticServer {
  /** Origin plus base, ending in "/": `http://127.0.0.1:41234/digest/`. */
  url: string;
  close(): Promise<void>;
}

async function statOrNull(file: string) {
  try {
    return await stat(file);
  } catch {
    return null;
  }
}

/** Serve `root` under `base` ("/" or "/digest/") on 127.0.0.1, on a free port. */
export async function serveStatic(root: string, base = '/'): Promise<StaticServer> {
  const absoluteRoot = path.resolve(root);
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end('bad request');
      return;
    }
    const send = async (file: string, status = 200) => {
      res.writeHead(status, {
        'content-type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      if (req.method === 'HEAD') res.end();
      else createReadStream(file).pipe(res);
    };
    const notFound = async () => {
      const page = path.join(absoluteRoot, '404.html');
      if (await statOrNull(page)) await send(page, 404);
      else res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    };
    if (!pathname.startsWith(base) && `${pathname}/` !== base) return notFound();
    if (`${pathname}/` === base) {
      res.writeHead(301, { location: base }).end();
      return;
    }
    const relative = pathname.slice(base.length);
    const file = path.resolve(absoluteRoot, relative);
    if (file !== absoluteRoot && !file.startsWith(absoluteRoot + path.sep)) return notFound();
    const info = await statOrNull(file);
    if (info?.isDirectory()) {
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { location: `${pathname}/${url.search}` }).end();
        return;
      }
      const index = path.join(file, 'index.html');
      if (await statOrNull(index)) return send(index);
      return notFound();
    }
    if (info?.isFile()) return send(file);
    return notFound();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
