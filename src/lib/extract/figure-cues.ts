/**
 * Where a metric is named: the catalogue's cue phrases before a figure ("tổng doanh thu", "nộp ngân
 * sách") and the nouns after a count ("41.500 hồ sơ").
 */
import { METRICS, type Metric } from '../metrics.ts';
import { anyOf, catalogue, pattern, regex, WORD_END, WORD_START } from './lexicon/pattern.ts';

export interface CueHit {
  metric: Metric;
  start: number;
  end: number;
}

/**
 * Words every match of a cue contains, to skip the cue's regex on text without them (null: always
 * run). Optional parts, look-arounds and alternatives are set aside (innermost first); of the literal
 * runs left, which every match must contain, the longest is the anchor.
 */
export function anchorOf(source: string): string | null {
  let s = source;
  for (let guard = 0; guard < 10; guard += 1) {
    const next = s.replace(/\((?:\?[:=!]|\?<[=!])?[^()]*\)[?*]?/gu, '\u0000');
    if (next === s) break;
    s = next;
  }
  if (s.includes('|')) return null;
  const runs = s.split(/\u0000|\\[a-z][*+?]?|[[\].*+?{}^$\\]/u).map((r) => r.trim());
  const best = runs.reduce((a, r) => (r.length > a.length ? r : a), '');
  return best.length >= 2 ? best : null;
}
// The text they run on is lower-cased and the catalogue's cues are written in lower case (a test
// holds it to that), so no case-insensitive matching is needed: it makes a Unicode pattern slower.
const CUE_RES = METRICS.flatMap((metric) =>
  metric.cues.map((source) => ({
    metric,
    anchor: anchorOf(source),
    re: regex(pattern`${WORD_START}${catalogue(source)}${WORD_END}`, 'g'),
  })),
);
const NOUN_RES = METRICS.flatMap((metric) => [
  ...(metric.countNouns ?? []).map((source) => ({
    metric,
    re: regex(pattern`^${catalogue(source)}${WORD_END}`),
    after: null as string | null,
  })),
  ...Object.entries(metric.countNounsAfter ?? {}).flatMap(([after, sources]) =>
    sources.map((source) => ({ metric, re: regex(pattern`^${catalogue(source)}${WORD_END}`), after })),
  ),
]);

/**
 * Any of the count nouns: at the start of the text an alternation matches when one of its parts does,
 * so a noun none of them names (most of them) is told by one test instead of one per noun.
 */
const ANY_NOUN = new RegExp(`^(?:${NOUN_RES.map(({ re }) => re.source.slice(1)).join('|')})`, 'u');

/** Every cue in a (lower-cased) block; `anchored: false` runs every cue's regex, for tests. */
export function findCues(lower: string, anchored = true): CueHit[] {
  const hits: CueHit[] = [];
  // Many cues share an anchor ("doanh thu"): each anchor is looked for once.
  const present = new Map<string, boolean>();
  for (const { metric, anchor, re } of CUE_RES) {
    if (anchored && anchor) {
      let here = present.get(anchor);
      if (here === undefined) present.set(anchor, (here = lower.includes(anchor)));
      if (!here) continue;
    }
    re.lastIndex = 0;
    for (let m = re.exec(lower); m; m = re.exec(lower))
      hits.push({ metric, start: m.index, end: m.index + m[0].length });
  }
  // Where cues overlap, the longest names the metric ("doanh thu tính lương" over "doanh thu"); two
  // cues of the same metric join into one phrase ("tổng doanh thu" + "doanh thu thực hiện").
  hits.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const out: CueHit[] = [];
  for (const h of hits) {
    const last = out[out.length - 1];
    if (last && h.start < last.end) {
      if (h.metric === last.metric) last.end = Math.max(last.end, h.end);
      else if (h.end - h.start > last.end - last.start) out[out.length - 1] = h;
      continue;
    }
    out.push({ ...h });
  }
  return joinRevenueOf(out, lower);
}

/** "doanh thu (của) (các) (dịch vụ | nhóm dịch vụ | nhóm) " right before a service's cue. */
const REVENUE_OF = regex(
  pattern`${WORD_START}${'doanh thu'}\s+(?:${'của'}\s+)?(?:${'các'}\s+)?(?:${anyOf('nhóm dịch vụ', 'dịch vụ', 'nhóm')}\s+)?$`,
);

/**
 * "doanh thu bưu chính chuyển phát", "doanh thu của dịch vụ tài chính bưu chính": the revenue named
 * before a service's cue is that service's, one subject whose phrase starts at "doanh thu" — not the
 * total and then the service.
 */
function joinRevenueOf(cues: CueHit[], lower: string): CueHit[] {
  const out: CueHit[] = [];
  for (const c of cues) {
    const from = Math.max(0, c.start - 32);
    const lead = c.metric.group === 'service' ? REVENUE_OF.exec(lower.slice(from, c.start)) : null;
    if (!lead) {
      out.push(c);
      continue;
    }
    const start = from + lead.index;
    // A bare "doanh thu" read as the total is this service's word.
    while (out.length > 0 && out[out.length - 1]!.start >= start) out.pop();
    out.push({ metric: c.metric, start, end: c.end });
  }
  return out;
}

/**
 * The metric a count's noun names ("41.500 hồ sơ" → admin_dossiers), with the noun's length; some
 * nouns only name a metric after a given subject ("chi trả … cho 45.000 người": beneficiaries).
 */
export function nounMetric(
  lower: string,
  nounStart: number,
  subject: Metric | null,
): { metric: Metric; end: number } | null {
  const rest = lower.slice(nounStart, nounStart + 60);
  if (!ANY_NOUN.test(rest)) return null;
  let best: { metric: Metric; end: number } | null = null;
  for (const { metric, re, after } of NOUN_RES) {
    if (after !== null && after !== subject?.id) continue;
    const m = re.exec(rest);
    if (m && (!best || m[0].length > best.end - nounStart)) best = { metric, end: nounStart + m[0].length };
  }
  return best;
}
