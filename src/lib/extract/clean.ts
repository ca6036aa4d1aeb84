/**
 * Cleaning: from scraped text to the article itself (headline, paragraphs, photo captions) by general
 * rules about how news pages are built, not by lists of known strings:
 * - site chrome is short and made of interface words (share/print bars, hotlines, confirmation prompts);
 * - a weekday with a date and no time at the top is the site's "today" header;
 * - a short line with a date and a time is the publication stamp;
 * - the headline is the longest short line before the lead; other short lines there are section labels;
 * - a short line between paragraphs without closing punctuation is a photo caption;
 * - a capitalised name alone near the end (or "Tin, ảnh: …") is the byline; what follows it is chrome;
 * - a "Tin khác" / "Tin liên quan" heading starts the list of related links: the article ended before it;
 * - a paragraph repeated word for word (a caption echoed as alt text) is kept once.
 */
import { isPageDateLine, parsePublicationStamp } from '../vi-date.ts';

/** Paragraphs and captions come from the article; a heading only separates a second source's text. */
export type BlockKind = 'paragraph' | 'caption' | 'heading';

export interface Block {
  kind: BlockKind;
  text: string;
}

export interface DroppedLine {
  text: string;
  reason: 'chrome' | 'page-date' | 'stamp' | 'section-label' | 'byline' | 'related-links' | 'duplicate' | 'noise';
}

export interface CleanedArticle {
  title: string | null;
  blocks: Block[];
  /** From an in-text publication stamp: YYYY-MM-DDTHH:MM. */
  publishedAt: string | null;
  author: string | null;
  dropped: DroppedLine[];
}

/** Number of words (syllables) in a line, counted without building a list. */
function words(s: string): number {
  let n = 0;
  let inWord = false;
  for (const ch of s) {
    const isWord = WORD_CHAR.test(ch);
    if (isWord && !inWord) n += 1;
    inWord = isWord;
  }
  return n;
}
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Interface vocabulary of Vietnamese news sites (share, print, save, comment, font size…). */
const UI_WORDS = new Set(
  [
    'gửi', 'email', 'e-mail', 'in', 'trang', 'lưu', 'chia', 'sẻ', 'bình', 'luận', 'thích', 'like', 'share', 'tweet',
    'facebook', 'zalo', 'twitter', 'print', 'save', 'copy', 'link', 'sao', 'chép', 'liên', 'kết', 'theo', 'dõi',
    'phóng', 'to', 'thu', 'nhỏ', 'cỡ', 'chữ', 'aa', 'a', 'a-', 'a+', 'bài', 'viết', 'tin', 'quay', 'lại', 'về', 'đầu',
    'trang', 'chủ', 'nghe', 'đọc', 'bản', 'in', 'mail',
  ],
);

/** Lines a site prints around every article. */
const CHROME_LINE = [
  /^(?:đường\s+dây\s+nóng|hotline|tổng\s+đài)(?![\p{L}]).*$/iu,
  /^bạn\s+có\s+(?:chắc|muốn)(?![\p{L}])/iu,
  /^(?:đăng\s+nhập|đăng\s+ký|quên\s+mật\s+khẩu|đăng\s+xuất)(?![\p{L}])/iu,
  /^(?:danh\s+bạ|sơ\s+đồ\s+(?:trang|site)|liên\s+hệ|trang\s+chủ|tìm\s+kiếm|xem\s+thêm|đọc\s+thêm|quay\s+lại)\s*[:.]?$/iu,
  /^\d+\s+lượt\s+(?:xem|thích|chia\s+sẻ)$/iu,
  /^[\d\s.()+-]{8,}$/u, // a phone number on its own
];

const RELATED_LINKS_HEADING =
  /^(?:các\s+)?(?:tin|bài(?:\s+viết)?)\s+(?:khác|liên\s+quan|cùng\s+chuyên\s+mục|đã\s+đưa|mới\s+nhất|xem\s+nhiều)\s*:?$/iu;

/** Crawl metadata left at the start of the text: " date 2021-01 …". */
const CRAWL_PREFIX = /^date\s+\d{4}-\d{2}(?:-\d{2})?\s+/iu;

function isChrome(line: string): boolean {
  if (CHROME_LINE.some((re) => re.test(line))) return true;
  const tokens = line.toLocaleLowerCase('vi').split(/[\s|/•·]+/u).filter(Boolean);
  return tokens.length > 0 && tokens.length <= 10 && tokens.every((t) => UI_WORDS.has(t));
}

const NAME_WORD = String.raw`\p{Lu}[\p{L}]*\.?(?:\p{Lu}\.?)*`;
const NAME_LINE = new RegExp(String.raw`^\(?(${NAME_WORD}(?:\s+${NAME_WORD}){0,3})\)?(?:\s*[/-]\s*[\p{Lu}\d]{2,10})?\s*\|?$`, 'u');
const CREDIT_LINE = /^(?:tin|bài|ảnh|tin\s*,\s*ảnh|bài\s*,\s*ảnh|tin\s+và\s+ảnh|bài\s+và\s+ảnh|nguồn)\s*:\s*(.{2,60})$/iu;

