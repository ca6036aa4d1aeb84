/**
 * From raw article text to entry data: clean, read the years, find the province (splitting an article
 * that reports on two provinces), date the conference, read figures, awards and people, and say what
 * a person should check.
 */
import { unitOn, type ProvinceUnit } from '../provinces.ts';
import type { EntryInput } from '../schema/entry.ts';
import type { Source } from '../schema/source.ts';
import { slugify } from '../text/fold.ts';
import { firstDateMention, inferYear, parseHeaderDate, toIso } from '../vi-date.ts';
import { lowerKeepLength } from '../vi-number.ts';
import { extractAwards, type AwardDraft } from './awards.ts';
import { cleanArticle, type Block, type CleanedArticle } from './clean.ts';
import { warning, warningOfKind, type Warning } from '../schema/review.ts';
import {
  extractFigures,
  type FigureContext,
  type FigureDraft,
  type FigureResult,
  type ServiceGrowthDraft,
} from './figures.ts';
import { addHeadlineFigures } from './headline-figures.ts';
import { languageRefusal, readLanguage } from './language.ts';
import { extractPeople } from './people.ts';
import {
  findProvinceMentions,
  provinceFromPublisher,
  resolveMentionUnits,
  scoreProvinces,
  type ProvinceMention,
} from './province.ts';
import { parseRawArticle, type RawArticle } from './raw.ts';
import { itemOf, reviewEntry } from './review/index.ts';
import { notTheSubjectWarning, subjectOfArticle, type ArticleSubject } from './rules/subject-of-article.ts';
import { readYears, type YearReading } from './years.ts';

export class ExtractError extends Error {}

type Figure = ReturnType<typeof toFigure>;
type Growth = ReturnType<typeof toServiceGrowth>;
type AwardData = ReturnType<typeof toAward>;

/** A list item with what a reviewer should know about it. */
export interface Noted<T> {
  item: T;
  warnings: Warning[];
}

export interface ExtractedEntry {
  title: string;
  province: string | null;
  reportYear: number;
  planYear: number | null;
  eventDate: string | null;
  eventKind: YearReading['eventKind'];
  kpis: Noted<Figure>[];
  targets: Noted<Figure>[];
  serviceGrowth: Noted<Growth>[];
  awards: Noted<AwardData>[];
  people: { name: string; role: string; organization?: string }[];
  source: Source;
  /** Warnings about the entry as a whole (province, date, title, excerpt). */
  warnings: Warning[];
  /** The body's blocks (the cleaned article text). */
  blocks: Block[];
  /** The province unit the entry is about, when known. */
  unit: ProvinceUnit | null;
}

/** The frontmatter of an extracted entry, with its review block, in the schema's field order. */
export function entryData(
  e: ExtractedEntry,
): EntryInput & { title: string; province: string | null; reportYear: number } {
  const warnings: Warning[] = [...e.warnings];
  const lists = { kpis: e.kpis, targets: e.targets, serviceGrowth: e.serviceGrowth, awards: e.awards } as const;
  for (const [name, list] of Object.entries(lists)) {
    list.forEach((n: Noted<unknown>, i: number) => {
      for (const w of n.warnings)
        warnings.push({ ...w, field: `${name}[${i}]${w.field === name ? '' : `.${w.field}`}` });
    });
  }
  const unique = dedupeWarnings(warnings);
  return {
    title: e.title,
    province: e.province,
    reportYear: e.reportYear,
    planYear: e.planYear,
    eventDate: e.eventDate,
    eventKind: e.eventKind,
    kpis: e.kpis.map((n) => n.item),
    targets: e.targets.map((n) => n.item),
    serviceGrowth: e.serviceGrowth.map((n) => n.item),
    awards: e.awards.map((n) => n.item),
    people: e.people,
    source: e.source,
    review: { status: unique.length > 0 || e.province === null ? 'needs-review' : 'unreviewed', warnings: unique },
  };
}

export interface ExtractedArticle {
  raw: RawArticle;
  cleaned: CleanedArticle;
  entries: ExtractedEntry[];
}

