/**
 * Across entries: figures far from the year before, two files with one page address.
 */
import { describe, expect, it } from 'vitest';
import { checkCorpus, type CorpusInput } from '../../../src/lib/check/check-corpus.ts';
import { changed, corpus, entry, VALID } from '../support/entries.ts';

/** The valid entry moved to another year (every year in it shifted alike), with another revenue. */
const year = (y: number, revenue: number): string =>
  changed(
    '    value: 101000000000\n',
    `    value: ${revenue}\n`,
    VALID.replace(/\b20(?:1\d|2\d)\b/g, (m) => String(Number(m) - 2023 + y)).replace(
      /trên 101 tỷ/g,
      `trên ${revenue / 1e9} tỷ`,
    ),
  );

const fileOf = (y: number): string => `son-la/${y}-12-27-buu-dien-tinh-son-la-trien-khai-ke-hoach-nam-${y + 1}.mdx`;

const outliersIn = (input: CorpusInput): string[] =>
  checkCorpus(input)
    .problems.filter((p) => p.rule === 'outlier')
    .map((p) => `${p.file} ${p.en.what}`);

describe('outliers across years', () => {
  it('lands on the year out of line with both neighbours, once', () => {
    const three = corpus({
      [fileOf(2021)]: year(2021, 10e9),
      [fileOf(2022)]: year(2022, 100e9),
      [fileOf(2023)]: year(2023, 11e9),
    });
    expect(outliersIn(three)).toEqual([
      `c/${fileOf(2022)} total_revenue for 2022 (100,000,000,000) is 10 times 2021's (10,000,000,000, c/${fileOf(2021)})`,
    ]);
  });

  it('with two years, lands on the newer; checking only the older file reports it there, naming the newer', () => {
    const two = { [fileOf(2022)]: year(2022, 10e9), [fileOf(2023)]: year(2023, 100e9) };
    expect(outliersIn(corpus(two))).toEqual([
      `c/${fileOf(2023)} total_revenue for 2023 (100,000,000,000) is 10 times 2022's (10,000,000,000, c/${fileOf(2022)})`,
    ]);
    expect(outliersIn(corpus(two, [fileOf(2022)]))).toEqual([
      `c/${fileOf(2022)} total_revenue for 2022 (10,000,000,000) is only 10% of 2023's (100,000,000,000, c/${fileOf(2023)})`,
    ]);
    expect(outliersIn(corpus(two, [fileOf(2023)]))).toEqual([
      `c/${fileOf(2023)} total_revenue for 2023 (100,000,000,000) is 10 times 2022's (10,000,000,000, c/${fileOf(2022)})`,
    ]);
  });

  it('compares a province with itself across the 2025 merger only when the merger left it as it was', () => {
    const moved = (y: number, revenue: number, province: string): string =>
      year(y, revenue)
        .replace('province: son-la', `province: ${province}`)
        .replace(/Sơn La/g, province);
    const unchanged = corpus({ [fileOf(2024)]: year(2024, 10e9), [fileOf(2025)]: year(2025, 100e9) });
    expect(outliersIn(unchanged)).toEqual([
      `c/${fileOf(2025)} total_revenue for 2025 (100,000,000,000) is 10 times 2024's (10,000,000,000, c/${fileOf(2024)})`,
    ]);
    // Cần Thơ took in Hậu Giang and Sóc Trăng on 2025-07-01: its 2025 figures are another province's.
    const merged = corpus({
      [`can-tho/2024-12-27-a.mdx`]: moved(2024, 10e9, 'can-tho'),
      [`can-tho/2025-12-27-b.mdx`]: moved(2025, 100e9, 'can-tho'),
    });
    expect(checkCorpus(merged).problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(outliersIn(merged)).toEqual([]);
  });
});

describe('across files', () => {
  it('two files with one name in different folders would share a page address', () => {
    const text = entry('');
    const report = checkCorpus({
      entries: [
        { file: 'c/son-la/2023-12-27-tieu-de.mdx', relative: 'son-la/2023-12-27-tieu-de.mdx', text },
        {
          file: 'c/unassigned/2023-12-27-tieu-de.mdx',
          relative: 'unassigned/2023-12-27-tieu-de.mdx',
          text: text.replace('eventDate: 2023-12-27', 'eventDate: 2023-12-28'),
        },
      ],
    });
    expect(
      report.problems.filter((p) => p.severity === 'error').map((p) => `${p.file} ${p.rule} ${p.en.what}`),
    ).toEqual([
      'c/unassigned/2023-12-27-tieu-de.mdx duplicate-id the file name is the same as c/son-la/2023-12-27-tieu-de.mdx; both would have the address /articles/2023-12-27-tieu-de/',
    ]);
  });
});
