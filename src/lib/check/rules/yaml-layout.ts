/**
 * When the frontmatter does not parse, the YAML parser often names the wrong line and the wrong
 * mistake for a list laid out wrongly (an item's "- " out of line with the others, a field indented
 * one step too far, a forgotten "- ", `kpis: []` left in front of uncommented items). This reads the
 * lines the way an editor laid them out, finds the first such slip and says how to fix it, so that
 * following the advice gives a file that parses (tests/check/rules/yaml-layout.test.ts perturbs every line of
 * a valid entry and applies the advice).
 *
 * It only looks at plain layouts (no tabs, no multi-line quoted or block values); anything else is
 * left to the parser's own diagnosis (yaml-syntax.ts). Part of the yaml-syntax rule.
 */
import { bilingual, fieldName, type Bilingual } from '../problem.ts';

export interface LayoutFinding extends Bilingual {
  /** File line. */
  line: number;
  field: string;
}

interface Line {
  /** File line. */
  n: number;
  /** Spaces before the first character (the "- " of an item, or the key). */
  indent: number;
  dash: boolean;
  /** Column of the key (after "- " on an item's first line); -1 when the line has no key. */
  keyCol: number;
  key: string;
  /** The value after "key:", without a trailing comment; '' when the line opens a block. */
  value: string;
  /** The text after the indentation (and after "- "). */
  content: string;
}

const KEY = /^([A-Za-z_$][\w$-]*)[ \t]*:(?:[ \t]+(.*))?$/;
const EMPTY_FLOW = /^(?:\[\s*\]|\{\s*\})$/;

function stripComment(value: string): string {
  if (/^["']/.test(value)) return value;
  return value.replace(/(?:^|\s+)#.*$/, '').trim();
}

/** A value that continues on the next lines: a block scalar, an unclosed quote or bracket. */
function spansLines(value: string): boolean {
  if (/^[|>][-+0-9]*$/.test(value)) return true;
  if (value.startsWith('"')) return !/^"(?:[^"\\]|\\.)*"\s*(?:#.*)?$/.test(value);
  if (value.startsWith("'")) return !/^'(?:[^']|'')*'\s*(?:#.*)?$/.test(value);
  if (value.startsWith('[')) return !value.includes(']');
  if (value.startsWith('{')) return !value.includes('}');
  return false;
}