/** Read one raw article. Throws ExtractError when nothing usable is in it. */
export function extractArticle(input: string): ExtractedArticle {
  const raw = parseRawArticle(input);
  const language = readLanguage(raw.text);
  if (!language.vietnamese) throw new ExtractError(languageRefusal(language.language));
  const excerpt = /^excerpt$/iu.test(raw.header['retrieved-as'] ?? '');
  const cleaned = cleanArticle(raw.text, { excerpt });
  if (cleaned.blocks.length === 0)
    throw new ExtractError(
      'không tìm thấy nội dung bài (chỉ có phần điều hướng của trang, ngày tháng, hoặc tệp rỗng) / no article text was found (only site navigation, dates or an empty file)',
    );

  const headerPublished = raw.header.published ? parseHeaderDate(raw.header.published) : null;
  const publishedAt = headerPublished ?? cleaned.publishedAt;
  const blockTexts = cleaned.blocks.map((b) => b.text);
  const title = raw.header.title || cleaned.title;
  const years = readYears(title, blockTexts, publishedAt);
  if (years.reportYear === null) {
    throw new ExtractError(
      'không biết bài tổng kết năm nào: bài không nêu năm và không có ngày đăng; thêm dòng "published: YYYY-MM-DD" ở đầu tệp, rồi một dòng trống / cannot tell which year the article reports on: it names no year and has no publication date; add a "published: YYYY-MM-DD" line at the top of the file, then a blank line',
    );
  }

  const mentions = findProvinceMentions(null, blockTexts);
  const titleMentions = title ? findProvinceMentions(title, []) : [];
  const publisher = raw.header.source ? provinceFromPublisher(raw.header.source) : null;
  const segments = splitByProvince(blockTexts, mentions, years);
  // Whose results: with no provincial post office as the subject, the figures and awards are not one's.
  const subject = subjectOfArticle(
    title,
    cleaned.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text),
  );

  const entries: ExtractedEntry[] = [];
  let previousDate: string | null = null;
  segments.forEach((seg, si) => {
    const warnings: Warning[] = [];
    const segTexts = blockTexts.slice(seg.from, seg.to);
    const segMentions = mentions.filter((m) => m.block >= seg.from && m.block < seg.to);

    // Date first (the province is read as it was on that day).
    const date = conferenceDate(segTexts, years, publishedAt, si > 0 ? previousDate : null, warnings);
    previousDate = date ?? previousDate;
    const refDate = date ?? `${years.reportYear}-12-15`;

    // Province.
    const evidence = [
      ...segMentions,
      ...(segments.length === 1 ? titleMentions : []),
      ...(publisher ? [publisher] : []),
    ];
    const unit = chooseProvince(evidence, refDate, raw.header.province, segments.length, warnings);

    // Figures, awards, people.
    const figureContext: FigureContext = {
      reportYear: years.reportYear!,
      planYear: years.planYear,
      period: years.period ?? 'year',
    };
    const figures = extractFigures(segTexts, figureContext);
    // The headline belongs to the whole article: read it for an article about one province only.
    if (title && segments.length === 1) addHeadlineFigures(title, figures, figureContext);
    const awards = extractAwards(
      segTexts,
      cleaned.blocks.slice(seg.from, seg.to).map((b) => b.kind === 'caption'),
      { reportYear: years.reportYear! },
    );
    const people = extractPeople(segTexts);

    if (date === null) {
      warnings.push(
        warningOfKind(
          'missing',
          'eventDate',
          'Bài không nêu ngày hội nghị. Điền eventDate nếu tìm được (trên trang của báo hoặc từ nguồn khác).',
          "The article gives no date for the conference. Set eventDate if you can find it (the publisher's page or another source).",
        ),
      );
    }
    if (years.basis === 'date') {
      warnings.push(
        warningOfKind(
          'inferred',
          'reportYear',
          `Bài không nói tổng kết hay lập kế hoạch năm nào; reportYear ${years.reportYear} được suy ra từ ngày hội nghị "${years.datePhrase}". Hãy kiểm tra.`,
          `The article does not say which year it reviews or plans; reportYear ${years.reportYear} was inferred from the conference date "${years.datePhrase}". Check it.`,
          years.datePhrase,
        ),
      );
    }
    if (years.basis === 'none') {
      warnings.push(
        warningOfKind(
          'inferred',
          'reportYear',
          `Bài không nêu năm; reportYear ${years.reportYear} được suy ra từ ngày đăng ${publishedAt}. Hãy kiểm tra.`,
          `The article names no year; reportYear ${years.reportYear} was taken from the publication date ${publishedAt}. Check it.`,
        ),
      );
    }
    const stampYear = publishedAt ? Number(publishedAt.slice(0, 4)) : null;
    // A year-end review is published in December or January; a mid-year one in its own year.
    const fits = years.eventKind === 'year-end' ? [years.reportYear!, years.reportYear! + 1] : [years.reportYear!];
    if (years.basis !== 'none' && stampYear !== null && !fits.includes(stampYear)) {
      // The prose decides the years; a page's date that disagrees is worth a look (a reprint, or a wrong year).
      warnings.push(
        warning(
          'reportYear',
          `Trang ghi ngày đăng ${publishedAt!.slice(0, 10)}, không khớp với năm ${years.reportYear} mà bài tổng kết; đã theo nội dung bài. Hãy kiểm tra năm.`,
          `The page is dated ${publishedAt!.slice(0, 10)}, which does not fit ${years.reportYear}, the year the article reviews; the text was followed. Check the year.`,
          publishedAt!.slice(0, 10),
        ),
      );
    }
    if (excerpt) {
      warnings.push(
        warningOfKind(
          'excerpt',
          'source',
          'Bản lưu chỉ là một đoạn trích: bài còn tiếp sau phần đã đọc, nên có thể thiếu số liệu hoặc khen thưởng. Hãy tìm bài đầy đủ nếu có thể.',
          'The stored copy is an excerpt: the article goes on beyond what was read, so figures or awards may be missing. Find the full article if you can.',
        ),
      );
    }
    if (figures.kpis.length === 0 && figures.targets.length === 0 && figures.serviceGrowth.length === 0) {
      warnings.push(
        warningOfKind(
          'missing',
          'kpis',
          'Không tìm thấy số liệu nào trong bài. Hãy kiểm tra xem bài có nêu số liệu không.',
          'No figures were found in the text. Check whether the article reports any.',
        ),
      );
    }
    if (!subject.provincial) leaveOutNotTheSubject(subject, figures, awards, warnings);
    let entryTitle = title;
    if (!entryTitle) {
      entryTitle = generatedTitle(unit, years);
      warnings.push(
        warningOfKind(
          'made-up-title',
          'title',
          `Bài không có tiêu đề; tiêu đề này do công cụ nhập đặt: "${entryTitle}". Hãy thay bằng tiêu đề gốc nếu tìm được.`,
          `The article has no headline; this title was written by the ingest: "${entryTitle}". Replace it with the original headline if you find it.`,
        ),
      );
    } else if (segments.length > 1 && unit) {
      entryTitle = `${entryTitle} (${unit.name})`;
    }

    const noted = <D extends { warnings: Warning[] }, T>(list: D[], map: (d: D) => T): Noted<T>[] =>
      list.map((d) => ({ item: map(d), warnings: d.warnings }));
    warnings.push(...figures.warnings, ...awards.warnings);

    const source = {
      ...(raw.header.source || raw.header.url ? { url: (raw.header.source || raw.header.url)! } : {}),
      ...(publisherName(raw) ? { publisher: publisherName(raw)! } : {}),
      ...(publishedAt ? { publishedAt } : {}),
      ...(cleaned.author || raw.header.author ? { author: (raw.header.author || cleaned.author)! } : {}),
      ...(raw.header['retrieved-as'] ? { retrievedAs: excerpt ? ('excerpt' as const) : ('full' as const) } : {}),
    };

    entries.push({
      title: entryTitle,
      province: unit?.slug ?? null,
      reportYear: years.reportYear!,
      planYear: years.planYear,
      eventDate: date,
      eventKind: years.eventKind,
      kpis: noted(figures.kpis, toFigure),
      targets: noted(figures.targets, toFigure),
      serviceGrowth: noted(figures.serviceGrowth, toServiceGrowth),
      awards: noted(awards.awards, toAward),
      people: people.map((p) => ({
        name: p.name,
        role: p.role,
        ...(p.organization ? { organization: p.organization } : {}),
      })),
      source,
      warnings,
      // Every entry keeps the whole text, also when an article is split, so each quote is in its body.
      blocks: cleaned.blocks,
      unit,
    });
  });
  // The second reader: independent checks of each entry against the text (src/lib/extract/review/).
  for (const e of entries) addReviewWarnings(e, blockTexts);
  return { raw, cleaned, entries };
}

