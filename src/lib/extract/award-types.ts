/** The shapes the award reader produces. */
import type { AwardLevel } from '../schema/award.ts';
import type { Warning } from '../schema/review.ts';

export interface AwardDraft {
  award: string;
  title?: string;
  level: AwardLevel;
  giver: string;
  presenter?: string;
  recipient: string;
  recipientKind: 'individual' | 'collective' | 'mixed';
  count: number | null;
  year: number;
  quote: string;
  block: number;
  start: number;
  warnings: Warning[];
  /** Read from a photo caption: merged into the text's mention of the same award when there is one. */
  fromCaption: boolean;
  /** "khen thưởng" with no distinction named: a caption that names it ("… tặng Giấy khen") tells which. */
  generic?: boolean;
  /** Held as an event ("… đã tổ chức khen thưởng, vinh danh …"): a summary when the awards are named elsewhere. */
  held?: boolean;
  /** No giver named; `level` then comes from the distinction's name when this is true, else is a placeholder. */
  levelFromName?: boolean;
  /** No giver named, but a presenter's organisation is: `level` is its level (it may have given it, or only handed it over). */
  presenterOrganisation?: string;
}

export interface AwardContext {
  reportYear: number;
}
