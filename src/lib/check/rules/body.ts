/**
 * The MDX body: that it compiles with the parser Astro 7 uses (Sätteri), and that it holds only the safe
 * subset (src/lib/mdx/safe-subset.ts: `{…}`, `import` and event handlers would run when the page is built).
 * mdx-body.ts reads the body; the problems it has are worded here, the safe subset's by safe-subset.ts.
 */
import { bodySafetyProblems, mayHoldUnsafe } from '../../mdx/safe-subset.ts';
import type { Finding, InBoth } from '../problem.ts';
import { defineRule, example, finding } from '../rule.ts';
import { entryFile, FILE } from './example-entry.ts';

/** The example entry with this paragraph after its own. */
const withText = (text: string) =>
  entryFile({ 'có doanh thu đạt trên 101 tỷ đồng.': `có doanh thu đạt trên 101 tỷ đồng.\n\n${text}` });

export const mdxSyntax = defineRule({
  id: 'mdx-syntax',
  severity: 'error',
  describes: {
    vi: 'Nội dung bài dịch được bằng trình dịch MDX của Astro: thẻ mở thì đóng, dấu { và < muốn hiện ra thì viết \\{ và \\<, chú thích viết {/* … */}.',
    en: "The text compiles with Astro's MDX compiler: a tag opened is closed, a { or < meant as a character is written \\{ or \\<, a comment is {/* … */}.",
  },
  good: [withText('Tăng trưởng \\{6,5%\\} so với năm 2022; a \\< b.')],
  bad: [
    example(
      withText('<div>Doanh thu tăng.'),
      `${FILE}:18  body  lỗi: thẻ <div> mở nhưng không đóng  — đóng thẻ bằng </div> (hoặc viết <div />); nếu muốn hiện dấu <, viết \\<
       ${FILE}:18  body  error: the tag <div> is opened but never closed  — close it with </div> (or write <div />); to show a “<”, write \\<`,
    ),
    example(
      withText('Tăng trưởng {6,5%} so với năm 2022.'),
      `${FILE}:18  body  lỗi: dấu { ở đây bị hiểu là bắt đầu mã lệnh  — viết \\{ và \\} để hiện dấu ngoặc nhọn
       ${FILE}:18  body  error: this “{” is read as the start of code  — write \\{ and \\} to show braces`,
    ),
    example(
      withText('<!-- ghi chú -->'),
      `${FILE}:18  body  lỗi: MDX không dùng chú thích HTML <!-- … -->  — viết chú thích dạng {/* … */}, hoặc xóa nó
       ${FILE}:18  body  error: MDX does not accept HTML comments <!-- … -->  — write the comment as {/* … */}, or delete it`,
    ),
    example(
      withText('<Kpi metric="total_revenue"'),
      `${FILE}:18  body  lỗi: thẻ <Kpi> chưa đóng: sau các thuộc tính không có “/>” hay “>”  — kết thúc thẻ bằng /> (<Kpi metric="total_revenue" />); nếu muốn hiện dấu <, viết \\<
       ${FILE}:18  body  error: the tag <Kpi> is not closed: its attributes are not followed by “/>” or “>”  — end the tag with /> (<Kpi metric="total_revenue" />); to show a “<”, write \\<`,
    ),
  ],
});