/** The second reader's warnings, each on the item its field names (so entryData writes `kpis[2].value`), else on the entry. */
function addReviewWarnings(e: ExtractedEntry, text: readonly string[]): void {
  const items = <T>(list: Noted<T>[]): T[] => list.map((n) => n.item);
  const data = { ...e, kpis: items(e.kpis), targets: items(e.targets), awards: items(e.awards) };
  for (const w of reviewEntry(data, text)) {
    const at = itemOf(w.field);
    const item = at ? (e[at.list] as Noted<unknown>[])[at.index] : undefined;
    if (at && item) item.warnings.push({ ...w, field: at.field });
    else e.warnings.push(w);
  }
}

// ---------------------------------------------------------------------------------------------

interface Segment {
  from: number;
  to: number;
}

/**
 * An article about two provinces' conferences ("Sáng 8/1, Bưu điện tỉnh Gia Lai đã tổ chức Hội nghị …
 * Cùng ngày, Bưu điện tỉnh Bà Rịa – Vũng Tàu cũng đã tổ chức hội nghị …") is split where each
 * province's own account starts: a paragraph whose subject is a provincial post office holding its
 * review or plan conference, after at most an opening phrase ("Cùng ngày,", "Sáng 8/1,"), followed by
 * that province's own figures or date. A province named in passing does not split: "cùng với Bưu điện
 * tỉnh Quảng Bình, đơn vị đã tổ chức hội nghị khách hàng" names a partner, and a customer conference is
 * not a review.
 */
