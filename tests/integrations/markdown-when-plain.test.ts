/**
 * A plain body rendered as Markdown (src/integrations/markdown-when-plain.ts) gives the HTML the MDX
 * compiler gives. One Astro build of a small project with the site's Markdown and MDX settings renders
 * every entry of content/articles and of the fixture corpus twice: from a collection loaded as before
 * (every `.mdx` entry compiled as MDX) and from one loaded through markdownWhenPlain. Every pair must
 * be identical, byte for byte, and the plain entries must really have gone the Markdown way.
 * Besides the shipped entries: a body the ingest writes from hostile text (braces, angle brackets,
 * "import" at a line start, a caption, a heading), which is escaped and plain, and one with JSX, which
 * must stay MDX.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Block } from '../../src/lib/extract/clean.ts';
import { blocksToMdx } from '../../src/lib/mdx/body.ts';
import { bodyNeedsMdx } from '../../src/lib/mdx/needs-mdx.ts';
import { buildSite } from '../e2e/support/build-site.ts';

const repo = path.resolve(import.meta.dirname, '../..');
const project = path.join(repo, '.tmp', 'markdown-when-plain-test');
const SOURCES = {
  content: path.join(repo, 'content', 'articles'),
  fixtures: path.join(repo, 'tests', 'fixtures', 'site-content'),
  extra: path.join(project, 'extra-content'),
} as const;
type Source = keyof typeof SOURCES;

const mdxFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mdx'))
    .sort();
const bodyOf = (text: string): string => text.replace(/^---\n[\s\S]*?\n---\n/u, '').trim();

const MARKDOWN_CONSTRUCTS = `# Tiêu đề một

## Tổng kết năm 2024

## Tổng kết năm 2024

Đoạn có *nhấn mạnh*, **đậm**, ~~gạch~~, \`mã có * và _\` và \`a & b\`, [liên kết](https://vnpost.vn), https://vnpost.vn,
www.vnpost.vn và thư@vnpost.vn; dấu & và &amp; và &copy; và &#x69;mport; ký tự\u00a0cách; dấu \\* \\_ \\# \\[ \\] \\( \\) \\! \\\\.

- mục một
- mục hai
  tiếp mục hai
  - mục con

1. thứ nhất
2. thứ hai

| Chỉ tiêu | Năm 2024 |
| --- | --- |
| Doanh thu | 101 tỷ |
`;

/** Constructs that Markdown and Astro's MDX write differently: each must send its body to MDX. */
const WRITTEN_DIFFERENTLY = [
  'Xuống dòng cứng  \nvà dòng sau.',
  'Xuống dòng cứng\\\nvà dòng sau.',
  'Trên\n\n***\n\nDưới',
  'Tiêu đề setext\n---',
  '| a | b |\n| :-- | --: |\n| 1 | 2 |',
  '\`\`\`\nkhối mã\n\`\`\`',
  '- [ ] việc cần làm',
  'Phong trào "Lao động giỏi" và \'sáng tạo\'',
];

/** Entries beside the shipped ones, made from a fixture's frontmatter. */
function writeExtraEntries(): void {
  const [first] = mdxFiles(SOURCES.fixtures);
  const text = readFileSync(path.join(SOURCES.fixtures, first!), 'utf8');
  const frontmatter = /^---\n[\s\S]*?\n---\n/u.exec(text)![0].trimEnd();
  const hostile: Block[] = [
    { kind: 'heading', text: 'Tổng kết {năm} <2024>' },
    { kind: 'paragraph', text: 'import x from y — doanh thu {6,5%} tăng, a < 5 > 3, *sao*, _gạch_, [liên kết](u)' },
    { kind: 'caption', text: 'Ảnh: <b>Hội nghị</b> & {chú thích}' },
    { kind: 'paragraph', text: 'export const a = 1; # không phải tiêu đề; 1. không phải danh sách' },
    { kind: 'paragraph', text: '- không phải danh sách; > không phải trích dẫn; <https://vnpost.vn>' },
  ] as Block[];
  mkdirSync(SOURCES.extra, { recursive: true });
  writeFileSync(path.join(SOURCES.extra, 'hostile-plain.mdx'), `${frontmatter}\n\n${blocksToMdx(hostile)}`);
  // What an editor may type that is still plain: every construct here renders alike in both.
  writeFileSync(path.join(SOURCES.extra, 'markdown-constructs.mdx'), `${frontmatter}\n\n${MARKDOWN_CONSTRUCTS}`);
  WRITTEN_DIFFERENTLY.forEach((body, i) =>
    writeFileSync(path.join(SOURCES.extra, `written-differently-${i}.mdx`), `${frontmatter}\n\n${body}\n`),
  );
  writeFileSync(
    path.join(SOURCES.extra, 'with-jsx.mdx'),
    `${frontmatter}\n\n${bodyOf(text)}\n\nMột đoạn có <strong>JSX</strong> và {'biểu thức'}.\n`,
  );
}

