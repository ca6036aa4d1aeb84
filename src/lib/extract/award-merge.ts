/** Awards read twice (in the text and in a caption) merged; awards with no giver named say so. */
import type { AwardLevel } from '../schema/award.ts';
import { warning } from '../schema/review.ts';
import { lowerKeepLength } from '../vi-number.ts';
import { GENERIC_EN, UNKNOWN_GIVER } from './award-reader.ts';
import type { AwardDraft } from './award-types.ts';
import { POST_OFFICE_NAME, RECIPIENT_PREFIX, SUMMARY_OF_NAMED } from './rules/award-clause.ts';

const normRecipient = (r: string): string =>
  lowerKeepLength(r)
    .replace(RECIPIENT_PREFIX, '')
    .replace(POST_OFFICE_NAME, '$1')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const LEVEL_NAMES: Record<AwardLevel, [vi: string, en: string]> = {
  state: ['Nhà nước', 'the state'],
  government: ['Chính phủ', 'the government'],
  ministry: ['cấp bộ', 'a ministry'],
  province: ['cấp tỉnh', 'the province'],
  corporation: ['cấp tổng công ty', 'the corporation'],
  unit: ['cấp cơ sở', 'the unit'],
  union: ['công đoàn', 'a union'],
};

/**
 * One award mentioned in a caption and again in the text is one award; keep the text's wording. A
 * caption that names the distinction ("Các tập thể … được Tổng công ty … tặng Giấy khen") tells what
 * the text's "khen thưởng" by the same giver was. An award whose giver nobody names is kept, and says so.
 */
export function dedupe(drafts: AwardDraft[]): AwardDraft[] {
  const out: AwardDraft[] = [];
  for (const d of [...drafts.filter((x) => !x.fromCaption), ...drafts.filter((x) => x.fromCaption)]) {
    const unknown = d.giver === UNKNOWN_GIVER;
    const same = out.find(
      (o) =>
        o.award === d.award &&
        (o.level === d.level || unknown) &&
        (normRecipient(o.recipient) === normRecipient(d.recipient) ||
          (d.fromCaption && d.count === null && o.recipientKind !== 'individual')),
    );
    if (same) {
      same.presenter ??= d.presenter;
      same.title ??= d.title;
      if (same.presenter === undefined) delete same.presenter;
      if (same.title === undefined) delete same.title;
      continue;
    }
    const generic =
      d.fromCaption && !d.generic && d.count === null && !unknown
        ? out.find((o) => o.generic && !o.fromCaption && o.level === d.level && o.count === null)
        : undefined;
    if (generic) {
      generic.award = d.award;
      // Both phrases stay in the quote, in the article's order: the caption names the distinction.
      generic.quote =
        d.block < generic.block || (d.block === generic.block && d.start < generic.start)
          ? `${d.quote} … ${generic.quote}`
          : `${generic.quote} … ${d.quote}`;
      generic.title ??= d.title;
      generic.presenter ??= d.presenter;
      if (generic.title === undefined) delete generic.title;
      if (generic.presenter === undefined) delete generic.presenter;
      delete generic.generic;
      generic.warnings = generic.warnings.filter((w) => !w.messageEn.includes(GENERIC_EN));
      continue;
    }
    if (unknown) {
      const [vi, en] = LEVEL_NAMES[d.level];
      d.giver = d.levelFromName ? `Không nêu tên (${vi})` : 'Không nêu tên';
      const org = d.presenterOrganisation;
      delete d.presenterOrganisation;
      d.warnings.push(
        org
          ? warning(
              'awards',
              `"${d.quote}": bài không nêu ai tặng, chỉ nêu người trao (của ${org}); cấp khen tạm ghi là ${vi} theo nơi đó, nhưng ${org} có thể chỉ trao thay. Hãy sửa nơi tặng và cấp khen.`,
              `"${d.quote}": the article does not say who gave it, only who handed it over (of ${org}); the level is set to ${en} from that organisation, which may only have presented it. Correct the giver and the level.`,
              d.quote,
            )
          : d.levelFromName
            ? warning(
                'awards',
                `"${d.quote}": bài không nêu ai tặng; cấp khen (${vi}) suy ra từ tên danh hiệu. Hãy điền nơi tặng nếu biết.`,
                `"${d.quote}": the article does not say who gave it; the level (${en}) comes from the distinction's name. Fill in the giver if you know it.`,
                d.quote,
              )
            : warning(
                'awards',
                `"${d.quote}": bài không nêu ai tặng; cấp khen tạm ghi là ${vi} (unit). Hãy sửa nơi tặng và cấp khen.`,
                `"${d.quote}": the article does not say who gave it; the level is set to unit as a placeholder. Correct the giver and the level.`,
                d.quote,
              ),
      );
    }
    out.push(d);
  }
  return dropSummaries(out).sort((a, b) => a.block - b.block || a.start - b.start);
}

/**
 * A sentence that only sums up the awards named elsewhere ("… tổ chức khen thưởng, vinh danh các tập
 * thể, cá nhân …") is not one more award: it goes, and the named award it was read into says so.
 */
function dropSummaries(drafts: AwardDraft[]): AwardDraft[] {
  const out = [...drafts];
  for (const d of drafts) {
    const named = SUMMARY_OF_NAMED.of(d, out) as AwardDraft | undefined;
    if (!named) continue;
    out.splice(out.indexOf(d), 1);
    named.warnings.push(
      warning(
        'awards',
        `"${d.quote}" được hiểu là câu nói chung về các khen thưởng đã nêu tên (như ${named.award} cho ${named.recipient}), không phải một khen thưởng khác. Nếu là khen thưởng riêng, hãy thêm vào.`,
        `"${d.quote}" is read as summing up the awards named in the article (such as ${named.award} for ${named.recipient}), not as another award. If it was a separate one, add it.`,
        d.quote,
      ),
    );
  }
  return out;
}