const REVIEW_CONFERENCE =
  /(?:tổ\s+chức|diễn\s+ra|khai\s+mạc)\s+(?:(?:hội\s+nghị|lễ)\s+)(?:[^.;]{0,40}?)(?:tổng\s+kết|triển\s+khai|sơ\s+kết|kế\s+hoạch|nhiệm\s+vụ)/u;
/** What may come before the subject: a time or "on the same day", never a partner ("cùng với", "phối hợp với"). */
const OPENING = /^(?:[^,.;]{0,30},\s*)?$/u;
const PARTNER = /(?<![\p{L}])(?:cùng\s+với|phối\s+hợp|với|và)(?![\p{L}])/u;
const OWN_ACCOUNT = /\d[\d.,]*\s*(?:%|tỷ|tỉ|triệu)|^(?:cùng\s+ngày|cũng\s+trong\s+ngày|(?:sáng|chiều|ngày)\s+\d)/iu;

function splitByProvince(
  blocks: readonly string[],
  mentions: readonly ProvinceMention[],
  years: YearReading,
): Segment[] {
  const date = `${years.reportYear}-12-15`;
  const starts: { block: number; key: string }[] = [];
  blocks.forEach((text, i) => {
    const lower = lowerKeepLength(text);
    const organised = REVIEW_CONFERENCE.exec(lower);
    if (!organised) return;
    const unitMention = mentions.find((m) => m.block === i && m.kind === 'unit' && m.index < organised.index);
    if (!unitMention) return;
    // The unit is the subject: "Bưu điện tỉnh" starts the paragraph or follows an opening phrase, and
    // only a few words ("cũng đã") stand between it and the conference.
    const subjectAt = lower.lastIndexOf('bưu điện', unitMention.index);
    const before = lower.slice(0, Math.max(0, subjectAt));
    const between = lower.slice(unitMention.index + unitMention.length, organised.index);
    if (subjectAt < 0 || !OPENING.test(before) || PARTNER.test(before) || between.length > 30 || /[,;]/u.test(between))
      return;
    const unit = resolveMentionUnits(unitMention, date)[0];
    if (unit && !starts.some((s) => s.key === unit.key)) starts.push({ block: i, key: unit.key });
  });
  if (starts.length < 2) return [{ from: 0, to: blocks.length }];
  const segments = starts.map((s, i) => ({ from: i === 0 ? 0 : s.block, to: starts[i + 1]?.block ?? blocks.length }));
  // Each later province's account holds its own figures or its own date; a mention without them is a passing one.
  const own = segments.filter(
    (seg, i) => i === 0 || blocks.slice(seg.from, seg.to).some((t) => OWN_ACCOUNT.test(t.trim())),
  );
  if (own.length < 2) return [{ from: 0, to: blocks.length }];
  return own.map((seg, i) => ({ from: seg.from, to: own[i + 1]?.from ?? blocks.length }));
}

