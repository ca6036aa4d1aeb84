/**
 * Rules about files as files: the encoding, the name and folder of an entry, files in the content folder that
 * the site would silently leave out, paths named on the command line, and a file the checker failed on.
 */
import type { Entry } from '../../schema/entry.ts';
import { isRealDate } from '../../schema/common.ts';
import { foldDiacritics, slugify } from '../../text/fold.ts';
import type { CorpusInput, EntryFile } from '../input.ts';
import type { DecodedFile } from '../encoding.ts';
import { bilingual, type Bilingual, type Finding, type Problem } from '../problem.ts';
import { defineRule, example, finding } from '../rule.ts';
import { ENTRY, FILE, entryFile, latin1, utf16 } from './example-entry.ts';

/** The example entry as an 8-bit editor saves it: Latin-1 here, where "ô" is the single byte F4. */
const LATIN1_ENTRY = latin1(foldDiacritics(ENTRY).replace('Son La tong ket', 'Sôn La tong ket'));

export const notUtf8 = defineRule({
  id: 'not-utf-8',
  severity: 'error',
  describes: {
    vi: 'Tệp được lưu bằng mã UTF-8: tệp lưu bằng Windows 1258 hay UTF-16 sẽ hiện sai mọi chữ có dấu.',
    en: 'The file is saved as UTF-8: one saved as Windows 1258 or UTF-16 would show every Vietnamese letter garbled.',
  },
  good: [entryFile(), { files: { [FILE]: `\ufeff${ENTRY}` } }],
  bad: [
    example(
      { files: { [FILE]: LATIN1_ENTRY } },
      `${FILE}:1  file  lỗi: tệp không lưu bằng mã UTF-8 (ký tự lạ đầu tiên ở dòng 2); chữ có dấu sẽ hiện sai trên trang  — mở lại đúng bảng mã rồi lưu bằng UTF-8 (VS Code: bấm tên bảng mã ở thanh dưới cùng → Reopen with Encoding → Vietnamese (Windows 1258), rồi Save with Encoding → UTF-8)
       ${FILE}:1  file  error: the file is not UTF-8 (the first stray byte is on line 2); Vietnamese letters would show garbled on the site  — reopen it in its encoding, then save it as UTF-8 (VS Code: click the encoding in the status bar → Reopen with Encoding → Vietnamese (Windows 1258), then Save with Encoding → UTF-8)`,
    ),
    example(
      { files: { [FILE]: utf16(ENTRY) } },
      `${FILE}:1  file  lỗi: tệp không lưu bằng mã UTF-8 (có vẻ là UTF-16)  — lưu lại bằng UTF-8 (VS Code: bấm “UTF-16” ở thanh dưới cùng → Save with Encoding → UTF-8)
       ${FILE}:1  file  error: the file is not UTF-8 (it looks like UTF-16)  — save it as UTF-8 (VS Code: click “UTF-16” in the status bar → Save with Encoding → UTF-8)`,
    ),
  ],
});

export const fileName = defineRule({
  id: 'file-name',
  severity: 'error',
  describes: {
    vi: 'Tên tệp chỉ có chữ thường không dấu, chữ số và gạch ngang, vì tên tệp là địa chỉ của trang.',
    en: "The file name has only lower-case letters without diacritics, digits and dashes: it is the page's address.",
  },
  good: [entryFile()],
  bad: [
    example(
      entryFile({}, 'content/articles/son-la/2023-12-27 Tổng kết.mdx'),
      `content/articles/son-la/2023-12-27 Tổng kết.mdx:1  file  lỗi: tên tệp "2023-12-27 Tổng kết.mdx" có chữ hoa, dấu, dấu cách hoặc ký tự lạ; tên tệp là địa chỉ của trang  — đổi tên tệp thành "2023-12-27-tong-ket.mdx"
       content/articles/son-la/2023-12-27 Tổng kết.mdx:1  file  error: the file name "2023-12-27 Tổng kết.mdx" has capitals, diacritics, spaces or other characters; the name is the page's address  — rename the file to "2023-12-27-tong-ket.mdx"`,
    ),
  ],
});

