/**
 * Paraphrases of the real articles' annotated sentences, for the robustness tests of the extractor
 * (paraphrase.test.ts): small named rewrites that a Vietnamese reader would say change no figure (a verb
 * for another, "tỷ" or "tỉ", "so với cùng kỳ" or "so năm trước", the year moved within its clause, the
 * plan and the change the other way round, extra spaces, a comma, a line break), and what a rewrite of
 * an annotated sentence should read. The sentences and what they say are in paraphrase-cases.ts.
 */
import type { Case, ExpectedFact, Years } from './paraphrase-cases.ts';

// ---------------------------------------------------------------------------------------------
// The rewrites. Each takes a sentence and a place (which of the places it could rewrite, counted
// modulo their number) and gives the rewritten sentence, or null where it has nothing to rewrite.

export interface Rewrite {
  text: string;
  /** Where, in the sentence given, the verb a verb rewrite replaced stands (for its figure). */
  verbAt?: number;
}

export interface Transformation {
  name: string;
  apply(sentence: string, at: number, years: Years): Rewrite | null;
}

/** The places a pattern matches, the `at`-th of them (modulo their number). */
function nth(sentence: string, re: RegExp, at: number): RegExpExecArray | null {
  const all = [...sentence.matchAll(new RegExp(re.source, `${re.flags.replace('g', '')}g`))];
  return all.length === 0 ? null : (all[at % all.length] as RegExpExecArray);
}

const replaceAt = (s: string, from: number, to: number, by: string): string => s.slice(0, from) + by + s.slice(to);
const L = String.raw`\p{L}`;
const HEDGE = 'trên|hơn|gần|khoảng|xấp xỉ';

/** The verbs of a result's amount, longest first. */
const VERBS = ['thực hiện được', 'đạt được', 'thực hiện', 'đạt', 'được'];
/** A verb right before an amount that is not a percentage, its hedge between: "đạt trên 101 tỷ", "thực hiện 44 tỷ". */
const VERB_BEFORE_AMOUNT = new RegExp(
  String.raw`(?<![${L}])(?<!ước\s+)(?:${VERBS.map((v) => v.replace(/ /gu, String.raw`\s+`)).join('|')})(?=\s+(?:(?:${HEDGE})\s+)?\d[\d.,]*(?![\d.,]|\s*%))`,
  'gu',
);

/**
 * A result's verb before its amount, for another: "doanh thu đạt trên 101 tỷ đồng" → "doanh thu thực
 * hiện được trên 101 tỷ đồng". An estimate's verb ("ước đạt", "ước thực hiện") is left alone: taking
 * "ước" away would change the figure; putting it in ("→ ước đạt") makes that one figure an estimate.
 */
export function verbTo(to: 'đạt' | 'thực hiện được' | 'ước đạt' | 'được'): Transformation {
  return {
    name: `verb → ${to}`,
    apply(sentence, at) {
      const m = nth(sentence, VERB_BEFORE_AMOUNT, at);
      if (!m || m[0].replace(/\s+/gu, ' ') === to) return null;
      return { text: replaceAt(sentence, m.index, m.index + m[0].length, to), verbAt: m.index };
    },
  };
}

/** "tỷ" and "tỉ" are one word: every one written the other way. */
export const TY_TI: Transformation = {
  name: 'tỷ ↔ tỉ',
  apply(sentence) {
    const word = (w: string): RegExp => new RegExp(`(?<![${L}])${w}(?![${L}])`, 'gu');
    if (word('[tT]ỷ').test(sentence)) return { text: sentence.replace(word('tỷ'), 'tỉ').replace(word('Tỷ'), 'Tỉ') };
    if (word('[tT]ỉ').test(sentence)) return { text: sentence.replace(word('tỉ'), 'tỷ').replace(word('Tỉ'), 'Tỷ') };
    return null;
  },
};

/** The wordings of "compared with last year" in a year-end review. */
export const LAST_YEAR = [
  'so với cùng kỳ năm trước',
  'so với cùng kỳ',
  'so với năm trước',
  'so cùng kỳ',
  'so năm trước',
];

