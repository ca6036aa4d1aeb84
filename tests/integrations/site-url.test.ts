import { describe, expect, it } from 'vitest';
import siteUrlWarning, { SITE_URL_WARNING } from '../../src/integrations/site-url.ts';

function warningsOf(env: NodeJS.ProcessEnv): string[] {
  const warnings: string[] = [];
  const hook = siteUrlWarning(env).hooks['astro:build:start']!;
  void hook({ logger: { warn: (m: string) => warnings.push(m) } } as never);
  return warnings;
}

describe('the SITE_URL warning', () => {
  it('is given once when a build starts without SITE_URL', () => {
    expect(warningsOf({})).toEqual([SITE_URL_WARNING]);
  });
  it('is not given when SITE_URL is set', () => {
    expect(warningsOf({ SITE_URL: 'https://digest.example.org' })).toEqual([]);
  });
});