export const folderProvince = defineRule({
  id: 'folder-province',
  severity: 'warning',
  describes: {
    vi: 'Tệp nằm trong thư mục của tỉnh ghi ở province (thư mục unassigned/ khi province là null).',
    en: 'The file is in the folder of the province it names (unassigned/ when province is null).',
  },
  good: [
    entryFile(),
    entryFile(
      { 'province: son-la': 'province: null', 'status: unreviewed': 'status: needs-review' },
      'content/articles/unassigned/2023-12-27-tong-ket.mdx',
    ),
  ],
  bad: [
    example(
      entryFile({}, 'content/articles/lang-son/2023-12-27-tong-ket.mdx'),
      `content/articles/lang-son/2023-12-27-tong-ket.mdx:3  province  cảnh báo: tệp nằm trong thư mục "lang-son" nhưng province là "son-la"  — chuyển tệp vào content/articles/son-la/
       content/articles/lang-son/2023-12-27-tong-ket.mdx:3  province  warning: the file is in the folder "lang-son" but province is "son-la"  — move the file to content/articles/son-la/`,
    ),
    example(
      entryFile({}, 'content/articles/2023-12-27-tong-ket.mdx'),
      `content/articles/2023-12-27-tong-ket.mdx:1  file  cảnh báo: tệp nằm ngay trong thư mục bài, không trong thư mục của tỉnh nào  — chuyển tệp vào content/articles/son-la/
       content/articles/2023-12-27-tong-ket.mdx:1  file  warning: the file is directly in the articles folder, not in a province's folder  — move the file to content/articles/son-la/`,
    ),
  ],
});

export const fileDate = defineRule({
  id: 'file-date',
  severity: 'warning',
  describes: {
    vi: 'Ngày ở đầu tên tệp là eventDate.',
    en: 'The date the file name starts with is eventDate.',
  },
  good: [entryFile()],
  bad: [
    example(
      entryFile({ 'eventDate: 2023-12-27': 'eventDate: 2023-12-28' }),
      `${FILE}:6  eventDate  cảnh báo: tên tệp bắt đầu bằng ngày 2023-12-27 nhưng eventDate là 2023-12-28  — sửa eventDate, hoặc đổi tên tệp cho cùng ngày
       ${FILE}:6  eventDate  warning: the file name starts with 2023-12-27 but eventDate is 2023-12-28  — correct eventDate, or rename the file to the same date`,
    ),
  ],
});

export const notAnEntry = defineRule({
  id: 'not-an-entry',
  severity: 'error or warning',
  describes: {
    vi: 'Trong content/articles/ chỉ có bài (đuôi .mdx hoặc .md, viết thường) và ảnh, vì trang web không đọc tệp nào khác: lỗi với tệp trông như một bài, cảnh báo với tệp khác.',
    en: 'content/articles/ holds only entries (.mdx or .md, in lower case) and images, since the site reads no other file: an error for a file that looks like an entry, a warning for any other.',
  },
  good: [{ files: { [FILE]: ENTRY, 'content/articles/son-la/anh-hoi-nghi.jpg': 'JPEG' } }],
  bad: [
    example(
      { files: { [FILE]: ENTRY, 'content/articles/son-la/2023-12-28-ban-tin.txt': 'Bản tin.' } },
      `content/articles/son-la/2023-12-28-ban-tin.txt:1  file  lỗi: trang web không đọc tệp .txt: bài này sẽ không có trên trang  — nếu là một bài, đổi đuôi thành .mdx (hoặc nhập văn bản gốc bằng npm run ingest); nếu không, chuyển tệp ra khỏi content/articles/
       content/articles/son-la/2023-12-28-ban-tin.txt:1  file  error: the site does not read .txt files: this entry would not be on the site  — if it is an entry, rename it to .mdx (or turn the raw text into one with npm run ingest); otherwise move it out of content/articles/`,
    ),
    example(
      { files: { [FILE]: ENTRY, 'content/articles/son-la/2023-12-28-ban-tin.MDX': ENTRY } },
      `content/articles/son-la/2023-12-28-ban-tin.MDX:1  file  lỗi: trang web không đọc tệp này: phần đuôi .MDX phải viết thường  — đổi tên tệp thành "2023-12-28-ban-tin.mdx"
       content/articles/son-la/2023-12-28-ban-tin.MDX:1  file  error: the site does not read this file: the .MDX extension must be lower case  — rename the file to "2023-12-28-ban-tin.mdx"`,
    ),
    example(
      { files: { [FILE]: ENTRY, 'content/articles/son-la/ghi-chu.docx.bak': 'x' } },
      `content/articles/son-la/ghi-chu.docx.bak:1  file  cảnh báo: trang web không đọc tệp này (chỉ đọc tệp .mdx và .md)  — chuyển tệp ra khỏi content/articles/ nếu không cần
       content/articles/son-la/ghi-chu.docx.bak:1  file  warning: the site does not read this file (only .mdx and .md files)  — move it out of content/articles/ if it is not needed`,
    ),
  ],
});

