/**
 * The check of a written digest (`content/digests/<year>.mdx`): its name, its frontmatter against the
 * schema, the year against the name, the MDX, and every project component's props against the corpus
 * with the line of the tag. `npm run check` and the build (through the content check the digests'
 * loader waits for) both run it; `componentFindings` is the same reading of an article's body.
 */
import { parse as parseYaml } from 'yaml';
import type { Problem } from '../check/problem.ts';
import { compileFinding } from '../check/rules/body.ts';
import type { Digest } from '../digest/digest.ts';
import { componentUses } from '../mdx/component-uses.ts';
import { checkComponentUse } from '../mdx/props/index.ts';
import { writtenDigestSchema, type WrittenDigest } from '../schema/written-digest.ts';
import { mdxToJs } from 'satteri';
import { parseDigestName } from './file-name.ts';

export interface WrittenFinding {
  line: number;
  field: string;
  severity: 'error' | 'warning';
  rule: 'digest-file-name' | 'digest-frontmatter' | 'digest-year' | 'digest-mdx' | 'component-prop';
  vi: { what: string; fix: string };
  en: { what: string; fix: string };
}

export interface WrittenCheck {
  findings: WrittenFinding[];
  /** The frontmatter when it passed the schema. */
  data: WrittenDigest | null;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** The line of a top-level key in the file (frontmatter starts on line 2), else the first line. */
function lineOfKey(text: string, key: string): number {
  const lines = text.split(/\r?\n/);
  const i = lines.findIndex((l, n) => n > 0 && new RegExp(`^${key}\\s*:`).test(l));
  return i >= 0 ? i + 1 : 1;
}

const finding = (
  rule: WrittenFinding['rule'],
  line: number,
  field: string,
  viWhat: string,
  viFix: string,
  enWhat: string,
  enFix: string,
): WrittenFinding => ({
  line,
  field,
  severity: 'error',
  rule,
  vi: { what: viWhat, fix: viFix },
  en: { what: enWhat, fix: enFix },
});

/** Every project component of a whole MDX file, checked against the corpus: one finding per prop problem. */
export function componentFindings(fileText: string, digest: Digest): WrittenFinding[] {
  return componentUses(fileText).flatMap((use) =>
    checkComponentUse(use, digest).map((p) =>
      finding('component-prop', use.line, `<${use.name}> ${p.prop}`, p.vi.what, p.vi.fix, p.en.what, p.en.fix),
    ),
  );
}

export function checkWrittenDigest(file: string, text: string, digest: Digest): WrittenCheck {
  const name = parseDigestName(file);
  const findings: WrittenFinding[] = [];
  if (!name || !/\.mdx$/.test(file)) {
    findings.push(
      finding(
        'digest-file-name',
        1,
        'file',
        'tên tệp bản tổng hợp phải là <năm>.mdx (tiếng Việt) hoặc <năm>.en.mdx (tiếng Anh)',
        'đổi tên tệp, ví dụ 2023.mdx hoặc 2023.en.mdx',
        'a written digest is named <year>.mdx (Vietnamese) or <year>.en.mdx (English)',
        'rename the file, e.g. 2023.mdx or 2023.en.mdx',
      ),
    );
  }
  const fm = FRONTMATTER.exec(text);
  let data: WrittenDigest | null = null;
  if (!fm) {
    findings.push(
      finding(
        'digest-frontmatter',
        1,
        'frontmatter',
        'tệp không bắt đầu bằng phần đầu (frontmatter) giữa hai dòng ---',
        'chạy npm run digest:new -- --year <năm> để có tệp mẫu',
        'the file does not start with a frontmatter between two --- lines',
        'run npm run digest:new -- --year <year> for a template',
      ),
    );
  } else {
    let raw: unknown;
    try {
      raw = parseYaml(fm[1]!);
    } catch (e) {
      const line = ((e as { linePos?: { line: number }[] }).linePos?.[0]?.line ?? 0) + 1;
      findings.push(
        finding(
          'digest-frontmatter',
          line,
          'frontmatter',
          `phần đầu không phải YAML hợp lệ (${String((e as Error).message).split('\n')[0]})`,
          'sửa dòng này theo mẫu tên: giá trị',
          `the frontmatter is not valid YAML (${String((e as Error).message).split('\n')[0]})`,
          'fix the line as key: value',
        ),
      );
    }
    if (raw !== undefined) {
      const parsed = writtenDigestSchema.safeParse(raw);
      if (parsed.success) data = parsed.data;
      else
        for (const issue of parsed.error.issues) {
          const key = String(issue.path[0] ?? '');
          const field = issue.path.map(String).join('.') || 'frontmatter';
          findings.push(
            finding(
              'digest-frontmatter',
              key ? lineOfKey(text, key) : 1,
              field,
              `${field}: ${issue.message}`,
              'các trường: year, title, lead, authors, published, draft (xem docs/editing.md)',
              `${field}: ${issue.message}`,
              'the fields are year, title, lead, authors, published, draft (see docs/editing.en.md)',
            ),
          );
        }
    }
  }
  if (data && name && data.year !== name.year) {
    findings.push(
      finding(
        'digest-year',
        lineOfKey(text, 'year'),
        'year',
        `year: ${data.year} khác năm trong tên tệp (${name.year})`,
        `sửa year thành ${name.year}, hoặc đổi tên tệp thành ${data.year}${name.lang === 'en' ? '.en' : ''}.mdx`,
        `year: ${data.year} differs from the file name's year (${name.year})`,
        `set year to ${name.year}, or rename the file to ${data.year}${name.lang === 'en' ? '.en' : ''}.mdx`,
      ),
    );
  }
  try {
    mdxToJs(text);
  } catch (e) {
    const f = compileFinding(String((e as Error).message ?? e), text);
    findings.push({ ...f, rule: 'digest-mdx', field: 'body', severity: 'error', vi: f.vi, en: f.en });
    return { findings, data };
  }
  findings.push(...componentFindings(text, digest));
  return { findings, data };
}

/** One digest file checked, as the check's problems (each naming the file) and whether it is a draft. */
export interface WrittenFileCheck {
  problems: Problem[];
  /** A draft's errors stop `npm run check`, not a production build, which does not publish it. */
  draft: boolean;
}

/** What `npm run check` and the build's digests loader both do with one written digest file. */
export function checkWrittenFile(file: string, text: string, digest: Digest): WrittenFileCheck {
  const { findings, data } = checkWrittenDigest(file, text, digest);
  return { problems: findings.map((f) => ({ ...f, file })), draft: data?.draft === true };
}
