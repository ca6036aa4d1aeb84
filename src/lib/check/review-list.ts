/**
 * `npm run check -- --review`: what is left to review, entry by entry. Each entry that is not reviewed (and
 * any marked reviewed that still has warnings) with its status, then each of its warnings as the ingest or an
 * editor wrote it: the field, what to check, and the article's phrase. `unreviewed` entries are listed too:
 * the machine read them without doubts, but no person has checked them against the article. Counts by status
 * come first.
 */
import type { EntryCheck } from './check-entry.ts';
import type { Lang } from './problem.ts';

export const REVIEW_STATUSES = ['needs-review', 'unreviewed', 'reviewed'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export interface ReviewWarningItem {
  /** The warning's line in the file. */
  line: number;
  field: string;
  message: string;
  messageEn?: string;
  quote?: string;
}

export interface ReviewItem {
  file: string;
  /** The line of review.status. */
  line: number;
  status: ReviewStatus;
  warnings: ReviewWarningItem[];
}

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v : undefined);

/** The review of each entry whose frontmatter has a known status, in the order given. */
export function reviewItems(checks: readonly EntryCheck[]): ReviewItem[] {
  return checks.flatMap((c): ReviewItem[] => {
    const review = c.data?.review as Record<string, unknown> | undefined;
    const status = review?.status;
    if (!REVIEW_STATUSES.includes(status as ReviewStatus)) return [];
    const warnings = Array.isArray(review!.warnings) ? (review!.warnings as unknown[]) : [];
    return [
      {
        file: c.file,
        line: c.lineOf(['review', 'status']),
        status: status as ReviewStatus,
        warnings: warnings.flatMap((w, i): ReviewWarningItem[] => {
          if (!w || typeof w !== 'object') return [];
          const { field, message, messageEn, quote } = w as Record<string, unknown>;
          const en = text(messageEn);
          const q = text(quote);
          return [
            {
              line: c.lineOf(['review', 'warnings', i]),
              field: text(field) ?? 'review.warnings',
              message: text(message) ?? '',
              ...(en ? { messageEn: en } : {}),
              ...(q ? { quote: q } : {}),
            },
          ];
        }),
      },
    ];
  });
}

const STATUS_WORDS: Record<Lang, Record<ReviewStatus, (n: number) => string>> = {
  vi: {
    'needs-review': (n) => `needs-review: ${n} cảnh báo cần kiểm tra`,
    unreviewed: () => 'unreviewed: máy đọc không có nghi vấn, chưa người nào đối chiếu với bài',
    reviewed: (n) => `reviewed, nhưng còn ${n} cảnh báo`,
  },
  en: {
    'needs-review': (n) => `needs-review: ${n} warning${n === 1 ? '' : 's'} to check`,
    unreviewed: () => 'unreviewed: read by the machine without doubts, never checked against the article by a person',
    reviewed: (n) => `reviewed, but ${n} warning${n === 1 ? ' remains' : 's remain'}`,
  },
};

/** `Rà soát: 2 needs-review, 1 unreviewed, 5 reviewed.` in each language. */
export function reviewCountLine(items: readonly ReviewItem[], lang: Lang): string {
  const counts = REVIEW_STATUSES.map((s) => `${items.filter((i) => i.status === s).length} ${s}`).join(', ');
  return `${lang === 'vi' ? 'Rà soát' : 'Review'}: ${counts}.`;
}

/**
 * The counts, then each entry left to review (needs-review first, then unreviewed, then reviewed with warnings
 * left), each line `file:line  field  …` so that an editor's terminal opens the file at the warning.
 */
export function reviewLines(items: readonly ReviewItem[], langs: readonly Lang[]): string[] {
  const lines = langs.map((lang) => reviewCountLine(items, lang));
  const left = REVIEW_STATUSES.flatMap((s) =>
    items.filter((i) => i.status === s && (s !== 'reviewed' || i.warnings.length > 0)),
  );
  for (const item of left) {
    lines.push('');
    for (const lang of langs)
      lines.push(`${item.file}:${item.line}  review.status  ${STATUS_WORDS[lang][item.status](item.warnings.length)}`);
    for (const w of item.warnings) {
      for (const lang of langs) {
        const message = lang === 'en' ? (w.messageEn ?? w.message) : w.message;
        const quote = w.quote ? `  — ${lang === 'vi' ? 'trích' : 'quote'}: “${w.quote}”` : '';
        lines.push(`${item.file}:${w.line}  ${w.field}  ${message}${quote}`);
      }
    }
  }
  return lines;
}
