/**
 * A percentage joined to its figure: the share of the plan ("đạt 102% kế hoạch" → planPercent 102) or the
 * change against last year ("tăng 21%" → changePercent 21; "bằng 111% so với …" → 11), with a warning
 * where the wording allows another reading.
 */
import type { Metric } from '../metrics.ts';
import type { Qualifier } from '../schema/common.ts';
import { warning, type Warning } from '../schema/review.ts';
import { lowerKeepLength } from '../vi-number.ts';
import { formatVi, round } from './figure-notes.ts';
import type { FigureDraft } from './figure-types.ts';
import type { PercentHit } from './rules/percent-role.ts';
import { INDEX_WORDING } from './rules/subject.ts';

export function readChange(
  h: PercentHit,
  metric: Metric | null,
  text: string,
  warnings: Warning[],
  field: string,
): { value: number; qualifier: Qualifier } | null {
  const x = h.q.value;
  const phrase = text.slice(h.phraseStart, h.phraseEnd).trim();
  const range = metric?.plausibleChange ?? [-100, 1000];
  switch (h.role) {
    case 'change': {
      // Over 100, "tăng X%" is read by its wording: compared "với thực hiện / kết quả năm …" it is the
      // index those words go with ("bằng 111% so với thực hiện năm 2019"), so "tăng 114% so với thực hiện
      // năm 2019" is +14; compared "với cùng kỳ" it is a rise, kept as written unless it is implausible
      // for the metric. Either way a reviewer is told the other reading.
      const indexWording = INDEX_WORDING.test(lowerKeepLength(phrase));
      if (x > 100 && (indexWording || !(x <= range[1])) && x - 100 <= range[1]) {
        warnings.push(
          warning(
            field,
            `"${phrase}" hiểu đúng theo chữ là tăng ${formatVi(x)}%, không hợp lý trong một năm; đã đọc là chỉ số (bằng ${formatVi(x)}% năm trước = +${formatVi(round(x - 100))}%). Hãy đối chiếu với bài.`,
            `"${phrase}" taken literally is a rise of ${x}%, implausible for one year; read as an index (${x}% of last year = +${round(x - 100)}%). Check the article.`,
            phrase,
          ),
        );
        return { value: round(x - 100), qualifier: h.qualifier };
      }
      if (x >= 100) {
        warnings.push(
          warning(
            field,
            `"${phrase}": tăng ${formatVi(x)}% trong một năm; nếu bài muốn nói "bằng ${formatVi(x)}% năm trước" thì mức tăng là +${formatVi(round(x - 100))}%.`,
            `"${phrase}": a rise of ${x}% in one year; if the article meant "${x}% of last year", the change is +${round(x - 100)}%.`,
            phrase,
          ),
        );
      }
      return { value: x, qualifier: h.qualifier };
    }
    case 'change-negative':
      return { value: -x, qualifier: h.qualifier };
    case 'index':
      if (h.ambiguousMultiple)
        warnings.push(
          warning(
            field,
            `"${phrase}" được hiểu là gấp ${formatVi(x / 100)} lần năm trước (+${formatVi(round(x - 100))}%); nếu bài muốn nói tăng thêm ${formatVi(x / 100)} lần thì mức tăng là +${formatVi(x)}%. Hãy đối chiếu với bài.`,
            `"${phrase}" was read as ${x / 100} times last year (+${round(x - 100)}%); if the article meant an increase by ${x / 100} times, the change is +${x}%. Check the article.`,
            phrase,
          ),
        );
      return { value: round(x - 100), qualifier: h.qualifier };
    case 'growth-ambiguous':
      if (x > 100) {
        warnings.push(
          warning(
            field,
            `"${phrase}" có thể hiểu là "bằng ${formatVi(x)}% năm trước" (+${formatVi(round(x - 100))}%) hoặc "tăng ${formatVi(x)}%"; đã đọc theo cách thứ nhất. Hãy đối chiếu với bài.`,
            `"${phrase}" can mean "${x}% of last year" (+${round(x - 100)}%) or "grew by ${x}%"; read as the first. Check the article.`,
            phrase,
          ),
        );
        return { value: round(x - 100), qualifier: h.qualifier };
      }
      return { value: x, qualifier: h.qualifier };
    default:
      return null;
  }
}

