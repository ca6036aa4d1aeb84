import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { mdxBodyToMarkdown, mdxFileToMarkdown } from '../../src/lib/bench/markdown-variant.ts';
import { blocksToMdx } from '../../src/lib/mdx/body.ts';

describe('the Markdown variant of an entry', () => {
  it('keeps the text of an MDX body, without the escapes only MDX needs', () => {
    const mdx = blocksToMdx([
      { kind: 'paragraph', text: 'Tăng trưởng {6,5%} so với <cùng kỳ>, xem <https://gso.gov.vn>' },
      { kind: 'caption', text: 'Toàn cảnh hội nghị' },
      { kind: 'paragraph', text: 'import và export tăng' },
    ] as Parameters<typeof blocksToMdx>[0]);
    const md = mdxBodyToMarkdown(mdx);
    expect(md).toContain('Tăng trưởng {6,5%}');
    expect(md).toContain('*Toàn cảnh hội nghị*');
    const { html } = markdownToHtml(md);
    expect(html).toContain('{6,5%}');
    expect(html).toContain('so với &lt;cùng kỳ&gt;');
    expect(html).toContain('import và export tăng');
    // The MDX is still what MDX needs.
    expect(() => mdxToJs(mdx)).not.toThrow();
  });

  it('keeps the frontmatter as it is', () => {
    const file = '---\ntitle: "A"\nprovince: son-la\n---\n\nMột đoạn \\{x\\}.\n';
    expect(mdxFileToMarkdown(file)).toBe('---\ntitle: "A"\nprovince: son-la\n---\n\nMột đoạn {x}.\n');
  });
});
