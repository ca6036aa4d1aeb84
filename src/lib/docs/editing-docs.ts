/**
 * The generated parts of docs/editing.md (Vietnamese) and docs/editing.en.md: every frontmatter field
 * with an example (from the schema's `.meta(doc(…))`), every metric with its unit (from the catalogue),
 * every province slug (from the registry), every rule of the check (from its registry). They sit between `<!-- generated:NAME -->` and
 * `<!-- /generated:NAME -->` markers; `npm run docs` rewrites them and a test fails when they are stale.
 */
import { GROUP_LABELS, METRICS, UNIT_LABELS, allowedUnits } from '../metrics.ts';
import { RULE_FAMILIES } from '../check/registry.ts';
import { allUnits, MERGER_DATE, predecessorsOf, provinceLabel } from '../provinces.ts';
import type { Lang } from '../lang.ts';
import { entryJsonSchema } from './json-schema.ts';
import { yamlValue } from '../scaffold/scaffold.ts';

type Json = Record<string, unknown>;

/** Sub-objects get a table of their own, named once (kpis and targets share Figure). */
const TABLES: { path: string[]; name: Record<Lang, string>; id: string }[] = [
  { path: [], name: { vi: 'Bài (các trường cấp đầu)', en: 'Entry (top-level fields)' }, id: 'entry' },
  {
    path: ['kpis', '[]'],
    name: { vi: 'Con số (mỗi mục của kpis và targets)', en: 'Figure (each item of kpis and targets)' },
    id: 'figure',
  },
  {
    path: ['serviceGrowth', '[]'],
    name: { vi: 'Tăng trưởng dịch vụ (mỗi mục của serviceGrowth)', en: 'Service growth (each item of serviceGrowth)' },
    id: 'service-growth',
  },
  {
    path: ['awards', '[]'],
    name: { vi: 'Khen thưởng (mỗi mục của awards)', en: 'Award (each item of awards)' },
    id: 'award',
  },
  {
    path: ['people', '[]'],
    name: { vi: 'Người (mỗi mục của people)', en: 'Person (each item of people)' },
    id: 'person',
  },
  {
    path: ['source'],
    name: { vi: 'Nguồn (source, và mỗi mục của sources)', en: 'Source (source, and each item of sources)' },
    id: 'source',
  },
  { path: ['review'], name: { vi: 'Rà soát (review)', en: 'Review (review)' }, id: 'review' },
  {
    path: ['review', 'warnings', '[]'],
    name: { vi: 'Cảnh báo rà soát (mỗi mục của review.warnings)', en: 'Review warning (each item of review.warnings)' },
    id: 'review-warning',
  },
];

const T = {
  vi: {
    field: 'Trường',
    type: 'Kiểu',
    need: 'Bắt buộc?',
    meaning: 'Ý nghĩa',
    example: 'Ví dụ',
    required: 'bắt buộc',
    optional: 'không',
    byDefault: 'không (mặc định',
    see: 'xem',
  },
  en: {
    field: 'Field',
    type: 'Type',
    need: 'Required?',
    meaning: 'Meaning',
    example: 'Example',
    required: 'required',
    optional: 'no',
    byDefault: 'no (default',
    see: 'see',
  },
} as const;

function nodeAt(root: Json, path: string[]): Json | undefined {
  let n: Json | undefined = root;
  for (const seg of path) {
    if (!n) return undefined;
    n = unwrapNull(n);
    n = seg === '[]' ? (n.items as Json | undefined) : ((n.properties as Json | undefined)?.[seg] as Json | undefined);
  }
  return n ? unwrapNull(n) : undefined;
}

function unwrapNull(n: Json): Json {
  if (Array.isArray(n.type)) {
    const types = (n.type as string[]).filter((t) => t !== 'null');
    return types.length === 1 ? { ...n, type: types[0] } : n;
  }
  const anyOf = n.anyOf as Json[] | undefined;
  const nonNull = anyOf?.filter((s) => s.type !== 'null');
  return nonNull && nonNull.length === 1 ? { ...n, ...nonNull[0] } : n;
}

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n+/g, ' ');
const code = (s: string): string => (s.includes('`') ? `\`\` ${s} \`\`` : `\`${s}\``);