/** "Hoàng Nhi", "ĐỖ HOẠT", "Lê Giang/THĐT", "P.G |", "(Trần Minh)", "Tin, ảnh: QUANG VŨ". */
export function bylineName(line: string): string | null {
  const s = line.trim();
  const credit = CREDIT_LINE.exec(s);
  if (credit) return credit[1]!.trim();
  if (s.length > 40 || /\d/.test(s.replace(/[/-].*$/, ''))) return null;
  const m = NAME_LINE.exec(s);
  if (!m) return null;
  const name = m[1]!;
  // A single capitalised word is a label, not a name, unless it is an initials pair ("P.G").
  if (!/\s/.test(name) && !/\./.test(name)) return null;
  return name;
}

/** Closing punctuation of a sentence, possibly inside closing quotes or a bracket. */
const TERMINAL = /[.!?…]["”'’)]*\s*$/u;

/** Can this line be a photo caption? Short, no closing full stop. */
function captionLike(line: string): boolean {
  if (/^ảnh\s*(?:minh\s+họa)?\s*:/iu.test(line)) return true;
  if (TERMINAL.test(line)) return false;
  const n = words(line);
  if (/:\s*$/.test(line)) return n <= 12;
  return n >= 2 && n <= 45;
}

/** A line that opens the story: a full sentence, or longer than any headline (counted in syllables). */
function leadLike(line: string): boolean {
  return words(line) >= 45 || (TERMINAL.test(line) && words(line) >= 6);
}

export interface CleanOptions {
  /** The stored copy stops before the article ends: its last paragraph is cut, not a caption. */
  excerpt?: boolean;
}

export function cleanArticle(text: string, options: CleanOptions = {}): CleanedArticle {
  const dropped: DroppedLine[] = [];
  let publishedAt: string | null = null;
  let author: string | null = null;

  let lines = text
    .split('\n')
    .map((l) => l.replace(/\t/g, ' ').replace(/ {2,}/g, ' ').trim())
    .filter((l) => l.length > 0);

  // The related-links list runs to the end of the page.
  const related = lines.findIndex((l, i) => i > 0 && RELATED_LINKS_HEADING.test(l));
  if (related > 0) {
    for (const l of lines.slice(related)) dropped.push({ text: l, reason: 'related-links' });
    lines = lines.slice(0, related);
  }

  // First pass: drop chrome, page dates and stamps; keep the rest in order.
  const kept: string[] = [];
  for (let raw of lines) {
    if (kept.length === 0) raw = raw.replace(CRAWL_PREFIX, '');
    const line = raw.replace(/^[–—-]\s+/u, '').trim();
    if (line.length <= 2 && !/\d/.test(line)) {
      dropped.push({ text: raw, reason: 'noise' });
    } else if (isPageDateLine(line)) {
      dropped.push({ text: raw, reason: 'page-date' });
    } else if (isChrome(line)) {
      dropped.push({ text: raw, reason: 'chrome' });
    } else {
      const stamp = parsePublicationStamp(line);
      if (stamp) {
        publishedAt ??= stamp;
        dropped.push({ text: raw, reason: 'stamp' });
      } else {
        kept.push(line);
      }
    }
  }

  // Headline: the longest short line before the lead; the other short lines there are section labels.
  let title: string | null = null;
  const leadIndex = kept.findIndex((l) => leadLike(l));
  const head = leadIndex === -1 ? [] : kept.slice(0, leadIndex);
  let bodyLines = leadIndex === -1 ? kept : kept.slice(leadIndex);
  if (head.length > 0) {
    const best = head.reduce<string | null>((a, l) => (a === null || words(l) > words(a) ? l : a), null);
    if (best && words(best) >= 4) title = best.replace(/\s*\|\s*$/, '');
    const titleAt = title ? head.indexOf(best!) : head.length;
    for (const [i, l] of head.entries()) {
      if (i === titleAt) continue;
      // Before the headline a short line is a section label ("BƯU ĐIỆN TỈNH"); after it, a byline.
      const name = i > titleAt ? bylineName(l) : null;
      if (name) {
        author ??= name;
        dropped.push({ text: l, reason: 'byline' });
      } else {
        dropped.push({ text: l, reason: 'section-label' });
      }
    }
  }

  // Byline at the end: the last name-only line among the final lines; everything after it is chrome.
  for (let i = bodyLines.length - 1; i >= Math.max(1, bodyLines.length - 4); i -= 1) {
    const name = bylineName(bodyLines[i]!);
    if (name) {
      author = name;
      for (const l of bodyLines.slice(i)) dropped.push({ text: l, reason: l === bodyLines[i] ? 'byline' : 'chrome' });
      bodyLines = bodyLines.slice(0, i);
      break;
    }
  }
  // A byline right after the headline ("P.G |").
  if (bodyLines.length > 0) {
    const name = bylineName(bodyLines[0]!);
    if (name) {
      author ??= name;
      dropped.push({ text: bodyLines[0]!, reason: 'byline' });
      bodyLines = bodyLines.slice(1);
    }
  }

  const blocks: Block[] = [];
  const seen = new Set<string>();
  bodyLines.forEach((line, i) => {
    const key = line.toLocaleLowerCase('vi').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    if (seen.has(key)) {
      dropped.push({ text: line, reason: 'duplicate' });
      return;
    }
    seen.add(key);
    const last = i === bodyLines.length - 1;
    const isCaption = i > 0 && captionLike(line) && !(last && options.excerpt) && !(last && words(line) > 20);
    blocks.push({ kind: isCaption ? 'caption' : 'paragraph', text: line });
  });

  return { title, blocks, publishedAt, author, dropped };
}
