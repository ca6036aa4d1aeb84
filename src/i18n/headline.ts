/**
 * Headlines are Vietnamese, as the publisher wrote them. English readers get a gloss beside them, built
 * from what the entry records ("Lạng Sơn: year-end conference, 2023"): the English feed's item titles,
 * and on English pages a line under each headline marked as a translation.
 */
import type { DigestEntry } from '../lib/digest/types.ts';
import { nameAtTime } from './names.ts';
import { ui } from './ui.ts';

export type GlossedEntry = Pick<DigestEntry, 'unitKey' | 'province' | 'eventKind' | 'reportYear'>;

/** "Lạng Sơn: year-end conference, 2023"; "Province not identified: interim review, 2020". */
export function englishGloss(e: GlossedEntry): string {
  const t = ui('en');
  const who = nameAtTime(e.unitKey, e.province) ?? t.common.provinceNotIdentified;
  return `${who}: ${t.eventKind[e.eventKind].toLowerCase()}, ${e.reportYear}`;
}