function writeProject(): void {
  rmSync(project, { recursive: true, force: true });
  mkdirSync(path.join(project, 'src', 'pages'), { recursive: true });
  writeExtraEntries();
  const lib = (p: string): string => JSON.stringify(path.join(repo, p));
  // The site's own config (its Markdown processor and settings), with MDX as its only integration.
  writeFileSync(
    path.join(project, 'astro.config.mjs'),
    `import mdx from '@astrojs/mdx';
import site from ${lib('astro.config.mjs')};
export default { markdown: site.markdown, vite: site.vite, integrations: [mdx()], devToolbar: { enabled: false } };
`,
  );
  const collections = Object.entries(SOURCES).flatMap(([name, dir]) => [
    `  ${name}_mdx: defineCollection({ loader: files(${JSON.stringify(dir)}), schema: entrySchema }),`,
    `  ${name}_md: defineCollection({ loader: markdownWhenPlain(files(${JSON.stringify(dir)})), schema: entrySchema }),`,
  ]);
  writeFileSync(
    path.join(project, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { markdownWhenPlain } from ${lib('src/integrations/markdown-when-plain.ts')};
import { entrySchema } from ${lib('src/lib/schema/entry.ts')};

const files = (base: string) =>
  glob({ pattern: '**/*.mdx', base, generateId: ({ entry }) => entry.replace(/^.*\\//, '').replace(/\\.mdx$/, '') });

export const collections = {
${collections.join('\n')}
};
`,
  );
  // One file per entry and way: the rendered body, and whether the content layer rendered it.
  mkdirSync(path.join(project, 'src', 'pages', '[collection]'), { recursive: true });
  writeFileSync(
    path.join(project, 'src', 'pages', '[collection]', '[id].astro'),
    `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const names = ${JSON.stringify(Object.keys(SOURCES).flatMap((s) => [`${s}_mdx`, `${s}_md`]))};
  const paths = [];
  for (const collection of names)
    for (const entry of await getCollection(collection))
      paths.push({ params: { collection, id: entry.id }, props: { entry } });
  return paths;
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<body data-rendered-by-content-layer={entry.rendered ? 'yes' : 'no'}><Content /></body>
`,
  );
}

const page = (collection: string, id: string): string =>
  readFileSync(path.join(project, 'dist', collection, id, 'index.html'), 'utf8');
const renderedByContentLayer = (html: string): boolean => html.includes('data-rendered-by-content-layer="yes"');

describe('plain bodies rendered as Markdown', () => {
  beforeAll(async () => {
    writeProject();
    await buildSite({ base: '/', outDir: path.join(project, 'dist') }, project);
  }, 300_000);
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  describe.each(Object.keys(SOURCES) as Source[])('%s', (source) => {
    const files = (): string[] => mdxFiles(SOURCES[source]);

    it('has entries', () => {
      expect(files().length).toBeGreaterThan(source === 'extra' ? 1 : 5);
    });

    it('gives every entry the HTML MDX gives it, byte for byte', () => {
      for (const file of files()) {
        const id = path.basename(file, '.mdx');
        const viaMdx = page(`${source}_mdx`, id);
        const viaLoader = page(`${source}_md`, id);
        expect(renderedByContentLayer(viaMdx), `${file} loaded as before is compiled`).toBe(false);
        expect(viaLoader.replace('="yes"', '="no"'), file).toBe(viaMdx);
      }
    });

    it('renders the plain bodies as Markdown and the others as MDX', () => {
      for (const file of files()) {
        const id = path.basename(file, '.mdx');
        const plain = !bodyNeedsMdx(bodyOf(readFileSync(path.join(SOURCES[source], file), 'utf8')));
        expect(renderedByContentLayer(page(`${source}_md`, id)), file).toBe(plain);
      }
    });
  });

  it('keeps the escaped hostile text and the plain constructs plain', () => {
    expect(renderedByContentLayer(page('extra_md', 'hostile-plain'))).toBe(true);
    expect(renderedByContentLayer(page('extra_md', 'markdown-constructs'))).toBe(true);
  });

  it('sends a body with JSX, or with a construct written differently, to MDX', () => {
    expect(renderedByContentLayer(page('extra_md', 'with-jsx'))).toBe(false);
    expect(page('extra_md', 'with-jsx')).toContain('<strong>JSX</strong> và biểu thức');
    WRITTEN_DIFFERENTLY.forEach((body, i) =>
      expect(renderedByContentLayer(page('extra_md', `written-differently-${i}`)), body).toBe(false),
    );
  });
});

// Keep the shipped corpus's bodies plain: were the ingest to start writing MDX, the build would
// silently lose the Markdown path (and its speed). A straight quote is the exception: it is the
// article's own text, which Markdown would curl and MDX keeps, so such a body goes to MDX by design.
describe('shipped bodies', () => {
  it('are all plain, but for the straight quotes of the articles themselves', () => {
    const needing = ['content', 'fixtures'].flatMap((s) =>
      mdxFiles(SOURCES[s as Source]).filter((f) =>
        bodyNeedsMdx(bodyOf(readFileSync(path.join(SOURCES[s as Source], f), 'utf8')).replace(/["']/g, '’')),
      ),
    );
    expect(needing).toEqual([]);
  });
});
