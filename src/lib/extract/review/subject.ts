/**
 * Subject: whose figure is it? A figure is the provincial post office's own, for the whole unit. Its
 * subject (the words between the previous amount of the clause and its own) must not name a part of
 * the unit, a single service for a whole-unit metric, another province or the whole country; and an
 * amount given "lần lượt" (respectively) belongs to one of several subjects.
 */
import { metricById } from '../../metrics.ts';
import { allUnits, predecessorsOf, successorOf, unitsWithSlug, type ProvinceUnit } from '../../provinces.ts';
import { matchKey } from '../../text/fold.ts';
import { memoByString } from '../../text/memo.ts';
import { pattern, regex, WORD_END, WORD_START } from '../lexicon/pattern.ts';
import {
  ALL_SERVICES,
  NATIONWIDE,
  PLACE_HEAD,
  PLACING,
  RESPECTIVELY,
  SERVICE_NAMED,
  SUB_UNIT,
} from '../lexicon/review.ts';
import { BILLION, example, fig } from './example.ts';
import type { AmountSpan, ArticleText } from './text.ts';
import { placedFigures, type Finding, type PlacedFigure, type ReviewEntry, type ReviewRule } from './types.ts';

const SUB_UNIT_IN = regex(pattern`${WORD_START}${SUB_UNIT}${WORD_END}`);
const SERVICE_IN = regex(pattern`${WORD_START}${SERVICE_NAMED}${WORD_END}`);
const ALL_SERVICES_IN = regex(pattern`${WORD_START}${ALL_SERVICES}${WORD_END}`);
const NATIONWIDE_IN = regex(pattern`${WORD_START}${NATIONWIDE}${WORD_END}`);
const RESPECTIVELY_IN = regex(pattern`${WORD_START}${RESPECTIVELY}${WORD_END}`);

/** A stretch of a subject (lower case) and the offset in the block where it starts. */
interface Stretch {
  words: string;
  from: number;
}

/**
 * The subjects of an amount a rule reads, in order: `last` is the last comma-separated stretch of its
 * subject ("…, phấn đấu doanh thu đạt" → "phấn đấu doanh thu đạt"); `withOpenings` also has, before
 * it, the stretches that place what follows ("Riêng Bưu điện huyện Mộc Châu, doanh thu đạt"), so that
 * a list of activities before a figure is not read as its subject. Three rules read the same amounts:
 * each is cut once per review (`text.once`).
 */
function subjectsOf(span: AmountSpan, text: ArticleText): { last: Stretch[]; withOpenings: Stretch[] } {
  const lower = text.lower(span.block);
  const stretches: Stretch[] = [];
  let from = span.subjectStart;
  for (const m of lower.slice(span.subjectStart, span.quantity.start).matchAll(/[,:]/gu)) {
    stretches.push({ words: lower.slice(from, span.subjectStart + m.index), from });
    from = span.subjectStart + m.index + 1;
  }
  const last = { words: lower.slice(from, span.quantity.start), from };
  return { last: [last], withOpenings: [...stretches.filter((x) => PLACING_AT.test(x.words)), last] };
}
const PLACING_AT = regex(pattern`^\s*${PLACING}${WORD_END}`);

/**
 * One finding per figure (of those `subjects.of` keeps): the first subject of its amounts that the test
 * flags, quoted from there to the amount.
 */
function firstPerFigure(
  entry: ReviewEntry,
  text: ArticleText,
  subjects: { openings: boolean; of?: (p: PlacedFigure) => boolean },
  flag: (words: string) => string | null,
  message: (quote: string, what: string) => [vi: string, en: string],
): Finding[] {
  const out: Finding[] = [];
  figures: for (const p of placedFigures(entry)) {
    if (subjects.of && !subjects.of(p)) continue;
    for (const { span } of text.amounts(p.figure.quote, p.figure.value)) {
      const { last, withOpenings } = text.once(subjectsOf, span);
      for (const { words, from } of subjects.openings ? withOpenings : last) {
        const what = flag(words);
        if (what === null) continue;
        const quote = text.original(span.block, from, span.quantity.end);
        const [vi, en] = message(quote, what);
        out.push({ field: p.field, vi, en, quote });
        continue figures;
      }
    }
  }
  return out;
}