function chooseProvince(
  evidence: ProvinceMention[],
  isoDate: string,
  headerProvince: string | undefined,
  segmentCount: number,
  warnings: Warning[],
): ProvinceUnit | null {
  const scored = scoreProvinces(evidence, isoDate);
  if (headerProvince) {
    // An editor said which province it is ("province: son-la" in the file's header).
    const byHeader = unitOn(headerProvince.trim(), isoDate);
    if (byHeader) return byHeader;
    warnings.push(
      warning(
        'province',
        `Dòng đầu tệp ghi "province: ${headerProvince}", không phải tỉnh nào vào ngày ${isoDate}; đã bỏ qua.`,
        `The header says "province: ${headerProvince}", which names no province on ${isoDate}; it was ignored.`,
      ),
    );
  }
  const textOnly = scored.filter((c) => c.evidence.some((e) => e.kind !== 'publisher'));
  if (textOnly.length === 0) {
    const pub = scored[0];
    if (pub) {
      warnings.push(
        warningOfKind(
          'inferred',
          'province',
          `Bài không nêu tên tỉnh; ${pub.unit.name} được suy ra từ địa chỉ của báo (${pub.evidence[0]!.text}). Hãy kiểm tra.`,
          `The text never names the province; ${pub.unit.name} was taken from the publisher's address (${pub.evidence[0]!.text}). Check it.`,
        ),
      );
      return pub.unit;
    }
    warnings.push(
      warningOfKind(
        'missing',
        'province',
        'Bài không cho biết là tỉnh nào (chỉ ghi "Bưu điện tỉnh"). Hãy điền province nếu bạn biết; nếu không, bài nằm ở mục chưa xác định tỉnh.',
        'The article does not say which province it is about (only "Bưu điện tỉnh"). Set province by hand if you know it; otherwise it stays unassigned.',
      ),
    );
    return null;
  }
  const [top, second] = textOnly;
  const named = (c: (typeof textOnly)[number]): boolean =>
    c.evidence.some((e) => e.kind === 'unit' || e.kind === 'province' || e.kind === 'bare');
  if (!named(top!)) {
    // Only districts point to the province. A district name several provinces share ("Châu Thành")
    // cannot tell them apart: no guess.
    const tied = textOnly.filter((c) => c.score >= top!.score - 1e-9);
    const districtList = [...new Set(top!.evidence.filter((e) => e.kind === 'district').map((e) => `"${e.text}"`))];
    const districts = districtList.join(', ');
    if (tied.length > 1) {
      const names = tied.map((c) => c.unit.name).join(', ');
      warnings.push(
        warningOfKind(
          'missing',
          'province',
          `Không biết là tỉnh nào: bài không nêu tên tỉnh, và ${districts} là tên huyện có ở nhiều tỉnh (${names}). Hãy điền province nếu bạn biết.`,
          `Cannot tell the province: the text never names it, and ${districts} is a district name in several provinces (${names}). Set province by hand if you know it.`,
          top!.evidence.find((e) => e.kind === 'district')?.text,
        ),
      );
      return null;
    }
    warnings.push(
      warningOfKind(
        'inferred',
        'province',
        `Bài không nêu tên tỉnh; ${top!.unit.name} được suy ra từ tên huyện, thị xã ${districts}. Hãy kiểm tra.`,
        `The text never names the province; ${top!.unit.name} was inferred from the district${districtList.length > 1 ? 's' : ''} ${districts}. Check it.`,
        top!.evidence.find((e) => e.kind === 'district')?.text,
      ),
    );
    return top!.unit;
  }
  const topUnits = top!.evidence.filter((e) => e.kind === 'unit').length;
  if (
    second &&
    second.evidence.some((e) => e.kind === 'unit') &&
    topUnits > 0 &&
    second.score >= top!.score * 0.5 &&
    segmentCount === 1
  ) {
    warnings.push(
      warning(
        'province',
        `Bài nói về hơn một bưu điện tỉnh (${top!.unit.name}, ${second.unit.name}); đã xếp vào ${top!.unit.name}. Hãy kiểm tra số liệu có đúng của tỉnh này không.`,
        `The article reports on more than one provincial post office (${top!.unit.name}, ${second.unit.name}); it was filed under ${top!.unit.name}. Check whether the figures belong to it.`,
        second.evidence.find((e) => e.kind === 'unit')!.text,
      ),
    );
  } else if (!top!.evidence.some((e) => e.kind === 'unit' || e.kind === 'province') && top!.score < 4) {
    const from = top!.evidence.map((e) => `"${e.text}"`).join(', ');
    warnings.push(
      warningOfKind(
        'inferred',
        'province',
        `Tỉnh (${top!.unit.name}) chỉ được suy ra từ ${from}. Hãy kiểm tra.`,
        `The province (${top!.unit.name}) was inferred from ${from} only. Check it.`,
      ),
    );
  }
  if (segmentCount > 1) {
    warnings.push(
      warningOfKind(
        'split',
        'province',
        `Bài nói về hội nghị của ${segmentCount} tỉnh; đã tách thành mỗi tỉnh một bài. Hãy kiểm tra từng số liệu nằm đúng tỉnh.`,
        `This article covers conferences of ${segmentCount} provinces; it was split into one entry per province. Check that each figure is under the right one.`,
      ),
    );
  }
  return top!.unit;
}

