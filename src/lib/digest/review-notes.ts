/**
 * What a reader is told about an entry under review. The warnings in an entry's file are written for
 * editors (what to check, where to look, what to replace); the public page says instead, briefly,
 * what is uncertain and about which figure: a note beside the figure, award or growth line a warning
 * points at, and a few words about the entry as a whole for the rest ("the title was written by the
 * system", "only part of the article was available"). The words are in src/i18n/review-notes.ts;
 * this decides what each warning is about.
 */
import type { ReviewWarning, WarningKind } from '../schema/review.ts';

/** The lists whose items a figure-side note can sit beside, as the article page names them. */
export type NoteList = 'kpis' | 'targets' | 'serviceGrowth' | 'awards';

/** A note about one item of a list: which part of it is being checked (`value`, `changePercent`…). */
export interface ItemNote {
  list: NoteList;
  index: number;
  /** The item's field in doubt; undefined when the warning is about the item as a whole. */
  part?: string;
}

/** A note about the entry as a whole: the field it is about, and the kind of doubt when known. */
export interface EntryNote {
  field: string;
  kind?: WarningKind;
}

export interface ReviewNotes {
  /** One per field and kind, in the order of the warnings. */
  entry: EntryNote[];
  /** Keyed `${list}:${index}`; one note per part. */
  items: Map<string, ItemNote[]>;
}

const LISTS = new Set<string>(['kpis', 'targets', 'serviceGrowth', 'awards']);

export function itemKey(list: NoteList, index: number): string {
  return `${list}:${index}`;
}

/**
 * The notes of a set of warnings. `counts` says how many items each list has: a warning naming an item
 * that is not there (an editor deleted the figure, not the warning) is about the list as a whole.
 */
export function reviewNotes(
  warnings: readonly Pick<ReviewWarning, 'field' | 'kind'>[],
  counts: Partial<Record<NoteList, number>>,
): ReviewNotes {
  const entry: EntryNote[] = [];
  const items = new Map<string, ItemNote[]>();
  for (const w of warnings) {
    const m = /^\s*(\w+)(?:\[(\d+)\])?(?:\.(\w+))?\s*$/.exec(w.field);
    const list = m?.[1];
    const index = m?.[2] === undefined ? undefined : Number(m[2]);
    if (m && list && LISTS.has(list) && index !== undefined && index < (counts[list as NoteList] ?? 0)) {
      const note: ItemNote = { list: list as NoteList, index, ...(m[3] ? { part: m[3] } : {}) };
      const key = itemKey(note.list, index);
      const known = items.get(key) ?? [];
      if (!known.some((n) => n.part === note.part)) known.push(note);
      items.set(key, known);
      continue;
    }
    // `people[2].name`, a figure no longer there, `source`: about the entry (or that list) as a whole.
    const field = list ?? w.field.trim();
    if (!entry.some((n) => n.field === field && n.kind === w.kind))
      entry.push({ field, ...(w.kind ? { kind: w.kind } : {}) });
  }
  return { entry, items };
}

/** The notes of an entry: its warnings, against the lists it has. */
export function entryReviewNotes(
  entry: { review: { warnings: readonly Pick<ReviewWarning, 'field' | 'kind'>[] } } & Record<
    NoteList,
    readonly unknown[]
  >,
): ReviewNotes {
  return reviewNotes(entry.review.warnings, {
    kpis: entry.kpis.length,
    targets: entry.targets.length,
    serviceGrowth: entry.serviceGrowth.length,
    awards: entry.awards.length,
  });
}

/**
 * What a reader is told about a figure shown away from its article (a ranking, a table): nothing when its
 * entry is not under review; the notes a warning gives about this very figure; else an empty list, which
 * says that the figure's entry as a whole is still being checked.
 */
export function figureReview(
  entry:
    | ({ review: { status: string; warnings: readonly Pick<ReviewWarning, 'field' | 'kind'>[] } } & Record<
        NoteList,
        readonly unknown[]
      >)
    | undefined,
  list: NoteList,
  index: number,
): ItemNote[] | null {
  if (!entry || entry.review.status !== 'needs-review') return null;
  return entryReviewNotes(entry).items.get(itemKey(list, index)) ?? [];
}