/**
 * "so với cùng kỳ", "so với năm trước", "so năm trước", "so cùng kỳ", or the year before by its number
 * ("so với năm 2022" in a review of 2023), for another of them. Not in a mid-year review, where "cùng
 * kỳ" is last year's first half.
 */
export function comparisonTo(to: string): Transformation {
  return {
    name: `comparison → ${to}`,
    apply(sentence, at, years) {
      if (years.period !== 'year') return null;
      const before = years.reportYear - 1;
      const wordings = [
        ...[`so với cùng kỳ năm ${before}`, `so cùng kỳ năm ${before}`, `so với năm ${before}`, `so năm ${before}`],
        ...LAST_YEAR,
      ];
      const re = new RegExp(`(?<![${L}])(?:${wordings.join('|')})(?![${L}\\d])(?!\\s+năm)`, 'gu');
      const m = nth(sentence, re, at);
      if (!m || m[0] === to) return null;
      return { text: replaceAt(sentence, m.index, m.index + m[0].length, to) };
    },
  };
}

/** A verb of an amount (a percentage too), for the year rewrites: where a subject ends. */
const ANY_VERB = String.raw`(?:ước\s+)?(?:${VERBS.map((v) => v.replace(/ /gu, String.raw`\s+`)).join('|')})|ước`;
const AMOUNT_AHEAD = String.raw`(?=\s+(?:(?:${HEDGE})\s+)?\d)`;

const lowerFirst = (s: string): string => (/^Bưu\s/u.test(s) ? s : s.charAt(0).toLowerCase() + s.slice(1));
const upperFirst = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The year of a subject to the front of its clause: "Tổng doanh thu thực hiện năm 2017 đạt trên 114 tỷ
 * đồng" → "Năm 2017, tổng doanh thu thực hiện đạt trên 114 tỷ đồng". Only the report or plan year, and
 * only a clause that starts the sentence or follows a comma.
 */
export const YEAR_TO_FRONT: Transformation = {
  name: 'year to the front of its clause',
  apply(sentence, at, years) {
    const re = new RegExp(
      String.raw`(?<=^|,\s)([^,;:]*?)\s+năm\s+(\d{4})(?=\s+(?:${ANY_VERB})(?![${L}])${AMOUNT_AHEAD})`,
      'gu',
    );
    const m = nth(sentence, re, at);
    if (!m || m[1]!.trim() === '') return null;
    const year = Number(m[2]);
    if (year !== years.reportYear && year !== years.planYear) return null;
    const first = m.index === 0;
    const clause = first ? lowerFirst(m[1]!) : m[1]!;
    return { text: replaceAt(sentence, m.index, m.index + m[0].length, `${first ? 'Năm' : 'năm'} ${year}, ${clause}`) };
  },
};

/**
 * The opening year into the subject, before its verb: "Năm 2019, tổng doanh thu của Bưu điện tỉnh Phú
 * Yên đạt hơn 197 tỷ đồng" → "Tổng doanh thu của Bưu điện tỉnh Phú Yên năm 2019 đạt hơn 197 tỷ đồng".
 * Only a subject of a few words with no comma before the verb.
 */
export const YEAR_INTO_SUBJECT: Transformation = {
  name: 'opening year into the subject',
  apply(sentence, _at, years) {
    const re = new RegExp(
      String.raw`^(?:Trong\s+năm|Năm)\s+(\d{4}),\s+([^,;:]+?)\s+(?=(?:${ANY_VERB})(?![${L}])${AMOUNT_AHEAD})`,
      'u',
    );
    const m = re.exec(sentence);
    if (!m) return null;
    const year = Number(m[1]);
    if ((year !== years.reportYear && year !== years.planYear) || m[2]!.split(/\s+/u).length > 12) return null;
    return { text: replaceAt(sentence, 0, m[0].length, `${upperFirst(m[2]!)} năm ${year} `) };
  },
};