/** The conference date from the lead, with the year inferred when the text gives only day and month. */
function conferenceDate(
  texts: readonly string[],
  years: YearReading,
  publishedAt: string | null,
  previous: string | null,
  warnings: Warning[],
): string | null {
  const lead = texts.slice(0, 3);
  for (const text of lead) {
    if (previous && /^(?:cùng\s+ngày|cũng\s+trong\s+ngày|trong\s+cùng\s+ngày)/iu.test(text.trim())) return previous;
    const mention = firstDateMention(text);
    if (!mention) continue;
    const ctx = {
      reportYear: years.reportYear,
      planYear: years.planYear,
      published: publishedAt,
      midYear: years.eventKind === 'mid-year',
    };
    if (mention.year !== undefined) {
      const iso = toIso({ day: mention.day, month: mention.month, year: mention.year });
      if (!iso) continue;
      const expected = new Set([years.reportYear, years.planYear ?? years.reportYear! + 1]);
      const fits = (year: number): boolean =>
        expected.has(year) &&
        !(years.eventKind === 'year-end' && year === years.reportYear && mention.month < 9) &&
        !(year === (years.planYear ?? -1) && mention.month > 6 && years.eventKind === 'year-end');
      if (!fits(mention.year)) {
        // "Ngày 03/01/2019" for the conference that reviews 2019 and plans 2020: the year is a slip, as a
        // reader sees; the year the day and month fit, one off from the written one, is taken, and said.
        const fitted = inferYear({ ...mention, year: undefined }, { ...ctx, published: null });
        if (fitted && Math.abs(fitted.year - mention.year) === 1 && fits(fitted.year)) {
          warnings.push(
            warning(
              'eventDate',
              `Bài ghi "${mention.raw}", nhưng hội nghị tổng kết năm ${years.reportYear} phải là năm ${fitted.year}; đã ghi ngày theo năm ${fitted.year}. Hãy kiểm tra.`,
              `The article says "${mention.raw}", but a conference reviewing ${years.reportYear} falls in ${fitted.year}; the date was read as ${fitted.year}. Check it.`,
              mention.raw,
            ),
          );
          return toIso({ day: mention.day, month: mention.month, year: fitted.year });
        }
        warnings.push(
          warning(
            'eventDate',
            `"${mention.raw}" không khớp với một hội nghị tổng kết năm ${years.reportYear}${years.planYear ? ` và triển khai năm ${years.planYear}` : ''}. Hãy kiểm tra ngày và các năm.`,
            `"${mention.raw}" does not fit a conference reviewing ${years.reportYear}${years.planYear ? ` and planning ${years.planYear}` : ''}. Check the date and the years.`,
            mention.raw,
          ),
        );
      }
      return iso;
    }
    let inferred = inferYear(mention, ctx);
    if (inferred && inferred.basis === 'published' && years.reportYear !== null) {
      const plausible = [years.reportYear, years.planYear ?? years.reportYear + 1];
      if (!plausible.includes(inferred.year)) {
        const byYears = inferYear(mention, { ...ctx, published: null });
        warnings.push(
          warning(
            'eventDate',
            `"${mention.raw}" không ghi năm; ngày đăng (${publishedAt?.slice(0, 10)}) gợi ý năm ${inferred.year}, không khớp với các năm bài nói tới, nên đã dùng năm ${byYears?.year}. Hãy kiểm tra.`,
            `"${mention.raw}" has no year; the publication date (${publishedAt?.slice(0, 10)}) suggests ${inferred.year}, which does not fit the years the article reports on, so ${byYears?.year} was used. Check it.`,
            mention.raw,
          ),
        );
        inferred = byYears;
      }
    }
    if (!inferred) return null;
    return toIso({ day: mention.day, month: mention.month, year: inferred.year });
  }
  return null;
}

