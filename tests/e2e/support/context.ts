/** What the global setup hands every browser-test file (through vitest's provide/inject). */
export interface SiteUnderTest {
  /** "/" or "/digest/". */
  base: string;
  /** Where it is served: origin plus base, ending in "/". */
  url: string;
  /** The built files. */
  dir: string;
}

export interface E2EContext {
  sites: { root: SiteUnderTest; digest: SiteUnderTest };
  wsEndpoint: string;
  /** The entries the site was built from. */
  contentDir: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    e2e: E2EContext;
  }
}