/** The comma-separated parts of a sentence, with where each starts and ends (a decimal comma is no separator). */
function parts(sentence: string): { start: number; end: number; text: string; after: string }[] {
  const out: { start: number; end: number; text: string; after: string }[] = [];
  const re = /[,;.](?!\d)\s*|$/gu;
  let start = 0;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    out.push({ start, end: m.index, text: sentence.slice(start, m.index), after: m[0] });
    if (m[0] === '') break;
    start = m.index + m[0].length;
  }
  return out;
}
const PLAN_PART = /^(?:đạt|bằng|vượt|hoàn thành)\s.*\d\s*%.*(?:kế hoạch|KH)/u;
const CHANGE_PART = /^(?:tăng|giảm|bằng)\s(?:(?!kế hoạch).)*\d\s*%(?:(?!kế hoạch).)*$/u;

/**
 * The plan and the change after an amount, the other way round: "đạt 112% kế hoạch, tăng 26% so với
 * năm 2017" → "tăng 26% so với năm 2017, đạt 112% kế hoạch". Both follow the amount they compare.
 */
export const SWAP_COMPARISONS: Transformation = {
  name: 'plan and change swapped',
  apply(sentence, at) {
    const ps = parts(sentence);
    const pairs = ps.flatMap((p, i) => {
      const q = ps[i + 1];
      if (i === 0 || !q || ps[i - 1]!.after.trim() !== ',' || p.after.trim() !== ',') return [];
      const planFirst = PLAN_PART.test(p.text) && CHANGE_PART.test(q.text);
      const changeFirst = CHANGE_PART.test(p.text) && PLAN_PART.test(q.text);
      return planFirst || changeFirst ? [[p, q] as const] : [];
    });
    if (pairs.length === 0) return null;
    const [p, q] = pairs[at % pairs.length]!;
    return { text: sentence.slice(0, p.start) + q.text + p.after + p.text + sentence.slice(q.end) };
  },
};

/** "đồng" after a scale as "VNĐ", as many papers write it: "101 tỷ đồng" → "101 tỷ VNĐ", "8,8 triệu VNĐ/người/tháng". */
export const DONG_AS_VND: Transformation = {
  name: 'đồng → VNĐ',
  apply(sentence) {
    const re = new RegExp(`(?<=(?<![${L}])(?:tỷ|tỉ|triệu|nghìn)\\s)đồng(?![${L}])`, 'gu');
    return re.test(sentence) ? { text: sentence.replace(re, 'VNĐ') } : null;
  },
};

/**
 * "tăng" and "tăng trưởng" before a change below 100% say the same: one for the other ("tăng 21% so với
 * cùng kỳ" ↔ "tăng trưởng 21% so với cùng kỳ"). From 100% on, "tăng trưởng 151%" may be an index, so no.
 */
export const CHANGE_VERB: Transformation = {
  name: 'tăng ↔ tăng trưởng',
  apply(sentence, at) {
    const m = nth(
      sentence,
      new RegExp(`(?<![${L}])tăng(?:\\s+trưởng)?(?=\\s+(?:(?:${HEDGE})\\s+)?\\d{1,2}(?:,\\d+)?\\s*%)`, 'gu'),
      at,
    );
    return m
      ? { text: replaceAt(sentence, m.index, m.index + m[0].length, m[0] === 'tăng' ? 'tăng trưởng' : 'tăng') }
      : null;
  },
};

/** "đạt", "bằng" and "hoàn thành" before a share of the plan say the same: "đạt 102% kế hoạch" → "bằng 102% kế hoạch". */
export function planVerbTo(to: 'đạt' | 'bằng' | 'hoàn thành'): Transformation {
  return {
    name: `plan verb → ${to}`,
    apply(sentence, at) {
      const re = new RegExp(
        `(?<![${L}])(?:đạt|bằng|hoàn\\s+thành)(?=\\s+(?:(?:${HEDGE})\\s+)?\\d[\\d,]*\\s*%\\s+(?:so\\s+với\\s+)?(?:kế\\s+hoạch|KH)(?![${L}]))`,
        'gu',
      );
      const m = nth(sentence, re, at);
      if (!m || m[0].replace(/\s+/gu, ' ') === to) return null;
      return { text: replaceAt(sentence, m.index, m.index + m[0].length, to) };
    },
  };
}