/** An article whose subject is no provincial post office: its figures and awards are not one's; the entry says why. */
function leaveOutNotTheSubject(
  subject: ArticleSubject,
  figures: FigureResult,
  awards: { awards: AwardDraft[]; warnings: Warning[] },
  warnings: Warning[],
): void {
  const figureCount = figures.kpis.length + figures.targets.length + figures.serviceGrowth.length;
  const leftOut = { figures: figureCount, awards: awards.awards.length };
  for (const list of [
    figures.kpis,
    figures.targets,
    figures.serviceGrowth,
    figures.warnings,
    awards.awards,
    awards.warnings,
  ])
    list.length = 0;
  warnings.push(notTheSubjectWarning(subject, leftOut));
}

function generatedTitle(unit: ProvinceUnit | null, years: YearReading): string {
  const who = unit ? `Bưu điện ${unit.type === 'tinh' ? 'tỉnh' : 'thành phố'} ${unit.name}` : 'Bưu điện tỉnh';
  if (years.eventKind === 'mid-year') return `${who}: sơ kết 6 tháng đầu năm ${years.reportYear}`;
  if (years.planYear) return `${who}: kết quả năm ${years.reportYear}, kế hoạch năm ${years.planYear}`;
  return `${who}: kết quả năm ${years.reportYear}`;
}

function publisherName(raw: RawArticle): string | null {
  if (raw.header.publisher) return raw.header.publisher;
  const url = raw.header.source || raw.header.url;
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------

function toFigure(f: FigureDraft) {
  return {
    metric: f.metric,
    value: f.value,
    unit: f.unit,
    qualifier: f.qualifier,
    estimated: f.estimated,
    year: f.year,
    period: f.period,
    ...(f.planPercent !== undefined ? { planPercent: f.planPercent } : {}),
    ...(f.planQualifier ? { planQualifier: f.planQualifier } : {}),
    ...(f.changePercent !== undefined ? { changePercent: f.changePercent } : {}),
    ...(f.changeQualifier ? { changeQualifier: f.changeQualifier } : {}),
    quote: f.quote,
  };
}

function toServiceGrowth(g: ServiceGrowthDraft) {
  return {
    service: g.service,
    ...(g.metric ? { metric: g.metric } : {}),
    changePercent: g.changePercent,
    ...(g.qualifier ? { qualifier: g.qualifier } : {}),
    ...(g.planPercent !== undefined ? { planPercent: g.planPercent } : {}),
    year: g.year,
    ...(g.period !== 'year' ? { period: g.period } : {}),
    quote: g.quote,
  };
}

function toAward(a: AwardDraft) {
  return {
    award: a.award,
    ...(a.title ? { title: a.title } : {}),
    level: a.level,
    giver: a.giver,
    ...(a.presenter ? { presenter: a.presenter } : {}),
    recipient: a.recipient,
    recipientKind: a.recipientKind,
    count: a.count,
    year: a.year,
    quote: a.quote,
  };
}

function dedupeWarnings(list: Warning[]): Warning[] {
  const seen = new Set<string>();
  return list
    .filter((w) => {
      const k = `${w.field}|${w.message}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .map((w) => ({
      field: w.field,
      ...(w.kind ? { kind: w.kind } : {}),
      message: w.message,
      messageEn: w.messageEn,
      ...(w.quote ? { quote: w.quote } : {}),
    }));
}

/** The slug part of an entry's file name, from its title. */
export function titleSlug(title: string): string {
  return slugify(title, 70) || 'bai-viet';
}
