/**
 * One conference, several sources: the same conference reported by two sites (or a full article and
 * its excerpt) becomes one entry. The fullest text leads; what another source adds is kept with its
 * own text under a heading, so each quote can still be found in the body; where sources disagree on a
 * figure, the entry says so.
 */
import type { Block } from '../extract/clean.ts';
import type { ExtractedEntry, Noted } from '../extract/article.ts';
import { warning, type Warning } from '../schema/review.ts';
import { lowerKeepLength } from '../vi-number.ts';

export interface Candidate {
  entry: ExtractedEntry;
  /** Where its raw text is kept (content/sources/…). */
  storedAs: string;
  /** Length of the cleaned text, to pick the fullest source. */
  textLength: number;
}

const isExcerpt = (c: Candidate): boolean => c.entry.source.retrievedAs === 'excerpt';

/** The source that leads: a full text over an excerpt, then the longer, then by name (stable). */
export function orderCandidates(list: readonly Candidate[]): Candidate[] {
  return [...list].sort(
    (a, b) =>
      Number(isExcerpt(a)) - Number(isExcerpt(b)) ||
      b.textLength - a.textLength ||
      a.storedAs.localeCompare(b.storedAs),
  );
}

const figKey = (f: { metric: string; year: number; period: string }): string => `${f.metric}|${f.year}|${f.period}`;
const growthKey = (g: { service: string; year: number }): string => `${lowerKeepLength(g.service)}|${g.year}`;
const awardKey = (a: { award: string; level: string; recipient: string }): string =>
  `${a.award}|${a.level}|${lowerKeepLength(a.recipient)
    .replace(/(bưu\s+điện\s+tỉnh)\s.*$/u, '$1')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()}`;

function label(c: Candidate): string {
  return c.entry.source.publisher ?? c.entry.source.url ?? c.storedAs.replace(/^.*\//, '');
}

/** Merge candidates that report the same conference. */
export function mergeCandidates(list: readonly Candidate[]): {
  entry: ExtractedEntry;
  primary: Candidate;
  contributors: Candidate[];
} {
  const [primary, ...others] = orderCandidates(list);
  if (!primary) throw new Error('nothing to merge');
  // Only a merge changes the entry's lists; a single source needs no deep copy.
  const e: ExtractedEntry = others.length > 0 ? structuredClone(primary.entry) : { ...primary.entry };
  e.source = { ...e.source, originalFile: primary.storedAs };
  const contributors: Candidate[] = [];

  for (const c of others) {
    const o = c.entry;
    let contributed = false;
    const mergeFigures = (mine: Noted<ExtractedEntry['kpis'][number]['item']>[], theirs: typeof mine): void => {
      for (const t of theirs) {
        const m = mine.find((x) => figKey(x.item) === figKey(t.item));
        if (!m) {
          mine.push(structuredClone(t));
          contributed = true;
          continue;
        }
        const a = m.item.value;
        const b = t.item.value;
        if (a !== null && b !== null && Math.abs(a - b) > Math.abs(a) * 0.005) {
          m.warnings.push(
            warning(
              'value',
              `Các nguồn không khớp: ${label(primary)} ghi "${m.item.quote}", ${label(c)} ghi "${t.item.quote}". Giữ số thứ nhất; hãy kiểm tra số nào đúng.`,
              `Sources disagree: ${label(primary)} says "${m.item.quote}", ${label(c)} says "${t.item.quote}". Kept the first; check which is right.`,
              t.item.quote,
            ),
          );
          contributed = true;
        } else if (a === null && b !== null) {
          // The other source gives the amount where this one gave only a percentage: take its figure whole,
          // so the quote stays the phrase the numbers came from.
          m.item = structuredClone(t.item);
          m.warnings = [...t.warnings];
          contributed = true;
        }
      }
    };
    mergeFigures(e.kpis, o.kpis);
    mergeFigures(e.targets, o.targets);
    for (const g of o.serviceGrowth) {
      if (!e.serviceGrowth.some((x) => growthKey(x.item) === growthKey(g.item))) {
        e.serviceGrowth.push(structuredClone(g));
        contributed = true;
      }
    }
    for (const a of o.awards) {
      if (!e.awards.some((x) => awardKey(x.item) === awardKey(a.item))) {
        e.awards.push(structuredClone(a));
        contributed = true;
      }
    }
    for (const p of o.people) {
      if (!e.people.some((x) => x.name === p.name)) e.people.push({ ...p });
    }
    if (e.eventDate === null && o.eventDate !== null) e.eventDate = o.eventDate;
    else if (o.eventDate !== null && e.eventDate !== o.eventDate) {
      e.warnings.push(
        warning(
          'eventDate',
          `Các nguồn ghi ngày khác nhau: ${e.eventDate} (${label(primary)}) và ${o.eventDate} (${label(c)}). Hãy kiểm tra.`,
          `Sources disagree on the date: ${e.eventDate} (${label(primary)}) and ${o.eventDate} (${label(c)}). Check it.`,
        ),
      );
    }
    if (e.warnings.some((w) => w.field === 'title') && !o.warnings.some((w) => w.field === 'title')) {
      e.title = o.title;
      e.warnings = e.warnings.filter((w) => w.field !== 'title');
    }
    if (contributed) {
      contributors.push(c);
      const heading: Block = { kind: 'heading', text: `Theo ${label(c)}` };
      e.blocks = [...e.blocks, heading, ...o.blocks];
    }
  }
  // A full text leads: an excerpt's "may be missing" warning no longer applies.
  if (!isExcerpt(primary)) e.warnings = e.warnings.filter((w) => w.kind !== 'excerpt');
  return { entry: e, primary, contributors };
}

export type { Warning };
