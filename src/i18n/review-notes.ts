/**
 * The words readers see about an entry under review (src/lib/digest/review-notes.ts decides what each
 * warning is about): short and calm, saying what is uncertain, never what an editor should do.
 */
import type { EntryNote, ItemNote } from '../lib/digest/review-notes.ts';
import type { Lang } from '../lib/lang.ts';
import { FIELDS, PARTS } from './review-fields.ts';

type Words = Record<Lang, string>;

/** A doubt readers are told about in its own words: by field and kind. */
const SPECIFIC: Record<string, Words> = {
  'title:made-up-title': {
    vi: 'Tiêu đề do hệ thống đặt: bài gốc không có tiêu đề.',
    en: 'The title was written by the system: the article has none.',
  },
  'source:excerpt': {
    vi: 'Bài gốc chỉ có một phần: có thể còn thiếu số liệu hoặc khen thưởng.',
    en: 'Only part of the article was available: figures or awards may be missing.',
  },
  'province:inferred': {
    vi: 'Bài không nêu tên tỉnh; tỉnh được suy ra từ nội dung.',
    en: 'The article does not name the province; it was inferred from the text.',
  },
  'province:missing': {
    vi: 'Chưa xác định được bài nói về tỉnh nào.',
    en: 'Which province this is about is not known.',
  },
  'province:split': {
    vi: 'Bài nói về nhiều tỉnh; số liệu đã được tách theo tỉnh.',
    en: 'The article covers several provinces; its figures were split by province.',
  },
  'reportYear:inferred': {
    vi: 'Bài không nêu rõ năm; năm được suy ra từ ngày tháng.',
    en: 'The article does not state the year; it was inferred from a date.',
  },
  'eventDate:missing': { vi: 'Bài không nêu ngày hội nghị.', en: 'The article does not give the conference date.' },
  'kpis:missing': { vi: 'Chưa tìm thấy số liệu nào trong bài.', en: 'No figures were found in the article.' },
};

/** "Tiêu đề đang được kiểm tra lại." for a doubt with no words of its own. */
export function entryNoteText(note: EntryNote, lang: Lang): string {
  const specific = note.kind ? SPECIFIC[`${note.field}:${note.kind}`] : undefined;
  if (specific) return specific[lang];
  const field = FIELDS[note.field]?.[lang] ?? note.field;
  if (note.kind === 'inferred')
    return lang === 'vi'
      ? `${field}: được suy ra, bài không nêu rõ.`
      : `${field}: inferred; the article does not state it.`;
  if (note.kind === 'missing')
    return lang === 'vi' ? `${field}: bài không nêu.` : `${field}: not given in the article.`;
  return lang === 'vi' ? `${field}: đang được kiểm tra lại.` : `${field}: being checked.`;
}

/** "Đang kiểm tra lại: so với năm trước" beside a figure; the item as a whole when no part is named. */
export function itemNoteText(notes: readonly ItemNote[], lang: Lang): string {
  const parts = notes.flatMap((n) => (n.part ? [PARTS[n.part]?.[lang] ?? n.part] : []));
  const head = lang === 'vi' ? 'Đang kiểm tra lại' : 'Being checked';
  return parts.length > 0 && parts.length === notes.length ? `${head}: ${[...new Set(parts)].join(', ')}` : head;
}

/** Beside a figure shown away from its article: what of it is being checked, or that its article is. */
export function figureReviewText(notes: readonly ItemNote[] | null, lang: Lang): string | undefined {
  if (notes === null) return undefined;
  if (notes.length > 0) return itemNoteText(notes, lang);
  return lang === 'vi' ? 'Bài đang được kiểm tra lại' : 'Article being checked';
}