export const unsafeBody = defineRule({
  id: 'unsafe-body',
  severity: 'error',
  describes: {
    vi: 'Nội dung chỉ gồm phần an toàn (src/lib/mdx/safe-subset.ts): chữ Markdown, thẻ HTML trình bày trong danh sách cho phép với thuộc tính viết bằng chữ, các thành phần của dự án với giá trị cố định, địa chỉ http(s), mailto, tel hoặc trong trang, chú thích {/* … */}; không import, export, biểu thức {…}, trình xử lý sự kiện, style hay liên kết javascript:. Lỗi này chặn việc dựng trang, kể cả trong bản nháp.',
    en: "The text holds only the safe subset (src/lib/mdx/safe-subset.ts): Markdown, allowlisted presentational HTML tags with plain-text attributes, the project's components with literal values, http(s), mailto, tel or in-site addresses, {/* … */} comments; no import, export, {…} expression, event handler, style or javascript: link. It stops the build, even in a draft.",
  },
  good: [
    withText('Chú thích {/* ẩn */}, xuống dòng <br /> và <abbr title="Bưu điện tỉnh">BĐT</abbr> được phép.'),
    withText('Xem [trang Bưu điện](https://vnpost.vn) và <Figure metric="total_revenue" year={2023} />.'),
  ],
  bad: [
    example(
      withText('Giá {gia} đồng.'),
      `${FILE}:18  body  lỗi: {gia} trong nội dung sẽ bị chạy như mã lệnh khi dựng trang  — nếu muốn hiện dấu ngoặc nhọn, viết \\{ và \\}
       ${FILE}:18  body  error: {gia} in the text would be run as code when the site is built  — to show the braces, write \\{ and \\}`,
    ),
    example(
      withText('Xem <BieuDo />'),
      `${FILE}:18  body  lỗi: thẻ <BieuDo> không phải thẻ HTML cũng không phải thành phần của dự án  — nếu muốn hiện dấu <, viết \\<; các thành phần được dùng: <Figure>, <Ranking>, <SeriesChart>, <Awards>, <ProvinceMap>, <Targets>
       ${FILE}:18  body  error: <BieuDo> is neither an HTML tag nor one of the project’s components  — to show a “<”, write \\<; the components are <Figure>, <Ranking>, <SeriesChart>, <Awards>, <ProvinceMap>, <Targets>`,
    ),
    example(
      withText('<img src="anh.png" onerror="alert(1)" />'),
      `${FILE}:18  body  lỗi: thuộc tính onerror không được dùng trên thẻ <img> (trình xử lý sự kiện chạy mã lệnh)  — xóa onerror=…
       ${FILE}:18  body  error: the attribute onerror is not allowed on <img> (an event handler runs code)  — delete onerror=…`,
    ),
    example(
      withText('[Bấm vào đây](javascript:alert(1))'),
      `${FILE}:18  body  lỗi: địa chỉ “javascript:alert(1)” không được dùng: chỉ địa chỉ http(s), mailto, tel hoặc đường dẫn trong trang  — thay bằng địa chỉ https://…, hoặc xóa liên kết
       ${FILE}:18  body  error: the address “javascript:alert(1)” is not allowed: only http(s), mailto, tel or a path within the site  — use an https://… address, or remove the link`,
    ),
    example(
      withText("import x from 'y'"),
      `${FILE}:18  body  lỗi: dòng “import x from 'y'” là mã lệnh (import/export), không được dùng trong nội dung  — xóa dòng này; nếu đó là chữ của bài, viết \\ trước chữ đầu dòng (\\import …)
       ${FILE}:18  body  error: the line “import x from 'y'” is code (import/export), which the text may not hold  — delete the line; if it is the article’s text, write \\ before its first word (\\import …)`,
    ),
  ],
});

export const BODY_RULES = [mdxSyntax, unsafeBody] as const;

/**
 * What the body holds beyond the safe subset (src/lib/mdx/safe-subset.ts, which the content loader also
 * enforces when the site is built), as this rule's findings. `body` is the text after the frontmatter: only
 * a body with a `<`, `{`, link or import/export line is read again.
 */
export function unsafeBodyFindings(file: string, fileText: string, body: string): Finding[] {
  if (!mayHoldUnsafe(body)) return [];
  return bodySafetyProblems(file, fileText).map((p) =>
    finding(unsafeBody, p.line, p.field, {
      what: { vi: p.vi.what, en: p.en.what },
      fix: { vi: p.vi.fix, en: p.en.fix },
    }),
  );
}

/** A tag's opening written up to the end of its line without ">" or "/>": `<Kpi metric="total_revenue"`. */
const OPEN_TAG = /^<([A-Za-z][\w.:-]*)((?:\s+[\w:-]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|\{[^{}]*\}))?)*)\s*$/;

/**
 * Sätteri says "6:7: Expected a closing tag for `<div>` (6:7) … (mdx-jsx:unexpected-character)";
 * `fileText`, when given, lets the message name the tag an unparsable "<" starts.
 */
