/**
 * A local web server for the fetch tests (127.0.0.1, a port the system picks): the saved-page
 * fixtures as a site serves them, and each way a page can fail.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pageBytes } from '../html/fixtures.ts';
import { encodeWindows1258 } from '../html/windows-1258.ts';

export interface PageServer {
  base: string;
  /** Requests by path, in order. */
  hits: string[];
  /** The user agent of each request. */
  agents: string[];
  close(): Promise<void>;
}

const HTML = 'text/html; charset=utf-8';

export async function startPageServer(): Promise<PageServer> {
  const hits: string[] = [];
  const agents: string[] = [];
  let flaky = 0;
  const legacy = encodeWindows1258(
    pageBytes('buudientayninh-07.html').toString('utf8').replace('charset=UTF-8', 'charset=windows-1258'),
  );
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    hits.push(path);
    agents.push(req.headers['user-agent'] ?? '');
    const page = /^\/pages\/([a-z0-9-]+\.html)$/u.exec(path);
    if (page) {
      res.writeHead(200, { 'content-type': HTML });
      res.end(pageBytes(page[1]!));
    } else if (path === '/moved') {
      res.writeHead(301, { location: '/pages/vnpost-17.html' });
      res.end();
    } else if (path === '/windows-1258') {
      // The server names no charset: the page declares Windows-1258 in its <meta>.
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(legacy);
    } else if (path === '/slow') {
      // Headers, then nothing: the client's time limit must end it.
      res.writeHead(200, { 'content-type': HTML });
      res.write('<!doctype html><html><head><title>…');
    } else if (path === '/report.pdf') {
      res.writeHead(200, { 'content-type': 'application/pdf' });
      res.end('%PDF-1.7\n');
    } else if (path === '/flaky') {
      flaky += 1;
      if (flaky === 1) {
        res.writeHead(503, { 'content-type': HTML });
        res.end('<h1>Service Unavailable</h1>');
      } else {
        res.writeHead(200, { 'content-type': HTML });
        res.end(pageBytes('baonghean-30.html'));
      }
    } else if (path === '/down') {
      res.writeHead(502, { 'content-type': HTML });
      res.end('<h1>Bad Gateway</h1>');
    } else if (path === '/category') {
      const items = Array.from(
        { length: 15 },
        (_, i) => `<li><a href="/pages/a-${i}.html">Bưu điện tỉnh triển khai kế hoạch, tin số ${i}</a></li>`,
      );
      res.writeHead(200, { 'content-type': HTML });
      res.end(
        `<!doctype html><html><head><title>Kinh tế</title></head><body><h1>Kinh tế</h1><ul>${items.join('')}</ul></body></html>`,
      );
    } else {
      res.writeHead(404, { 'content-type': HTML });
      res.end('<!doctype html><html><body><h1>404</h1><p>Không tìm thấy trang</p></body></html>');
    }
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    hits,
    agents,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