function typeOf(name: string, node: Json, lang: Lang, parentPath: string[]): string {
  const nullable =
    (Array.isArray(node.anyOf) && (node.anyOf as Json[]).some((s) => s.type === 'null')) ||
    (Array.isArray(node.type) && node.type.includes('null'));
  const n = unwrapNull(node);
  const vi = lang === 'vi';
  let t: string;
  const sub =
    TABLES.find((tb) => tb.path.join('.') === [...parentPath, name, ...(n.type === 'array' ? ['[]'] : [])].join('.')) ??
    (name === 'targets' ? TABLES[1] : name === 'sources' ? TABLES.find((tb) => tb.id === 'source') : undefined);
  if (name === 'metric') t = vi ? 'mã chỉ tiêu ([Chỉ tiêu](#chi-tieu))' : 'metric id ([Metrics](#metrics))';
  else if (Array.isArray(n.enum)) t = `${vi ? 'một trong' : 'one of'}: ${(n.enum as string[]).map(code).join(', ')}`;
  else if (n.type === 'integer' && ['reportYear', 'planYear', 'year'].includes(name))
    t = vi ? 'năm (số)' : 'year (number)';
  else if (n.type === 'integer') t = vi ? 'số nguyên' : 'whole number';
  else if (n.type === 'number') t = vi ? 'số' : 'number';
  else if (n.type === 'boolean') t = '`true` / `false`';
  else if (n.type === 'string' && name === 'eventDate') t = vi ? 'ngày `YYYY-MM-DD`' : 'date `YYYY-MM-DD`';
  else if (n.type === 'string' && n.format === 'uri') t = vi ? 'địa chỉ web' : 'web address';
  else if (n.type === 'string') t = vi ? 'chữ' : 'text';
  else if (n.type === 'array')
    t = sub
      ? `${vi ? 'danh sách' : 'list'} ([${sub.name[lang].replace(/ \(.*$/, '')}](#${sub.id}))`
      : vi
        ? 'danh sách'
        : 'list';
  else if (n.type === 'object')
    t = sub
      ? `${vi ? 'nhóm trường' : 'group'} ([${sub.name[lang].replace(/ \(.*$/, '')}](#${sub.id}))`
      : vi
        ? 'nhóm trường'
        : 'group';
  else t = vi ? 'bất kỳ' : 'any';
  return nullable ? `${t} ${vi ? 'hoặc' : 'or'} \`null\`` : t;
}

function exampleText(v: unknown): string {
  return v === undefined ? '' : code(yamlValue(v));
}

