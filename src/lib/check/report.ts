/**
 * The printed report: one line per problem per language, then a short summary in each language.
 */
import type { CheckReport } from './check-corpus.ts';
import { formatProblemLines, type Lang } from './problem.ts';

export function reportLines(report: CheckReport, langs: readonly Lang[]): string[] {
  const lines = report.problems.flatMap((p) => formatProblemLines(p, langs));
  if (lines.length > 0) lines.push('');
  for (const lang of langs) lines.push(summaryLine(report, lang));
  return lines;
}

export function summaryLine(r: CheckReport, lang: Lang): string {
  if (lang === 'vi') {
    const verdict = r.errors === 0 && r.warnings === 0 ? 'không có lỗi' : `${r.errors} lỗi, ${r.warnings} cảnh báo`;
    const extra = [
      r.needsReview.length ? `${r.needsReview.length} bài cần rà soát (needs-review)` : '',
      r.drafts.length ? `${r.drafts.length} bản nháp (draft, không đưa lên trang)` : '',
    ].filter(Boolean);
    return `Đã kiểm tra ${r.entries} bài: ${verdict}.${extra.length ? ` ${extra.join(', ')}.` : ''}`;
  }
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  const verdict =
    r.errors === 0 && r.warnings === 0
      ? 'no problems'
      : `${plural(r.errors, 'error')}, ${plural(r.warnings, 'warning')}`;
  const extra = [
    r.needsReview.length
      ? `${r.needsReview.length} ${r.needsReview.length === 1 ? 'entry needs' : 'entries need'} review (needs-review)`
      : '',
    r.drafts.length ? `${plural(r.drafts.length, 'draft')} (left out of the site)` : '',
  ].filter(Boolean);
  return `Checked ${plural(r.entries, 'entry').replace('entrys', 'entries')}: ${verdict}.${extra.length ? ` ${extra.join(', ')}.` : ''}`;
}