export const subUnitSubject: ReviewRule = {
  id: 'subject-sub-unit',
  why: 'A figure whose subject names a part of the unit (a district post office, "các đơn vị", "riêng khu vực …") is not the province’s total.',
  examples: [
    example(
      'Riêng Bưu điện huyện Mộc Châu, doanh thu đạt 30 tỷ đồng.',
      { kpis: [fig('doanh thu đạt 30 tỷ đồng', 30 * BILLION)] },
      'kpis[0]',
    ),
    example(
      'Tổng doanh thu đạt hơn 127 tỷ đồng, vượt 4,6% kế hoạch; doanh thu bình quân tại các đơn vị này tăng gần 15%.',
      {
        kpis: [
          fig(
            'Tổng doanh thu đạt hơn 127 tỷ đồng … doanh thu bình quân tại các đơn vị này tăng gần 15%',
            127 * BILLION,
            {
              changePercent: 15,
            },
          ),
        ],
      },
      'kpis[0]',
    ),
    example(
      'Tổng doanh thu của đơn vị đạt hơn 287 tỷ đồng.',
      { kpis: [fig('Tổng doanh thu của đơn vị đạt hơn 287 tỷ đồng', 287 * BILLION)] },
      null,
    ),
  ],
  check(entry, text) {
    return firstPerFigure(
      entry,
      text,
      { openings: true },
      (subject) => SUB_UNIT_IN.exec(subject)?.[0] ?? null,
      (quote, what) => [
        `"${quote}": chủ ngữ nêu một phần của đơn vị ("${what}"), không phải cả Bưu điện tỉnh. Hãy kiểm tra con số có phải của cả tỉnh không.`,
        `"${quote}": the subject names a part of the unit ("${what}"), not the whole provincial post office. Check whether the figure is the province's.`,
      ],
    );
  },
};

export const serviceSubject: ReviewRule = {
  id: 'subject-service',
  why: 'A whole-unit figure (total revenue, payroll revenue, profit…) whose subject names one service or group is that service’s figure.',
  examples: [
    example(
      'Doanh thu dịch vụ bưu chính công ích đạt 12 tỷ đồng.',
      { kpis: [fig('Doanh thu dịch vụ bưu chính công ích đạt 12 tỷ đồng', 12 * BILLION)] },
      'kpis[0]',
    ),
    example(
      'Tổng doanh thu các dịch vụ đạt trên 101 tỷ đồng.',
      { kpis: [fig('Tổng doanh thu các dịch vụ đạt trên 101 tỷ đồng', 101 * BILLION, { qualifier: 'over' })] },
      null,
    ),
    example(
      'Nhóm dịch vụ bưu chính chuyển phát đạt 40 tỷ đồng.',
      {
        kpis: [
          fig('Nhóm dịch vụ bưu chính chuyển phát đạt 40 tỷ đồng', 40 * BILLION, { metric: 'postal_delivery_revenue' }),
        ],
      },
      null,
    ),
  ],
  check(entry, text) {
    const headline = (p: PlacedFigure): boolean => metricById(p.figure.metric)?.group === 'headline';
    return firstPerFigure(
      entry,
      text,
      { openings: false, of: headline },
      (subject) => {
        const m = SERVICE_IN.exec(subject);
        return m && !ALL_SERVICES_IN.test(subject) ? subject.slice(m.index).trim() : null;
      },
      (quote, what) => [
        `"${quote}": chỉ tiêu của cả đơn vị, nhưng chủ ngữ nêu một dịch vụ hoặc nhóm dịch vụ ("${what}"). Hãy kiểm tra con số là của cả đơn vị hay của dịch vụ đó.`,
        `"${quote}": a whole-unit metric, but the subject names a service or group ("${what}"). Check whether the figure is the unit's or that service's.`,
      ],
    );
  },
};

/** Province names as matchKey keys, longest first, with the units they name. */
const NAMES: readonly { key: string; units: ProvinceUnit[] }[] = (() => {
  const byKey = new Map<string, ProvinceUnit[]>();
  for (const u of allUnits)
    for (const name of new Set([u.name, ...u.nameVariants])) {
      const key = matchKey(name);
      byKey.set(key, [...(byKey.get(key) ?? []), u]);
    }
  return [...byKey.entries()].map(([key, units]) => ({ key, units })).sort((a, b) => b.key.length - a.key.length);
})();
const HEAD = regex(pattern`${WORD_START}${PLACE_HEAD}\s+$`);
const PLACE_HEAD_IN = regex(pattern`${WORD_START}${PLACE_HEAD}\s`);

/**
 * The units an entry's province stands for: itself in every era, what it absorbed and what absorbed it.
 * Remembered by slug: the same few provinces' entries are reviewed one after another, and units never change.
 */
const ownUnits = memoByString(ownUnitsOnce);

function ownUnitsOnce(slug: string): Set<string> {
  const own = new Set<string>();
  const add = (u: ProvinceUnit | undefined): void => {
    if (!u || own.has(u.key)) return;
    own.add(u.key);
    predecessorsOf(u).forEach(add);
    add(successorOf(u));
  };
  unitsWithSlug(slug).forEach(add);
  return own;
}

