/** The browser tests serve the built site with the same server `npm run digest:pdf` prints from. */
export { serveStatic, type StaticServer } from '../../../src/lib/serve/static-server-fs.ts';
