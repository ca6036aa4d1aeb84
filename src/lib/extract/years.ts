/**
 * Which year an article reports on and which year it plans for, and whether it is a year-end
 * conference or a mid-year review.
 *
 * A year-end conference "tổng kết công tác năm 2023 và triển khai kế hoạch năm 2024" reviews 2023 and
 * plans 2024; many articles name only one of the two ("triển khai kế hoạch năm 2020" with results
 * under "Năm 2019, …"), and the other follows. A year on its own is weighed by the words around it:
 * "Năm 2019, … đã đạt" reports, "Năm 2021, … phấn đấu / tiếp tục" plans, "so với năm 2018" compares
 * and counts for neither.
 */
import { splitSentences } from './sentences.ts';

export interface YearReading {
  reportYear: number | null;
  planYear: number | null;
  eventKind: 'year-end' | 'mid-year' | 'other';
  /** For a mid-year review: the period its results cover. */
  period?: 'H1' | '9M' | 'Q1' | 'Q3';
  /** How the years were found, for review warnings. */
  basis: 'text' | 'plan-only' | 'report-only' | 'none';
}

// JavaScript's \b only knows ASCII letters, so Vietnamese word edges are written as lookarounds.
const PLAN_AFTER_YEAR = /^\s*,?\s*(?:[^.;,]{0,40}?)(?<![\p{L}])(?:phấn đấu|phấn dấu|tiếp tục|sẽ|cần|đặt (?:ra )?mục tiêu|xác định|dự kiến|đề ra|hướng tới)(?![\p{L}])/iu;
const RESULT_AFTER_YEAR = /^(?:(?!năm \d{4})[\s\S]){0,300}?(?<![\p{L}])(?:đã|đạt|hoàn thành|thực hiện được|tăng trưởng|tăng|là năm|kết quả)(?![\p{L}])/iu;

interface Scores {
  plan: Map<number, number>;
  report: Map<number, number>;
}

const add = (m: Map<number, number>, y: number, w: number): void => {
  m.set(y, (m.get(y) ?? 0) + w);
};

/** Hide years that are only compared against ("so với cùng kỳ năm 2014", "giai đoạn 2015 - 2020"). */
export function maskComparisonYears(text: string): string {
  return text
    .replace(/(so\s+(?:với\s+)?(?:cùng\s+kỳ\s+)?(?:thực\s+hiện\s+)?(?:năm\s+)?)(\d{4})/giu, (_, a: string, y: string) => a + '#'.repeat(y.length))
    .replace(/(giai\s+đoạn\s+)(\d{4})(\s*[-–]\s*)(\d{4})/giu, (_, a: string, y1: string, d: string, y2: string) => a + '#'.repeat(y1.length) + d + '#'.repeat(y2.length));
}

function scoreText(original: string, weight: number, s: Scores): void {
  const text = maskComparisonYears(original);
  const lower = text.toLocaleLowerCase('vi');
  // Plans: "triển khai kế hoạch (…) năm 2024", "kế hoạch năm 2021", "nhiệm vụ năm 2016".
  for (const m of lower.matchAll(/(triển khai|thực hiện|giao|xây dựng|phương hướng,?)?\s*(?:kế hoạch|nhiệm vụ|phương hướng|mục tiêu|chỉ tiêu)((?:[^.;:]{0,70}?))\s+năm\s+(\d{4})/giu)) {
    const y = Number(m[3]);
    const before = lower.slice(Math.max(0, m.index - 40), m.index);
    if (/(?:hoàn thành|vượt|đạt|thực hiện được)[^,.;]{0,30}$/u.test(before) && !m[1]) {
      add(s.report, y, weight); // "hoàn thành xuất sắc kế hoạch … năm 2020" reports on 2020
      continue;
    }
    if (/sơ kết|6 tháng|quý/u.test(m[2]!)) continue;
    add(s.plan, y, (m[1] === 'triển khai' ? 3 : 1.5) * weight);
  }
  // Reviews: "tổng kết (công tác / tình hình …) năm 2023", "kết quả năm 2023", "kết thúc năm 2018".
  for (const m of lower.matchAll(/(?:tổng kết|kết quả|kết thúc|báo cáo|đánh giá)(?:[^.;:]{0,70}?)\s+năm\s+(\d{4})/giu)) {
    add(s.report, Number(m[1]), 3 * weight);
  }
  // "Năm 2019, …" / "Trong năm 2019, …" opening a sentence: read on.
  for (const sentence of splitSentences(text)) {
    const m = /^(?:trong\s+|cả\s+|với\s+những\s+kết\s+quả\s+(?:đạt\s+được\s+)?(?:trong\s+)?)?năm\s+(\d{4})(?!\d)/iu.exec(sentence.text.replace(/^[^\p{L}]+/u, ''));
    if (!m) continue;
    const y = Number(m[1]);
    // Read on to the end of the paragraph: "Năm 2015, Bưu điện tỉnh tập trung … Nhờ đó, tổng doanh thu đạt …".
    const rest = text.slice(sentence.start + sentence.text.indexOf(m[1]!) + 4);
    if (PLAN_AFTER_YEAR.test(rest)) add(s.plan, y, 2 * weight);
    else if (RESULT_AFTER_YEAR.test(rest)) add(s.report, y, 2 * weight);
  }
  // "Tổng doanh thu năm 2020 ước đạt …": a figure of that year.
  for (const m of lower.matchAll(/doanh thu[^.;,]{0,20}?\s+năm\s+(\d{4})\s+(?:ước\s+)?(?:đạt|là|thực hiện)/giu)) {
    add(s.report, Number(m[1]), 1.5 * weight);
  }
}