function fieldTable(root: Json, table: (typeof TABLES)[number], lang: Lang): string {
  const node = nodeAt(root, table.path)!;
  const properties = node.properties as Record<string, Json>;
  const required = new Set((node.required as string[] | undefined) ?? []);
  const t = T[lang];
  const rows = Object.entries(properties)
    .filter(([name]) => name !== '$schema')
    .map(([name, field]) => {
      const need = required.has(name)
        ? t.required
        : field.default !== undefined
          ? `${t.byDefault} ${code(yamlValue(field.default))})`
          : t.optional;
      const meaning = (field[lang] as string | undefined) ?? '';
      const ex = exampleText((field.examples as unknown[] | undefined)?.[0]);
      return `| \`${name}\` | ${typeOf(name, field, lang, table.path)} | ${need} | ${cell(meaning)} | ${cell(ex)} |`;
    });
  return [
    `<a id="${table.id}"></a>`,
    '',
    `### ${table.name[lang]}`,
    '',
    `| ${t.field} | ${t.type} | ${t.need} | ${t.meaning} | ${t.example} |`,
    '| --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

export function fieldsSection(lang: Lang): string {
  const root = entryJsonSchema();
  return TABLES.map((table) => fieldTable(root, table, lang)).join('\n\n');
}

const viNum = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
const enNum = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

export function metricsSection(lang: Lang): string {
  const vi = lang === 'vi';
  const fmt = vi ? viNum : enNum;
  const head = vi
    ? '| Mã (`metric`) | Tên | Đơn vị (`unit`) | Khoảng thường gặp | Ý nghĩa |'
    : '| Id (`metric`) | Name | Unit (`unit`) | Usual range | Meaning |';
  const groups = [...new Set(METRICS.map((m) => m.group))];
  const parts: string[] = [];
  for (const g of groups) {
    parts.push(`#### ${GROUP_LABELS[g][lang]}`, '', head, '| --- | --- | --- | --- | --- |');
    for (const m of METRICS.filter((x) => x.group === g)) {
      const units = allowedUnits(m)
        .map((u) => `\`${u}\` (${UNIT_LABELS[u][lang]})`)
        .join(vi ? ' hoặc ' : ' or ');
      const range = `${fmt.format(m.plausible[0])} – ${fmt.format(m.plausible[1])}`;
      parts.push(`| \`${m.id}\` | ${cell(m.label[lang])} | ${units} | ${range} | ${cell(m.description[lang])} |`);
    }
    parts.push('');
  }
  return parts.join('\n').trimEnd();
}

export function provincesSection(lang: Lang): string {
  const vi = lang === 'vi';
  const before = allUnits.filter((u) => u.era === '63');
  const after = allUnits.filter((u) => u.era === '34');
  const name = (u: (typeof allUnits)[number]): string => provinceLabel(u, lang);
  const until = (u: (typeof allUnits)[number]): string => (u.validUntil ? u.validUntil : '');
  const from = (u: (typeof allUnits)[number]): string => (u.validFrom ? u.validFrom : '');
  return [
    vi ? `#### Trước ${MERGER_DATE} (63 tỉnh, thành phố)` : `#### Before ${MERGER_DATE} (63 provinces and cities)`,
    '',
    vi ? '| Mã (`province`) | Tên | Từ | Đến |' : '| Slug (`province`) | Name | From | Until |',
    '| --- | --- | --- | --- |',
    ...before.map((u) => `| \`${u.slug}\` | ${name(u)} | ${from(u)} | ${until(u)} |`),
    '',
    vi ? `#### Từ ${MERGER_DATE} (34 tỉnh, thành phố)` : `#### From ${MERGER_DATE} (34 provinces and cities)`,
    '',
    vi ? '| Mã (`province`) | Tên | Gồm các tỉnh cũ |' : '| Slug (`province`) | Name | Formed from |',
    '| --- | --- | --- |',
    ...after.map(
      (u) =>
        `| \`${u.slug}\` | ${name(u)} | ${predecessorsOf(u)
          .map((p) => `\`${p.slug}\``)
          .join(', ')} |`,
    ),
  ].join('\n');
}

const SEVERITY: Record<Lang, Record<'error' | 'warning' | 'error or warning', string>> = {
  vi: { error: 'lỗi', warning: 'cảnh báo', 'error or warning': 'lỗi hoặc cảnh báo' },
  en: { error: 'error', warning: 'warning', 'error or warning': 'error or warning' },
};

/** Every rule of `npm run check`, by family: its id, whether it is an error or a warning, what it checks. */
export function rulesSection(lang: Lang): string {
  const head = lang === 'vi' ? '| Mã (`rule`) | Mức | Kiểm tra |' : '| Id (`rule`) | Severity | Checks |';
  return RULE_FAMILIES.flatMap((family) => [
    `#### ${family.title[lang]}`,
    '',
    head,
    '| --- | --- | --- |',
    ...family.rules.map((r) => `| \`${r.id}\` | ${SEVERITY[lang][r.severity]} | ${cell(r.describes[lang])} |`),
    '',
  ])
    .join('\n')
    .trimEnd();
}

export function generatedSections(lang: Lang): Record<string, string> {
  return {
    fields: fieldsSection(lang),
    metrics: metricsSection(lang),
    provinces: provincesSection(lang),
    rules: rulesSection(lang),
  };
}

/** The line under a generated section's opening marker, in the editing guide's two languages. */
const EDITING_NOTE = 'Sinh tự động bằng npm run docs; không sửa tay. Generated by npm run docs; do not edit.';

/**
 * Replace every `<!-- generated:NAME -->…<!-- /generated:NAME -->` block with fresh content.
 * A marker with no section of that name, or a section with no marker, is an error: the docs and the
 * generator must agree on what is generated.
 */
export function fillGeneratedSections(
  markdown: string,
  sections: Record<string, string>,
  note: string = EDITING_NOTE,
): string {
  const used = new Set<string>();
  const out = markdown.replace(/<!-- generated:([\w-]+) -->[\s\S]*?<!-- \/generated:\1 -->/g, (_all, name: string) => {
    const content = sections[name];
    if (content === undefined) throw new Error(`docs: no generated section named "${name}"`);
    used.add(name);
    return `<!-- generated:${name} -->\n<!-- ${note} -->\n\n${content}\n\n<!-- /generated:${name} -->`;
  });
  const missing = Object.keys(sections).filter((n) => !used.has(n));
  if (missing.length > 0) throw new Error(`docs: markers missing for ${missing.join(', ')}`);
  return out;
}