/** "đồng" after a scale left out, as headlines and many reports write it: "101 tỷ đồng" → "101 tỷ", "8,8 triệu/người/tháng". */
export const DONG_LEFT_OUT: Transformation = {
  name: 'đồng left out',
  apply(sentence) {
    const re = new RegExp(`(?<=(?<![${L}])(?:tỷ|tỉ|triệu)) đồng(?![${L}])`, 'gu');
    return re.test(sentence) ? { text: sentence.replace(re, '') } : null;
  },
};

/** Thousands of billions in words: "2.200 tỷ đồng" → "2,2 nghìn tỷ đồng". */
export const THOUSAND_BILLION: Transformation = {
  name: 'nghìn tỷ',
  apply(sentence, at) {
    const m = nth(sentence, new RegExp(`(?<![\\d.,])(\\d{1,3})\\.(\\d{3})(?=\\s+(?:tỷ|tỉ)(?![${L}]))`, 'gu'), at);
    if (!m) return null;
    const decimals = m[2]!.replace(/0+$/u, '');
    return {
      text: replaceAt(sentence, m.index, m.index + m[0].length, `${m[1]}${decimals ? `,${decimals}` : ''} nghìn`),
    };
  },
};

/**
 * A change after an amount in brackets instead of after a comma: "đạt trên 159 tỷ đồng, tăng 55% so với
 * năm 2016, nộp …" → "đạt trên 159 tỷ đồng (tăng 55% so với năm 2016), nộp …".
 */
export const BRACKETED_CHANGE: Transformation = {
  name: 'change in brackets',
  apply(sentence, at) {
    const ps = parts(sentence);
    const places = ps.flatMap((p, i) => {
      const before = ps[i - 1];
      return i > 0 &&
        before!.after.trim() === ',' &&
        /\d.*(?:đồng|tỷ|tỉ|triệu)(?:\/\S+)?$/u.test(before!.text) &&
        CHANGE_PART.test(p.text)
        ? [[before!, p] as const]
        : [];
    });
    if (places.length === 0) return null;
    const [before, p] = places[at % places.length]!;
    return { text: `${sentence.slice(0, before.end)} (${p.text})${sentence.slice(p.end)}` };
  },
};

/** A space of the sentence (the `at`-th) doubled. */
export const DOUBLE_SPACE: Transformation = {
  name: 'doubled space',
  apply(sentence, at) {
    const m = nth(sentence, / /u, at);
    return m ? { text: replaceAt(sentence, m.index, m.index + 1, '  ') } : null;
  },
};

/** The space after a number a no-break space, as web pages write it ("101&nbsp;tỷ đồng"). */
export const NO_BREAK_SPACE: Transformation = {
  name: 'no-break space after a number',
  apply(sentence, at) {
    const m = nth(sentence, /(?<=\d) /u, at);
    return m ? { text: replaceAt(sentence, m.index, m.index + 1, '\u00a0') } : null;
  },
};

/** A space before a per cent sign, as some papers set it: "tăng 21%" → "tăng 21 %". */
export const SPACE_BEFORE_PERCENT: Transformation = {
  name: 'space before %',
  apply(sentence, at) {
    const m = nth(sentence, /(?<=\d)%/u, at);
    return m ? { text: replaceAt(sentence, m.index, m.index, ' ') } : null;
  },
};

/** A space before a comma: "101 tỷ đồng , tăng 21%". */
export const SPACE_BEFORE_COMMA: Transformation = {
  name: 'space before a comma',
  apply(sentence, at) {
    const m = nth(sentence, /,(?= )/u, at);
    return m ? { text: replaceAt(sentence, m.index, m.index, ' ') } : null;
  },
};

/** Opening phrases whose comma a writer may leave out or put in: "Trong đó, …", "Năm 2023 …". */
const OPENINGS = String.raw`Trong đó|Cụ thể|Nhờ đó|Nhờ vậy|Đồng thời|Cùng với đó|Theo báo cáo|Năm qua|(?:Trong năm|Kết quả năm|Năm|Kết thúc năm) \d{4}|6 tháng đầu năm`;