function readLines(yaml: string, firstLine: number): Line[] | null {
  const out: Line[] = [];
  const raw = yaml.split('\n');
  for (let i = 0; i < raw.length; i += 1) {
    const text = raw[i]!.replace(/\s+$/, '');
    if (/^[ ]*(?:#|$)/.test(text)) continue;
    if (/^[ ]*\t/.test(text)) return null;
    const m = /^( *)(-(?: +|$))?(.*)$/.exec(text)!;
    const indent = m[1]!.length;
    const dash = m[2] !== undefined;
    const content = m[3]!;
    const k = KEY.exec(content);
    const value = k ? stripComment(k[2] ?? '') : '';
    if (k && spansLines(value)) return null;
    // A line that is neither a field nor an item continues a plain value: leave such layouts alone.
    if (!k && !dash) return null;
    out.push({
      n: firstLine + i,
      indent,
      dash,
      keyCol: k ? indent + (dash ? m[2]!.length : 0) : -1,
      key: k?.[1] ?? '',
      value,
      content,
    });
  }
  return out;
}

const opensBlock = (l: Line): boolean => l.keyCol >= 0 && l.value === '';
const spaces = (n: number): string => `${n} ${n === 1 ? 'space' : 'spaces'}`;

class Layout {
  /** Item line → the line of the key whose list it is in. */
  readonly parent = new Map<number, number>();
  /** List key line → its items' lines, in order. */
  readonly groups = new Map<number, number[]>();
  readonly index = new Map<number, number>();

  readonly lines: Line[];

  constructor(lines: Line[]) {
    this.lines = lines;
    lines.forEach((l, i) => {
      if (!l.dash) return;
      const p = this.listOf(i);
      if (p < 0) return;
      this.parent.set(i, p);
      const g = this.groups.get(p);
      if (g) g.push(i);
      else this.groups.set(p, [i]);
    });
    for (const items of this.groups.values()) items.forEach((i, k) => this.index.set(i, k));
  }

  /**
   * The key line whose list the item on line i belongs to: the nearest block opener left of it (a
   * list may sit at its key's own column). An item pushed right of a field that has its value is a
   * sibling of the item above it, out of line.
   */
  private listOf(i: number): number {
    const item = this.lines[i]!;
    let sibling: number | undefined;
    for (let j = i - 1; j >= 0; j -= 1) {
      const l = this.lines[j]!;
      if (l.keyCol < 0 && !l.dash) continue;
      if (opensBlock(l) && !l.dash && l.keyCol < item.indent) return sibling ?? j;
      if (opensBlock(l) && l.dash && l.keyCol < item.indent) return sibling ?? j;
      // Right below a key that opens a block, whatever its column: its first item (maybe out of line).
      if (opensBlock(l) && !l.dash && j === i - 1) return j;
      // A list may sit at its key's own column ("kpis:" then "- metric: …"), right below it; a key
      // at that column further up is the level the item strayed into.
      if (opensBlock(l) && !l.dash && l.keyCol === item.indent) return j === i - 1 ? j : (sibling ?? -1);
      // Another item: of the same list when at the same column, or of the list this one strayed from.
      if (l.dash && this.parent.has(j) && (l.indent === item.indent || sibling === undefined)) {
        if (l.indent === item.indent) return this.parent.get(j)!;
        if (l.indent < item.indent) return this.parent.get(j)!;
        sibling = this.parent.get(j);
      }
    }
    return sibling ?? -1;
  }

  /** The path of the field or item on line i, as far as the layout tells (`kpis[1].value`). */
  pathOf(i: number): (string | number)[] {
    const l = this.lines[i]!;
    if (l.dash) {
      const p = this.parent.get(i);
      const item = p === undefined ? [] : [...this.keyPath(p), this.index.get(i)!];
      return l.key ? [...item, l.key] : item;
    }
    return [...this.containerOf(i, l.indent), l.key];
  }

  /** The path of the list key on line p. */
  private keyPath(p: number): (string | number)[] {
    return this.pathOf(p);
  }

  /** The path of what holds a field at this column, looking back from line i. */
  containerOf(i: number, column: number): (string | number)[] {
    for (let j = i - 1; j >= 0; j -= 1) {
      const l = this.lines[j]!;
      if (l.dash && l.indent < column && l.keyCol <= column) return this.pathOf(j).slice(0, l.key ? -1 : undefined);
      if (!l.dash && opensBlock(l) && l.keyCol < column) return this.pathOf(j);
    }
    return [];
  }

  name(i: number): string {
    return fieldName(this.pathOf(i));
  }

  /**
   * The lines after an item's first line up to the next item of its list or the list's end: its
   * fields, wherever the editor put them.
   */
  bodyOf(i: number): number[] {
    const item = this.lines[i]!;
    const p = this.parent.get(i);
    const floor = p === undefined ? item.indent : this.lines[p]!.keyCol;
    const out: number[] = [];
    for (let j = i + 1; j < this.lines.length; j += 1) {
      const l = this.lines[j]!;
      if (l.indent <= floor) break;
      if (l.dash && l.indent <= item.indent) break;
      out.push(j);
    }
    return out;
  }

  /**
   * The column most of an item's own fields are at (fields inside a nested block left out), or
   * undefined when no column has most of them.
   */
  fieldColumnOf(i: number): number | undefined {
    const cols: number[] = [];
    let opener: Line | undefined;
    for (const j of this.bodyOf(i)) {
      const l = this.lines[j]!;
      if (opener && l.indent > opener.keyCol) continue;
      opener = undefined;
      if (l.dash || l.keyCol < 0) continue;
      cols.push(l.indent);
      if (opensBlock(l)) opener = l;
    }
    // One field says nothing about where the others should be.
    if (cols.length < 2) return undefined;
    for (const c of new Set(cols)) if (cols.filter((x) => x === c).length * 2 > cols.length) return c;
    return undefined;
  }
}

/**
 * `topLevelOnly`: the fields that exist only at the top of an entry (never inside a list item or a
 * group), which tells where a stray line of those belongs.
 */
export function diagnoseLayout(
  yaml: string,
  firstLine: number,
  topLevelOnly?: ReadonlySet<string>,
): LayoutFinding | null {
  const lines = readLines(yaml, firstLine);
  if (!lines || lines.length === 0) return null;
  const layout = new Layout(lines);
  const findings: LayoutFinding[] = [];

  // The first field is at the left edge; everything else lines up from there.
  if (lines[0]!.indent > 0 && !lines[0]!.dash) findings.push(misindented(lines[0]!, 0, lines[0]!.key, 'further'));

  // "kpis: []" (or "source: {}") followed by items or fields.
  lines.forEach((l, i) => {
    if (l.keyCol < 0 || !EMPTY_FLOW.test(l.value)) return;
    const next = lines[i + 1];
    const list = l.value.startsWith('[');
    // Under "[]" the lines left uncommented are items ("- …"); under "{}", fields.
    if (
      !next ||
      (list
        ? !(next.dash && (next.indent > l.keyCol || (next.indent === l.keyCol && !l.dash)))
        : next.dash || next.indent <= l.keyCol)
    )
      return;
    // "source: {}" then "    review:": review is the stray one.
    if (!next.dash && topLevelOnly?.has(next.key)) return;
    findings.push({
      line: l.n,
      field: layout.name(i),
      ...bilingual({
        what: list
          ? {
              vi: `${l.key}: [] nghĩa là danh sách rỗng, nhưng các dòng dưới lại có mục`,
              en: `${l.key}: [] says the list is empty, but items follow on the lines below`,
            }
          : {
              vi: `${l.key}: {} nghĩa là nhóm trống, nhưng các dòng dưới lại có trường`,
              en: `${l.key}: {} says the group is empty, but fields follow on the lines below`,
            },
        fix: { vi: `xóa ${list ? '[]' : '{}'} sau ${l.key}:`, en: `delete ${list ? '[]' : '{}'} after ${l.key}:` },
      }),
    });
  });

  for (const [p, items] of layout.groups) {
    const parent = lines[p]!;
    if (EMPTY_FLOW.test(parent.value)) continue;
    const name = layout.name(p);
    const itemName = (i: number): string => `${name}[${layout.index.get(i)}]`;
    // An item is laid out consistently when its own fields line up with its first key.
    const consistent = (i: number): boolean =>
      lines[i]!.keyCol < 0 || (layout.fieldColumnOf(i) ?? lines[i]!.keyCol) === lines[i]!.keyCol;
    const columns = items.map((i) => lines[i]!.indent);
    if (new Set(columns).size > 1) {
      const good = items.filter(consistent).map((i) => lines[i]!.indent);
      const pool = good.length > 0 ? good : columns;
      const count = (c: number): number => pool.filter((x) => x === c).length;
      const reference = pool.reduce((best, c) => (count(c) > count(best) ? c : best), pool[0]!);
      const off = items.find((i) => lines[i]!.indent !== reference)!;
      findings.push(itemOutOfLine(lines[off]!, reference, itemName(off), name));
    } else {
      // One column for every "- ", but the fields of an item sit elsewhere: the "- " is off.
      for (const i of items) {
        const fields = layout.fieldColumnOf(i);
        if (consistent(i) || fields === undefined || fields - 2 < parent.keyCol) continue;
        const others = items.filter((x) => x !== i);
        if (others.length > 0 && others.every(consistent)) continue;
        findings.push(itemOutOfLine(lines[i]!, fields - 2, itemName(i), name));
        break;
      }
    }
    // Fields under "kpis:" before its first "- ": the first item lacks its dash.
    const first = lines[p + 1];
    const dashCol = lines[items[0]!]!.indent;
    if (first && !first.dash && first.keyCol >= 0 && first.indent > parent.keyCol && p + 1 < items[0]!) {
      findings.push(missingDash(first, dashCol, name, 0, undefined));
    }
  }

  // A "- " in front of a field of a group, where no list is: the dash is the slip.
  lines.forEach((l, i) => {
    if (!l.dash || l.keyCol < 0 || layout.parent.has(i) || i === 0) return;
    const previous = lines[i - 1]!;
    if (previous.dash || previous.keyCol < 0) return;
    const want = opensBlock(previous) ? previous.keyCol + 2 : previous.keyCol;
    findings.push({
      line: l.n,
      field: fieldName([...layout.containerOf(i - 1, want), l.key]),
      ...bilingual({
        what: {
          vi: `${l.key} là một trường, không phải mục của danh sách, nhưng dòng bắt đầu bằng “- ”`,
          en: `${l.key} is a field, not an item of a list, but its line starts with “- ”`,
        },
        fix: {
          vi: `xóa “- ” và viết ${want} dấu cách trước ${l.key}:`,
          en: `delete the “- ” and put ${spaces(want)} before ${l.key}:`,
        },
      }),
    });
  });

  // Within an item: a field out of line with the ones above it, or a forgotten "- ".
  for (const [p, items] of layout.groups) {
    const name = layout.name(p);
    items.forEach((i, k) => {
      const item = lines[i]!;
      if (item.keyCol < 0 || !consistentEnough(layout, i)) return;
      const seen = new Map<string, number>([[item.key, item.n]]);
      let previous = item;
      const end = k + 1 < items.length ? items[k + 1]! : lines.length;
      for (let j = i + 1; j < end; j += 1) {
        const l = lines[j]!;
        // Back at the list's own key's column: the next field of the parent (a list may sit at that column).
        if (l.indent <= lines[p]!.keyCol) break;
        if (l.dash || l.keyCol < 0 || l.indent < item.indent) break;
        if (l.indent === item.keyCol || (l.indent === item.indent && l.key === item.key && seen.has(l.key))) {
          if (l.key === item.key && seen.has(l.key)) {
            findings.push(missingDash(l, item.indent, name, k + 1, seen.get(l.key)));
            break;
          }
          seen.set(l.key, l.n);
          previous = l;
          continue;
        }
        if (l.indent > item.keyCol) {
          // Deeper is right only under a field that opens a block ("warnings:" then its items).
          if (opensBlock(previous) && previous.keyCol < l.indent) break;
          findings.push(misindented(l, item.keyCol, `${name}[${k}].${l.key}`, 'further'));
          break;
        }
        if (l.indent >= item.indent) {
          findings.push(misindented(l, item.keyCol, `${name}[${k}].${l.key}`, 'less'));
          break;
        }
      }
    });
  }

  // A field more indented than the one above it, which already has its value: either it is pushed
  // right ("title: …" then "  province: …"), or the one above is pulled left of its neighbours (it
  // is then out of line with both the line before it and this one).
  lines.forEach((l, i) => {
    if (i === 0) return;
    const previous = lines[i - 1]!;
    if (previous.keyCol < 0 || opensBlock(previous) || l.indent <= previous.keyCol) return;
    if (EMPTY_FLOW.test(previous.value) && (l.dash || previous.value.startsWith('{'))) return;
    const before = lines[i - 2];
    // A field only the entry's top level has, at the left edge, is where it belongs.
    const placed = previous.indent === 0 && topLevelOnly?.has(previous.key) === true;
    if (!previous.dash && before && !placed) {
      // The line before is a sibling with its value, or the key whose block this is.
      const sibling = !opensBlock(before) && before.keyCol > previous.indent ? before.keyCol : undefined;
      const child =
        opensBlock(before) && previous.indent <= before.keyCol && l.indent > before.keyCol ? l.indent : undefined;
      const itemDash = sibling !== undefined ? dashColumnOver(lines, i - 2) : undefined;
      const aligned = sibling !== undefined && (l.indent === sibling || (l.dash && l.indent === itemDash));
      const want = aligned ? sibling : child;
      if (want !== undefined) {
        findings.push(
          misindented(previous, want, fieldName([...layout.containerOf(i - 1, want), previous.key]), 'less'),
        );
        return;
      }
    }
    if (l.dash || l.keyCol < 0) return;
    findings.push(
      misindented(l, previous.keyCol, fieldName([...layout.containerOf(i - 1, previous.keyCol), l.key]), 'further'),
    );
  });

  // A group's fields line up: the one out of line with most of its siblings is the slip.
  lines.forEach((o, i) => {
    if (o.dash || !opensBlock(o)) return;
    const children: Line[] = [];
    let opener: Line | undefined;
    for (let j = i + 1; j < lines.length && lines[j]!.indent > o.keyCol; j += 1) {
      const l = lines[j]!;
      if (opener && l.indent > opener.keyCol) continue;
      opener = opensBlock(l) ? l : undefined;
      children.push(l);
    }
    if (children.length < 3 || children.some((c) => c.dash)) return;
    const cols = children.map((c) => c.indent);
    const m = [...new Set(cols)].find((c) => cols.filter((x) => x === c).length * 2 > cols.length);
    const off = m === undefined ? undefined : children.find((c) => c.indent !== m);
    if (off && m !== undefined)
      findings.push(
        misindented(
          off,
          m,
          fieldName([...layout.containerOf(lines.indexOf(off), m), off.key]),
          off.indent > m ? 'further' : 'less',
        ),
      );
  });

  findings.sort((a, b) => a.line - b.line);
  // A field only the entry itself has (province, kpis, review…) belongs at the left edge: that says
  // more than anything else found on its line.
  if (topLevelOnly) {
    const top = lines
      .filter((l) => !l.dash && l.indent > 0 && topLevelOnly.has(l.key))
      .map((l) => misindented(l, 0, l.key, 'further'));
    if (top[0] && (findings.length === 0 || top[0].line <= findings[0]!.line)) return top[0];
  }

  findings.sort((a, b) => a.line - b.line);
  if (findings.length > 0) return findings[0]!;
  return outOfAnyColumn(lines, layout);
}

/** The column of the "- " of the item that line i is a field of, if it is in one. */
function dashColumnOver(lines: Line[], i: number): number | undefined {
  const l = lines[i]!;
  for (let j = i; j >= 0; j -= 1) {
    const d = lines[j]!;
    if (d.dash && d.keyCol === l.keyCol) return d.indent;
    if (d.indent < l.keyCol && !d.dash) return undefined;
  }
  return undefined;
}

/** An item whose own "- " is off: its fields are to be read against its first key only then. */
function consistentEnough(layout: Layout, i: number): boolean {
  const l = layout.lines[i]!;
  const fields = layout.fieldColumnOf(i);
  return fields === undefined || fields === l.keyCol || fields - 2 < 0;
}

/**
 * The last resort: a line at a column no open block uses ("  people:" between fields at 4 and at 0).
 * It belongs with the nearest column to its left.
 */
function outOfAnyColumn(lines: Line[], layout: Layout): LayoutFinding | null {
  const open: number[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const l = lines[i]!;
    const previous = lines[i - 1];
    const opened =
      previous !== undefined &&
      opensBlock(previous) &&
      (l.indent > previous.keyCol || (l.dash && l.indent === previous.keyCol));
    if (!opened) {
      while (open.length > 0 && open[open.length - 1]! > l.indent) open.pop();
      const top = open[open.length - 1];
      if (top !== undefined && top !== l.indent && !l.dash) {
        return misindented(
          l,
          top,
          fieldName([...layout.containerOf(i, top), l.key]),
          l.indent > top ? 'further' : 'less',
        );
      }
    }
    if (open[open.length - 1] !== l.indent) open.push(l.indent);
    if (l.dash && l.keyCol >= 0) open.push(l.keyCol);
  }
  return null;
}

function itemOutOfLine(l: Line, want: number, field: string, list: string): LayoutFinding {
  return {
    line: l.n,
    field,
    ...bilingual({
      what: {
        vi: `dấu “- ” của mục này không thẳng hàng với các mục khác của ${list} (${l.indent} dấu cách phía trước thay vì ${want})`,
        en: `this item's “- ” is not lined up with the other items of ${list} (${spaces(l.indent)} before it instead of ${want})`,
      },
      fix: {
        vi: `thẳng hàng mục này với các mục khác: viết ${want} dấu cách trước “- ”, và các trường của mục thẳng cột với trường đầu tiên`,
        en: `line this item up with the others: put ${spaces(want)} before “- ”, and its fields in line with its first field`,
      },
    }),
  };
}

function misindented(l: Line, want: number, field: string, how: 'further' | 'less'): LayoutFinding {
  const viHow = how === 'further' ? 'thụt vào sâu hơn' : 'thụt vào ít hơn';
  return {
    line: l.n,
    field,
    ...bilingual({
      what: {
        vi: `trường ${l.key} ${viHow} các trường cùng cấp (${l.indent} dấu cách thay vì ${want})`,
        en: `${l.key} is indented ${how} than the other fields at its level (${spaces(l.indent)} instead of ${want})`,
      },
      fix: {
        vi: `thẳng hàng với các trường cùng cấp: viết ${want} dấu cách trước ${l.key}:`,
        en: `line it up with them: put ${spaces(want)} before ${l.key}:`,
      },
    }),
  };
}

function missingDash(l: Line, dashCol: number, list: string, index: number, seenOn: number | undefined): LayoutFinding {
  const written = `${' '.repeat(dashCol)}- ${l.content}`;
  return {
    line: l.n,
    field: `${list}[${index}]`,
    ...bilingual({
      what:
        seenOn !== undefined
          ? {
              vi: `${l.key} đã có ở mục phía trên (dòng ${seenOn}), nên dòng này mở một mục mới của ${list} nhưng thiếu “- ”`,
              en: `${l.key} is already set in the item above (line ${seenOn}), so this line starts a new item of ${list}, but without “- ”`,
            }
          : {
              vi: `mục đầu tiên của ${list} không bắt đầu bằng “- ”`,
              en: `the first item of ${list} does not start with “- ”`,
            },
      fix: { vi: `bắt đầu mục bằng “- ”: "${written}"`, en: `start the item with “- ”: "${written}"` },
    }),
  };
}
