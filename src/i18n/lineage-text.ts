/**
 * What the 2025 reorganisation did to a province, as one sentence per fact, naming every unit with its
 * kind from the registry ("tỉnh Quảng Nam", "thành phố Đà Nẵng" / "Đà Nẵng City"): a centrally-run
 * city is never called a province. `name` turns a unit's words into what the page shows (a link, HTML
 * escaped); it gets the unit and the plain text.
 */
import type { LineageFact } from '../lib/digest/lineage.ts';
import { formatDate } from '../lib/format/date.ts';
import { unitsWithSlug, type ProvinceUnit } from '../lib/provinces.ts';
import type { Lang } from '../lib/lang.ts';
import { typedName } from './names.ts';
import { ui } from './ui.ts';

export type NameRenderer = (unit: ProvinceUnit, text: string) => string;

/** A pre-reform unit whose slug a larger new unit reuses is the "former" one: no sentence says "Bắc Ninh … into Bắc Ninh". */
const isFormer = (u: ProvinceUnit): boolean =>
  u.era === '63' && unitsWithSlug(u.slug).some((x) => x.era === '34' && x.predecessors.length > 1);

export function lineageSentence(fact: LineageFact, lang: Lang, name: NameRenderer = (_u, text) => text): string {
  const t = ui(lang);
  const date = formatDate(fact.date, lang);
  const named = (u: ProvinceUnit) => name(u, typedName(u, lang, isFormer(u)));
  switch (fact.kind) {
    case 'merged-into':
      return t.province.mergedInto(named(fact.unit), named(fact.into), date, t.common.list(fact.partners.map(named)));
    case 'formed-from':
      return t.province.formedFrom(named(fact.unit), t.common.list(fact.from.map(named)), date);
    case 'renamed':
      return t.province.renamed(named(fact.unit), named(fact.to), date);
    case 'renamed-from':
      return t.province.renamedFrom(named(fact.unit), named(fact.from), date);
  }
}