export const outsideArticles = defineRule({
  id: 'outside-articles',
  severity: 'error',
  describes: {
    vi: 'Không có bài nào nằm trong content/ mà ngoài content/articles/, nơi trang web không đọc.',
    en: 'No entry lies under content/ outside content/articles/, where the site does not read it.',
  },
  good: [{ files: { [FILE]: ENTRY, 'content/sources/2023-12-27-tong-ket.txt': 'Văn bản gốc.' } }],
  bad: [
    example(
      { files: { [FILE]: ENTRY, 'content/son-la/2023-12-20-hoi-nghi.mdx': ENTRY } },
      `content/son-la/2023-12-20-hoi-nghi.mdx:1  file  lỗi: tệp nằm ngoài content/articles/ nên trang web không đọc  — chuyển tệp vào content/articles/<mã-tỉnh>/ (hoặc content/articles/unassigned/)
       content/son-la/2023-12-20-hoi-nghi.mdx:1  file  error: the file is outside content/articles/, so the site does not read it  — move it to content/articles/<province>/ (or content/articles/unassigned/)`,
    ),
  ],
});

export const noSuchFile = defineRule({
  id: 'no-such-file',
  severity: 'error',
  describes: {
    vi: 'Mỗi đường dẫn ghi sau npm run check -- đều có thật.',
    en: 'Every path named after npm run check -- exists.',
  },
  good: [{ ...entryFile(), args: [FILE] }],
  bad: [
    example(
      { ...entryFile(), args: ['content/articles/son-la/2023-12-27-tong-ket.md'] },
      `content/articles/son-la/2023-12-27-tong-ket.md:1  file  lỗi: không có tệp hay thư mục này  — kiểm tra lại đường dẫn (gõ vài chữ đầu rồi bấm Tab để máy điền nốt)
       content/articles/son-la/2023-12-27-tong-ket.md:1  file  error: there is no such file or folder  — check the path (type the first letters and press Tab to complete it)`,
    ),
    example(
      { ...entryFile(), args: ['en'] },
      `en:1  file  lỗi: không có tệp hay thư mục này  — để chỉ in một ngôn ngữ, viết npm run check -- --lang en (có -- trước các tùy chọn)
       en:1  file  error: there is no such file or folder  — to print one language only, write npm run check -- --lang en (with -- before the options)`,
    ),
  ],
});