export function attachPercent(
  fig: FigureDraft,
  h: PercentHit,
  metric: Metric,
  text: string,
  impliedBase?: number,
): void {
  const phrase = text.slice(h.phraseStart, h.phraseEnd).trim();
  if (h.q.rangeTo !== undefined) fig.warnings.push(rangeWarning(h, phrase));
  if (h.role === 'plan' || h.role === 'plan-excess') {
    const value = round(h.role === 'plan' ? h.q.value : 100 + h.q.value);
    if (fig.planPercent === undefined) {
      fig.planPercent = value;
      if (h.qualifier !== 'exact') fig.planQualifier = h.qualifier;
      fig.corporatePlan = h.corporatePlan;
    } else if (fig.planPercent !== value) {
      // Two plans ("đạt 100% kế hoạch mục tiêu đề ra, đạt 103% kế hoạch Tổng Công ty giao"):
      // the corporation's plan is the official one.
      const prefer = h.corporatePlan && !fig.corporatePlan;
      const kept = prefer ? value : fig.planPercent;
      const corporate = prefer || fig.corporatePlan;
      fig.warnings.push(
        warning(
          'planPercent',
          `Bài nêu hai tỷ lệ hoàn thành kế hoạch (${formatVi(fig.planPercent)}% và ${formatVi(value)}%); giữ ${formatVi(kept)}%${corporate ? ', theo kế hoạch Tổng công ty giao' : ', tỷ lệ nêu trước'}.`,
          `Two plan percentages are given (${fig.planPercent}% and ${value}%); kept ${kept}%${corporate ? ', the plan set by the corporation' : ', the first'}.`,
          phrase,
        ),
      );
      if (prefer) {
        fig.planPercent = value;
        if (h.qualifier !== 'exact') fig.planQualifier = h.qualifier;
        else delete fig.planQualifier;
      }
    }
  } else {
    // A change is against the year before; one against another year ("gấp 1,9 lần năm 2018", or a
    // growth after "năm 2012 đạt …, đến năm 2016 đạt …") is a comparison over a span.
    const base = h.baseYear ?? impliedBase;
    if (base !== undefined && base < fig.year - 1 && fig.period === 'year') {
      fig.warnings.push(spanWarning(phrase, base, fig.year));
      return;
    }
    // "tăng 20,5% so năm 2016" in a review of 2016: the year compared with itself is a slip for the
    // year before, as a reader takes it; said so.
    if (base !== undefined && base >= fig.year) fig.warnings.push(sameYearWarning(phrase, base, fig.year));
    const c = readChange(h, metric, text, fig.warnings, 'changePercent');
    if (!c) return;
    if (fig.changePercent === undefined) {
      fig.changePercent = c.value;
      if (c.qualifier !== 'exact') fig.changeQualifier = c.qualifier;
    }
  }
  if (fig.value === null && fig.qualifier === 'exact' && h.qualifier !== 'exact') fig.qualifier = h.qualifier;
  // The quote runs from the first word of either ("tăng thu nhập bình quân … 9,8%") to the last.
  fig.start = Math.min(fig.start, h.phraseStart);
  fig.end = Math.max(fig.end, h.phraseEnd);
}

/** "tăng 20 - 25%": a range, read as its lower end ("at least"), which a reviewer should know. */
export function rangeWarning(h: PercentHit, phrase: string): Warning {
  const [low, high] = [h.q.value, h.q.rangeTo!];
  return warning(
    'changePercent',
    `"${phrase}" nêu một khoảng (${formatVi(low)}–${formatVi(high)}%); đã ghi mức thấp ${formatVi(low)}% với "trên". Hãy sửa nếu cần.`,
    `"${phrase}" gives a range (${low}–${high}%); recorded as its lower end, ${low}%, with "over". Correct it if needed.`,
    phrase,
  );
}

/** A change over several years is not the change against last year that the content model records. */
function spanWarning(phrase: string, base: number, year: number): Warning {
  return warning(
    'changePercent',
    `"${phrase}" so sánh với năm ${base}, không phải với năm trước (${year - 1}); không ghi là mức tăng so với năm trước.`,
    `"${phrase}" compares with ${base}, not with the year before (${year - 1}); it was not recorded as the change against last year.`,
    phrase,
  );
}

function sameYearWarning(phrase: string, base: number, year: number): Warning {
  return warning(
    'changePercent',
    `"${phrase}" so sánh năm ${year} với năm ${base}; đã hiểu là so với năm trước (${year - 1}). Hãy đối chiếu với bài.`,
    `"${phrase}" compares ${year} with ${base}; read as against the year before (${year - 1}). Check the article.`,
    phrase,
  );
}