export function compileFinding(raw: string, fileText?: string): Finding {
  const m = /^(\d+):(\d+):\s*([\s\S]*?)\s*(?:\(([\w:-]+)\))?\s*$/.exec(raw.trim());
  const line = m ? Number(m[1]) : 1;
  const at = m && fileText !== undefined ? (fileText.split(/\r?\n/)[line - 1] ?? '').slice(Number(m[2]) - 1) : '';
  const message = m ? m[3]! : raw.trim();
  const here = (words: { what: InBoth; fix: InBoth }): Finding => finding(mdxSyntax, line, 'body', words);
  let tag: RegExpExecArray | null;
  if ((tag = /Expected a closing tag for `<([^>`]+)>`/.exec(message))) {
    const t = tag[1]!;
    return here({
      what: { vi: `thẻ <${t}> mở nhưng không đóng`, en: `the tag <${t}> is opened but never closed` },
      fix: {
        vi: `đóng thẻ bằng </${t}> (hoặc viết <${t} />); nếu muốn hiện dấu <, viết \\<`,
        en: `close it with </${t}> (or write <${t} />); to show a “<”, write \\<`,
      },
    });
  }
  if ((tag = /Unexpected closing tag `<\/([^>`]+)>`/.exec(message))) {
    const t = tag[1]!;
    return here({
      what: { vi: `thẻ đóng </${t}> không có thẻ mở tương ứng`, en: `the closing tag </${t}> has no opening tag` },
      fix: { vi: `xóa </${t}>, hoặc thêm thẻ mở <${t}>`, en: `delete </${t}>, or add the opening <${t}>` },
    });
  }
  if (/to create a link in MDX/.test(message) && (tag = /^<([A-Za-z][\w.:-]*)/.exec(at))) {
    const t = tag[1]!;
    const open = OPEN_TAG.exec(at.trimEnd());
    const closed = open ? `<${t}${open[2]!.replace(/\s+$/, '')} />` : `<${t} … />`;
    return here({
      what: open
        ? {
            vi: `thẻ <${t}> chưa đóng: sau các thuộc tính không có “/>” hay “>”`,
            en: `the tag <${t}> is not closed: its attributes are not followed by “/>” or “>”`,
          }
        : {
            vi: `thẻ <${t}> viết dở: thiếu “/>” ở cuối, hoặc một giá trị thiếu dấu " đóng`,
            en: `the tag <${t}> is unfinished: “/>” is missing at its end, or a value lacks its closing "`,
          },
      fix: {
        vi: `kết thúc thẻ bằng /> (${closed}); nếu muốn hiện dấu <, viết \\<`,
        en: `end the tag with /> (${closed}); to show a “<”, write \\<`,
      },
    });
  }
  if (/to create a link in MDX/.test(message)) {
    return here({
      what: { vi: 'dấu < ở đây bị hiểu là mở một thẻ', en: 'this “<” is read as the start of a tag' },
      fix: {
        vi: 'viết \\< để hiện dấu <; liên kết viết dạng [chữ](https://…)',
        en: 'write \\< to show a “<”; write links as [text](https://…)',
      },
    });
  }
  if (/to create a comment in MDX/.test(message)) {
    return here({
      what: { vi: 'MDX không dùng chú thích HTML <!-- … -->', en: 'MDX does not accept HTML comments <!-- … -->' },
      fix: { vi: 'viết chú thích dạng {/* … */}, hoặc xóa nó', en: 'write the comment as {/* … */}, or delete it' },
    });
  }
  if (/closing brace for `\{`|parse expression/.test(message)) {
    return here({
      what: { vi: 'dấu { ở đây bị hiểu là bắt đầu mã lệnh', en: 'this “{” is read as the start of code' },
      fix: { vi: 'viết \\{ và \\} để hiện dấu ngoặc nhọn', en: 'write \\{ and \\} to show braces' },
    });
  }
  if (/parse esm/i.test(message)) {
    return here({
      what: { vi: 'dòng import/export viết sai', en: 'an import/export line is not valid code' },
      fix: {
        vi: 'sửa hoặc xóa dòng này; một dòng bắt đầu bằng “import ” hay “export ” bị hiểu là mã lệnh',
        en: 'fix or delete the line; a line starting with “import ” or “export ” is read as code',
      },
    });
  }
  return here({
    what: { vi: `nội dung MDX không dịch được: ${message}`, en: `the MDX body does not compile: ${message}` },
    fix: { vi: 'xem mục MDX trong docs/editing.md', en: 'see the MDX section of docs/editing.en.md' },
  });
}