export const notInContent = defineRule({
  id: 'not-in-content',
  severity: 'error',
  describes: {
    vi: 'Mỗi đường dẫn ghi sau npm run check -- có ít nhất một bài mà trang web đọc.',
    en: 'Every path named after npm run check -- holds at least one entry the site reads.',
  },
  good: [{ ...entryFile(), args: ['content/articles/son-la/'] }],
  bad: [
    example(
      { files: { [FILE]: ENTRY, 'notes/2023-12-27-tong-ket.mdx': ENTRY }, args: ['notes/'] },
      `notes/:1  file  lỗi: đường dẫn này không có bài nào mà trang web đọc (bài nằm trong content/articles/)  — kiểm tra lại đường dẫn, hoặc chuyển tệp vào content/articles/<mã-tỉnh>/
       notes/:1  file  error: this path holds no entry the site reads (entries are under content/articles/)  — check the path, or move the file to content/articles/<province>/`,
    ),
  ],
});

/** An entry whose text cannot be read: what a checker that fails on a file looks like. */
const unreadable = (file: string, message: string): EntryFile => ({
  file,
  relative: file.replace(/^content\/articles\//, ''),
  get text(): string {
    throw new Error(message);
  },
});

export const checkerFailed = defineRule({
  id: 'checker-failed',
  severity: 'error',
  describes: {
    vi: 'Công cụ kiểm tra đọc được mọi tệp; khi nó gặp lỗi với một tệp, lỗi đó được báo trên tệp ấy, không làm dừng cả lần kiểm tra.',
    en: 'The checker reads every file; when it fails on one, the failure is reported on that file instead of stopping the whole check.',
  },
  good: [entryFile()],
  bad: [
    example(
      { corpus: () => ({ entries: [unreadable(FILE, 'EIO: i/o error, read')] }) },
      `${FILE}:1  file  lỗi: công cụ kiểm tra gặp lỗi khi đọc tệp này (EIO: i/o error, read)  — báo cho nhóm kỹ thuật, kèm tệp này
       ${FILE}:1  file  error: the checker failed on this file (EIO: i/o error, read)  — report it to the developers, with this file`,
    ),
  ],
});

export const FILE_RULES = [
  notUtf8,
  fileName,
  folderProvince,
  fileDate,
  notAnEntry,
  outsideArticles,
  noSuchFile,
  notInContent,
  checkerFailed,
] as const;

// ---------------------------------------------------------------------------------------------

/** The one problem of a file that is not UTF-8: nothing else in it can be trusted. */
export function encodingProblem(file: DecodedFile): Bilingual | null {
  if (file.encoding === 'utf-8') return null;
  if (file.encoding === 'utf-16') {
    return bilingual({
      what: { vi: 'tệp không lưu bằng mã UTF-8 (có vẻ là UTF-16)', en: 'the file is not UTF-8 (it looks like UTF-16)' },
      fix: {
        vi: 'lưu lại bằng UTF-8 (VS Code: bấm “UTF-16” ở thanh dưới cùng → Save with Encoding → UTF-8)',
        en: 'save it as UTF-8 (VS Code: click “UTF-16” in the status bar → Save with Encoding → UTF-8)',
      },
    });
  }
  const viWhere = file.badLine ? ` (ký tự lạ đầu tiên ở dòng ${file.badLine})` : '';
  const enWhere = file.badLine ? ` (the first stray byte is on line ${file.badLine})` : '';
  return bilingual({
    what: {
      vi: `tệp không lưu bằng mã UTF-8${viWhere}; chữ có dấu sẽ hiện sai trên trang`,
      en: `the file is not UTF-8${enWhere}; Vietnamese letters would show garbled on the site`,
    },
    fix: {
      vi: 'mở lại đúng bảng mã rồi lưu bằng UTF-8 (VS Code: bấm tên bảng mã ở thanh dưới cùng → Reopen with Encoding → Vietnamese (Windows 1258), rồi Save with Encoding → UTF-8)',
      en: 'reopen it in its encoding, then save it as UTF-8 (VS Code: click the encoding in the status bar → Reopen with Encoding → Vietnamese (Windows 1258), then Save with Encoding → UTF-8)',
    },
  });
}

/** The file name is the page's address: lower case, no diacritics, words joined by dashes. */
export function fileNameFinding(relative: string): Finding | null {
  const name = relative.split('/').at(-1) ?? relative;
  const stem = name.replace(/\.mdx?$/, '');
  if (/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(stem)) return null;
  const better = `${slugify(stem)}${name.slice(stem.length)}`;
  return finding(fileName, 1, 'file', {
    what: {
      vi: `tên tệp "${name}" có chữ hoa, dấu, dấu cách hoặc ký tự lạ; tên tệp là địa chỉ của trang`,
      en: `the file name "${name}" has capitals, diacritics, spaces or other characters; the name is the page's address`,
    },
    fix: { vi: `đổi tên tệp thành "${better}"`, en: `rename the file to "${better}"` },
  });
}

/** The folder says which province, the name starts with the date: keep them in step with the fields. */
export function placementFindings(
  relative: string,
  entry: Entry,
  lineOf: (p: readonly PropertyKey[]) => number,
): Finding[] {
  const findings: Finding[] = [];
  const parts = relative.split('/');
  const expected = entry.province ?? 'unassigned';
  const move = {
    vi: `chuyển tệp vào content/articles/${expected}/`,
    en: `move the file to content/articles/${expected}/`,
  };
  if (parts.length === 1) {
    findings.push(
      finding(folderProvince, 1, 'file', {
        what: {
          vi: 'tệp nằm ngay trong thư mục bài, không trong thư mục của tỉnh nào',
          en: "the file is directly in the articles folder, not in a province's folder",
        },
        fix: move,
      }),
    );
  }
  if (parts.length >= 2) {
    const folder = parts[parts.length - 2]!;
    if (folder !== expected) {
      const province = entry.province === null ? 'null' : `"${entry.province}"`;
      findings.push(
        finding(folderProvince, lineOf(['province']), 'province', {
          what: {
            vi: `tệp nằm trong thư mục "${folder}" nhưng province là ${province}`,
            en: `the file is in the folder "${folder}" but province is ${province}`,
          },
          fix: move,
        }),
      );
    }
  }
  const date = /^(\d{4}-\d{2}-\d{2})-/.exec(parts.at(-1) ?? '')?.[1];
  if (entry.eventDate && date && isRealDate(date) && date !== entry.eventDate) {
    findings.push(
      finding(fileDate, lineOf(['eventDate']), 'eventDate', {
        what: {
          vi: `tên tệp bắt đầu bằng ngày ${date} nhưng eventDate là ${entry.eventDate}`,
          en: `the file name starts with ${date} but eventDate is ${entry.eventDate}`,
        },
        fix: {
          vi: 'sửa eventDate, hoặc đổi tên tệp cho cùng ngày',
          en: 'correct eventDate, or rename the file to the same date',
        },
      }),
    );
  }
  return findings;
}

/** Files an entry's body may show or link to (`![…](./anh.jpg)`): not entries, but not strays either. */
const MEDIA = /^(?:jpe?g|png|gif|webp|avif|svg|pdf)$/i;

/** A file in the content folder that the site's loader does not pick up as an entry. */
export function strayFileProblems(file: string): Problem[] {
  const name = file.split('/').at(-1) ?? file;
  const ext = /\.([^.]+)$/.exec(name)?.[1] ?? '';
  if (MEDIA.test(ext)) return [];
  const base = { file, line: 1, field: 'file', rule: notAnEntry.id } as const;
  if (/^mdx?$/i.test(ext)) {
    // `.MDX`: the loader's pattern is case-sensitive, on every system.
    const better = `${name.slice(0, -ext.length)}${ext.toLowerCase()}`;
    return [
      {
        ...base,
        severity: 'error',
        ...bilingual({
          what: {
            vi: `trang web không đọc tệp này: phần đuôi .${ext} phải viết thường`,
            en: `the site does not read this file: the .${ext} extension must be lower case`,
          },
          fix: { vi: `đổi tên tệp thành "${better}"`, en: `rename the file to "${better}"` },
        }),
      },
    ];
  }
  if (/^(?:txt|text|markdown|mdown|mkd|md\w*|docx?|rtf)$/i.test(ext) || ext === '') {
    return [
      {
        ...base,
        severity: 'error',
        ...bilingual({
          what: {
            vi: `trang web không đọc tệp .${ext || '(không có đuôi)'}: bài này sẽ không có trên trang`,
            en: `the site does not read ${ext ? `.${ext}` : 'extension-less'} files: this entry would not be on the site`,
          },
          fix: {
            vi: 'nếu là một bài, đổi đuôi thành .mdx (hoặc nhập văn bản gốc bằng npm run ingest); nếu không, chuyển tệp ra khỏi content/articles/',
            en: 'if it is an entry, rename it to .mdx (or turn the raw text into one with npm run ingest); otherwise move it out of content/articles/',
          },
        }),
      },
    ];
  }
  return [
    {
      ...base,
      severity: 'warning',
      ...bilingual({
        what: {
          vi: 'trang web không đọc tệp này (chỉ đọc tệp .mdx và .md)',
          en: 'the site does not read this file (only .mdx and .md files)',
        },
        fix: {
          vi: 'chuyển tệp ra khỏi content/articles/ nếu không cần',
          en: 'move it out of content/articles/ if it is not needed',
        },
      }),
    },
  ];
}

/** An entry-like file under content/ but outside content/articles/: never published. */
export function outsideFileProblem(file: string): Problem {
  return {
    file,
    ...finding(outsideArticles, 1, 'file', {
      what: {
        vi: 'tệp nằm ngoài content/articles/ nên trang web không đọc',
        en: 'the file is outside content/articles/, so the site does not read it',
      },
      fix: {
        vi: 'chuyển tệp vào content/articles/<mã-tỉnh>/ (hoặc content/articles/unassigned/)',
        en: 'move it to content/articles/<province>/ (or content/articles/unassigned/)',
      },
    }),
  };
}

/** A path given to `npm run check` that names no file the site reads. */
export function unmatchedPathProblem({ path, exists }: NonNullable<CorpusInput['unmatched']>[number]): Problem {
  if (exists) {
    return {
      file: path,
      ...finding(notInContent, 1, 'file', {
        what: {
          vi: 'đường dẫn này không có bài nào mà trang web đọc (bài nằm trong content/articles/)',
          en: 'this path holds no entry the site reads (entries are under content/articles/)',
        },
        fix: {
          vi: 'kiểm tra lại đường dẫn, hoặc chuyển tệp vào content/articles/<mã-tỉnh>/',
          en: 'check the path, or move the file to content/articles/<province>/',
        },
      }),
    };
  }
  // `npm run check --lang en`: npm took --lang and left "en".
  const command = `npm run check -- --lang ${path}`;
  return {
    file: path,
    ...finding(noSuchFile, 1, 'file', {
      what: { vi: 'không có tệp hay thư mục này', en: 'there is no such file or folder' },
      fix:
        path === 'vi' || path === 'en'
          ? {
              vi: `để chỉ in một ngôn ngữ, viết ${command} (có -- trước các tùy chọn)`,
              en: `to print one language only, write ${command} (with -- before the options)`,
            }
          : {
              vi: 'kiểm tra lại đường dẫn (gõ vài chữ đầu rồi bấm Tab để máy điền nốt)',
              en: 'check the path (type the first letters and press Tab to complete it)',
            },
    }),
  };
}

/** What the checker says about a file it failed on, with the first line of the failure. */
export function checkerFailedProblem(file: string, error: unknown): Problem {
  const message = String((error as Error)?.message ?? error).split('\n')[0];
  return {
    file,
    ...finding(checkerFailed, 1, 'file', {
      what: {
        vi: `công cụ kiểm tra gặp lỗi khi đọc tệp này (${message})`,
        en: `the checker failed on this file (${message})`,
      },
      fix: { vi: 'báo cho nhóm kỹ thuật, kèm tệp này', en: 'report it to the developers, with this file' },
    }),
  };
}