/** The comma after an opening phrase, left out or put in: "Trong đó, tổng doanh thu" ↔ "Trong đó tổng doanh thu". */
export const OPENING_COMMA: Transformation = {
  name: 'comma after the opening',
  apply(sentence) {
    const m = new RegExp(String.raw`^(${OPENINGS})(,?)\s+(?=\S)`, 'u').exec(sentence);
    if (!m) return null;
    return { text: replaceAt(sentence, 0, m[0].length, m[2] ? `${m[1]} ` : `${m[1]}, `) };
  },
};

/** "Năm 2023, …" ↔ "Trong năm 2023, …" at the start of a sentence. */
export const IN_THE_YEAR: Transformation = {
  name: 'năm ↔ trong năm',
  apply(sentence) {
    const m = /^(Trong năm|Năm) (\d{4}),/u.exec(sentence);
    if (!m) return null;
    return { text: replaceAt(sentence, 0, m[1]!.length, m[1] === 'Năm' ? 'Trong năm' : 'Năm') };
  },
};

/** "trên" and "hơn" before an amount both say "over": one for the other. */
export const OVER_WORD: Transformation = {
  name: 'trên ↔ hơn',
  apply(sentence, at) {
    const m = nth(sentence, new RegExp(`(?<![${L}])(?:trên|hơn)(?=\\s+\\d)`, 'gu'), at);
    return m ? { text: replaceAt(sentence, m.index, m.index + m[0].length, m[0] === 'trên' ? 'hơn' : 'trên') } : null;
  },
};

/** A line break for a space (the `at`-th), as a page wrapped by hand or a copy from a PDF has. */
export const LINE_BREAK: Transformation = {
  name: 'line break',
  apply(sentence, at) {
    const m = nth(sentence, / /u, at);
    return m ? { text: replaceAt(sentence, m.index, m.index + 1, '\n') } : null;
  },
};

export const TRANSFORMATIONS: readonly Transformation[] = [
  verbTo('đạt'),
  verbTo('thực hiện được'),
  verbTo('được'),
  verbTo('ước đạt'),
  TY_TI,
  ...['so với cùng kỳ', 'so với cùng kỳ năm trước', 'so với năm trước', 'so năm trước', 'so cùng kỳ'].map(comparisonTo),
  DONG_AS_VND,
  DONG_LEFT_OUT,
  THOUSAND_BILLION,
  BRACKETED_CHANGE,
  CHANGE_VERB,
  ...(['đạt', 'bằng', 'hoàn thành'] as const).map(planVerbTo),
  YEAR_TO_FRONT,
  YEAR_INTO_SUBJECT,
  SWAP_COMPARISONS,
  IN_THE_YEAR,
  OPENING_COMMA,
  OVER_WORD,
  DOUBLE_SPACE,
  NO_BREAK_SPACE,
  SPACE_BEFORE_COMMA,
  SPACE_BEFORE_PERCENT,
  LINE_BREAK,
];

// ---------------------------------------------------------------------------------------------
// What a rewrite should read.

/** Where the annotation's phrase of a figure stands in the sentence (any white space between its words). */
function phraseSpan(sentence: string, phrase: string): [number, number] | null {
  const words = phrase
    .trim()
    .split(/\s+/u)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&'));
  const m = new RegExp(words.join(String.raw`\s+`), 'iu').exec(sentence);
  return m ? [m.index, m.index + m[0].length] : null;
}

/**
 * The facts a rewrite of the case's sentence should read: the same, but for "ước đạt", which makes the
 * one result whose verb it replaced an estimate. Null when the rewrite cannot be judged from the
 * annotation: a verb whose figure the annotation's phrases do not place, or a target's verb (a verb of
 * a result is not one of a plan).
 */
export function expectedAfter(c: Case, rewrite: Rewrite, transformation: Transformation): ExpectedFact[] | null {
  if (rewrite.verbAt === undefined) return c.facts;
  const owner = c.facts.find((f) => {
    const span = f.phrase === null ? null : phraseSpan(c.sentence, f.phrase);
    return span !== null && span[0] <= rewrite.verbAt! && rewrite.verbAt! < span[1];
  });
  if (!owner || owner.kind !== 'result' || owner.value === null) return null;
  if (!transformation.name.endsWith('ước đạt')) return c.facts;
  return c.facts.map((f) => (f === owner ? { ...f, estimated: true } : f));
}