const best = (m: Map<number, number>): number | null => {
  let top: [number, number] | null = null;
  for (const [y, w] of m) if (!top || w > top[1] || (w === top[1] && y > top[0])) top = [y, w];
  return top ? top[0] : null;
};

/** Read the report and plan years from the headline and the paragraphs. */
export function readYears(title: string | null, blocks: readonly string[], publishedAt?: string | null): YearReading {
  const s: Scores = { plan: new Map(), report: new Map() };
  // Every clue is a four-digit year: paragraphs without one say nothing about the years.
  if (title && /\d{4}/.test(title)) scoreText(title, 2, s);
  blocks.forEach((b, i) => {
    if (/\d{4}/.test(b)) scoreText(b, i < 2 ? 1.5 : 1, s);
  });

  const lead = [title ?? '', ...blocks.slice(0, 3)].join('\n').toLocaleLowerCase('vi');
  const mid = /sơ kết|6 tháng đầu năm|9 tháng đầu năm|quý\s+(?:i{1,3}|[1-3])\b/u.test(lead) && !/tổng kết[^.]{0,60}năm\s+\d{4}/u.test(lead);

  let reportYear = best(s.report);
  let planYear = best(s.plan);
  let basis: YearReading['basis'] = 'text';

  if (mid) {
    const named = /(?:6|9) tháng (?:đầu|cuối) năm\s+(\d{4})|quý\s+\S+\s*\/\s*(\d{4})|năm\s+(\d{4})/u.exec(lead);
    const y = named ? Number(named[1] ?? named[2] ?? named[3]) : (reportYear ?? planYear);
    const period = /9 tháng/u.test(lead) ? '9M' : /quý\s+(?:i|1)\b(?!i)/u.test(lead) ? 'Q1' : 'H1';
    return { reportYear: y, planYear: null, eventKind: 'mid-year', period, basis: y ? 'text' : 'none' };
  }

  if (planYear !== null && reportYear !== null && reportYear >= planYear) {
    // "Năm 2021, Bưu điện tỉnh …" can read as either; a plan year is after the reported one.
    if (s.report.has(planYear - 1)) reportYear = planYear - 1;
    else if (s.plan.has(reportYear + 1)) planYear = reportYear + 1;
    else if (reportYear === planYear) reportYear = planYear - 1;
  }
  if (planYear !== null && reportYear === null) {
    reportYear = planYear - 1;
    basis = 'plan-only';
  } else if (reportYear !== null && planYear === null) {
    const next = reportYear + 1;
    const mentionsNext = [title ?? '', ...blocks].some((b) => new RegExp(`năm\\s+${next}\\b`, 'iu').test(b));
    planYear = mentionsNext ? next : null;
    basis = 'report-only';
  } else if (reportYear === null && planYear === null) {
    basis = 'none';
    if (publishedAt) {
      const py = Number(publishedAt.slice(0, 4));
      const month = Number(publishedAt.slice(5, 7));
      reportYear = month <= 6 ? py - 1 : py;
      planYear = reportYear + 1;
    }
  }
  return { reportYear, planYear, eventKind: 'year-end', basis };
}