/** Another province named after "tỉnh", "thành phố", "TP." or "Bưu điện" in a subject. */
function otherProvince(subject: string, own: Set<string>): string | null {
  if (!PLACE_HEAD_IN.test(subject)) return null;
  const key = matchKey(subject);
  for (const { key: name, units } of NAMES) {
    for (let at = key.indexOf(name); at >= 0; at = key.indexOf(name, at + 1)) {
      const end = at + name.length;
      if (/[\p{L}\p{N}]/u.test(key.charAt(end)) || !HEAD.test(key.slice(Math.max(0, at - 14), at))) continue;
      if (units.some((u) => own.has(u.key))) return null;
      return name;
    }
  }
  return null;
}

export const otherPlaceSubject: ReviewRule = {
  id: 'subject-other-place',
  why: 'A figure whose subject names another province, or the whole country or corporation, is not this province’s.',
  examples: [
    example(
      'Bưu điện tỉnh Điện Biên đạt doanh thu 150 tỷ đồng.',
      { kpis: [fig('đạt doanh thu 150 tỷ đồng', 150 * BILLION)] },
      'kpis[0]',
    ),
    example(
      'Doanh thu toàn Tổng công ty đạt 30.000 tỷ đồng.',
      { kpis: [fig('Doanh thu toàn Tổng công ty đạt 30.000 tỷ đồng', 30_000 * BILLION)] },
      'kpis[0]',
    ),
    example(
      'Bưu điện tỉnh Sơn La đạt doanh thu 101 tỷ đồng.',
      { kpis: [fig('đạt doanh thu 101 tỷ đồng', 101 * BILLION)] },
      null,
    ),
  ],
  check(entry, text) {
    const own = entry.province ? ownUnits(entry.province) : null;
    return firstPerFigure(
      entry,
      text,
      { openings: true },
      (subject) => NATIONWIDE_IN.exec(subject)?.[0] ?? (own ? otherProvince(subject, own) : null),
      (quote, what) => [
        `"${quote}": chủ ngữ nêu nơi khác ("${what}"), không phải tỉnh của bài. Hãy kiểm tra con số có phải của tỉnh này không.`,
        `"${quote}": the subject names another place ("${what}") than the entry's province. Check whether the figure is this province's.`,
      ],
    );
  },
};

export const respectively: ReviewRule = {
  id: 'subject-respectively',
  why: 'Amounts given "lần lượt" (respectively) go one by one with several subjects: the figure may have another subject’s amount.',
  examples: [
    example(
      'Các dịch vụ phân phối - truyền thông và hành chính công lần lượt đạt 156% và 126,4% kế hoạch.',
      {
        kpis: [
          fig('dịch vụ phân phối - truyền thông và hành chính công lần lượt đạt 156% và 126,4% kế hoạch', null, {
            metric: 'media_distribution_revenue',
            planPercent: 126.4,
          }),
        ],
      },
      'kpis[0]',
    ),
    example(
      'Dịch vụ phân phối - truyền thông đạt 156% kế hoạch.',
      {
        kpis: [
          fig('Dịch vụ phân phối - truyền thông đạt 156% kế hoạch', null, {
            metric: 'media_distribution_revenue',
            planPercent: 156,
          }),
        ],
      },
      null,
    ),
  ],
  check(entry, text) {
    const out: Finding[] = [];
    for (const p of placedFigures(entry)) {
      for (const { part, at } of text.parts(p.figure.quote)) {
        if (!at) continue;
        const sentence = text
          .lower(at.block)
          .slice(text.sentenceStart(at.block, at.start), text.sentenceEnd(at.block, at.end));
        const m = RESPECTIVELY_IN.exec(sentence);
        if (!m) continue;
        const after = text
          .quantities(at.block)
          .filter(
            (q) =>
              q.start > text.sentenceStart(at.block, at.start) + m.index && q.end <= text.sentenceEnd(at.block, at.end),
          );
        if (after.length < 2) continue;
        out.push({
          field: p.field,
          vi: `"${part}": các con số được nêu "${m[0]}" cho nhiều đối tượng; hãy kiểm tra con số này đúng là của ${p.figure.metric}.`,
          en: `"${part}": the amounts are given "${m[0]}" (respectively) for several subjects; check that this one is ${p.figure.metric}'s.`,
          quote: part,
        });
        break;
      }
    }
    return out;
  },
};

export const SUBJECT_RULES: readonly ReviewRule[] = [subUnitSubject, serviceSubject, otherPlaceSubject, respectively];
