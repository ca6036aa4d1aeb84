/** The browser the tests drive: the one `npm run digest:pdf` prints with. */
export { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../src/lib/serve/chromium.ts';
