/**
 * How the search-index middleware, which runs inside Astro's page rendering, reaches the integration
 * that holds the index: both run in the build's one Node process, and the integration puts a bridge
 * on the global object for the length of the build (none in `astro dev`).
 */
export const SEARCH_BRIDGE = Symbol.for('postal-digest.search-index');

export interface SearchBridge {
  /** A page just rendered: its URL path (with the base) and its HTML. */
  page(pathname: string, html: string): void;
}
