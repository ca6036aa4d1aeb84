import { describe, expect, it } from 'vitest';
import { componentUses, literalOf } from '../../src/lib/mdx/component-uses.ts';

const file = (body: string) => `---\nyear: 2023\n---\n\n${body}\n`;

describe('componentUses', () => {
  it('reads each project component with its line, literal props and whether it stands in a sentence', () => {
    const uses = componentUses(
      file(
        'Doanh thu đạt <Figure province="son-la" metric="total_revenue" year={2023} />.\n\n<Ranking metric="total_revenue" year={2023} top={10} />',
      ),
    );
    expect(uses).toEqual([
      {
        name: 'Figure',
        line: 5,
        inline: true,
        props: { province: 'son-la', metric: 'total_revenue', year: 2023 },
        notLiteral: [],
      },
      {
        name: 'Ranking',
        line: 7,
        inline: false,
        props: { metric: 'total_revenue', year: 2023, top: 10 },
        notLiteral: [],
      },
    ]);
  });

  it('keeps code in a prop as code, never running it', () => {
    const [use] = componentUses(file('<Targets year={2023 + 1} />'));
    expect(use!.props).toEqual({});
    expect(use!.notLiteral).toEqual([{ prop: 'year', code: '2023 + 1' }]);
  });

  it('leaves HTML and other capitalised tags to the safe-subset rules', () => {
    expect(componentUses(file('<abbr title="x">BĐ</abbr> and <Kpi a="b" />'))).toEqual([]);
  });
});

describe('literalOf', () => {
  it.each([
    ['2023', 2023],
    ['-1.5', -1.5],
    ['true', true],
    ['false', false],
    ['"son-la"', 'son-la'],
    ["'a\\'b'", "a'b"],
  ])('reads %s as a literal', (code, value) => {
    expect(literalOf(code)).toBe(value);
  });

  it.each(['a+b', 'x', '`t`', '[1]', '{}'])('reads %s as code', (code) => {
    expect(literalOf(code)).toBeUndefined();
  });
});
