/**
 * Where an `astro build` spends its time, from its log lines stamped with the seconds since the
 * process started (the benchmark stamps each line as it arrives). Astro 7 prints a line when each
 * step starts or ends; a step that did not run (no Pagefind in the bare site) is left out.
 */

export interface StampedLine {
  /** Seconds since the build process started. */
  t: number;
  text: string;
}

export const PHASES = [
  'start-up, config, content check',
  'content sync',
  'types, build info',
  'bundle (Vite/Rolldown)',
  'render pages',
  'sitemap',
  'Pagefind',
  'exit',
] as const;
export type Phase = (typeof PHASES)[number];

const stripAnsi = (s: string): string => s.replace(/\u001b\[[0-9;]*m/g, '');

/** The seconds each phase took; `total` is the last line's or the given end time. */
export function buildPhases(
  lines: readonly StampedLine[],
  end?: number,
): Partial<Record<Phase, number>> & { total: number } {
  const clean = lines.map((l) => ({ t: l.t, text: stripAnsi(l.text) }));
  const first = (re: RegExp, after = -1): StampedLine | undefined => clean.find((l) => l.t >= after && re.test(l.text));
  const syncStart = first(/\[content\] Syncing content/);
  const syncEnd = first(/\[content\] Synced content/);
  const bundleStart = first(/Building static entrypoints/);
  const renderStart = first(/generating static routes/);
  const renderEnd = renderStart
    ? clean.slice(clean.indexOf(renderStart) + 1).find((l) => /✓ Completed in/.test(l.text))
    : undefined;
  const sitemap = first(/\[@astrojs\/sitemap\]/);
  const pagefindEnd = first(/Pagefind wrote index/);
  const built = first(/page\(s\) built in/);
  const last = end ?? clean.at(-1)?.t ?? 0;

  const out: Partial<Record<Phase, number>> & { total: number } = { total: last };
  const span = (phase: Phase, a: StampedLine | number | undefined, b: StampedLine | number | undefined): void => {
    const ta = typeof a === 'number' ? a : a?.t;
    const tb = typeof b === 'number' ? b : b?.t;
    if (ta !== undefined && tb !== undefined && tb >= ta) out[phase] = Number((tb - ta).toFixed(2));
  };
  span('start-up, config, content check', 0, syncStart);
  span('content sync', syncStart, syncEnd);
  span('types, build info', syncEnd, bundleStart);
  span('bundle (Vite/Rolldown)', bundleStart, renderStart);
  span('render pages', renderStart, renderEnd);
  span('sitemap', renderEnd, sitemap ?? undefined);
  if (pagefindEnd) span('Pagefind', sitemap ?? renderEnd, pagefindEnd);
  span('exit', built, last);
  return out;
}

/** Render time per route type from Astro's per-page lines (`├─ /articles/x/index.html (+5ms)`). */
export function renderTimeByRoute(lines: readonly StampedLine[]): { route: string; pages: number; seconds: number }[] {
  const by = new Map<string, { pages: number; ms: number }>();
  for (const l of lines) {
    const m = /[├└]─ (\S+) \(\+(\d+)ms\)/.exec(stripAnsi(l.text));
    if (!m) continue;
    const path = m[1]!.replace(/^\/+/, '');
    const en = path.startsWith('en/');
    const rest = en ? path.slice(3) : path;
    const head = rest.includes('/')
      ? rest.slice(0, rest.indexOf('/'))
      : rest.replace(/(?:\/)?index\.html$/, '') || 'index';
    const route = `${en ? 'en/' : ''}${head === 'index.html' ? 'index' : head}`;
    const cur = by.get(route) ?? { pages: 0, ms: 0 };
    cur.pages += 1;
    cur.ms += Number(m[2]);
    by.set(route, cur);
  }
  return [...by]
    .map(([route, v]) => ({ route, pages: v.pages, seconds: v.ms / 1000 }))
    .sort((a, b) => b.seconds - a.seconds);
}
