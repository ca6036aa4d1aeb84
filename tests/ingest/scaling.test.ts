/**
 * The ingest's cost grows with the text, not with its square: a paragraph eight times longer takes about
 * eight times as long (a quadratic scan would take sixty-four times as long).
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/lib/extract/article.ts';

const sentence =
  'Tổng doanh thu đạt 150 tỷ đồng, tăng 5% so với năm 2021, Bưu điện tỉnh được Bộ Thông tin và Truyền thông tặng Bằng khen cho 3 tập thể và ông Nguyễn Văn An, Giám đốc Bưu điện tỉnh phát biểu, ';
const article = (repeats: number, joiner: string) =>
  `Bưu điện tỉnh Cà Mau tổng kết năm 2022\n\nNgày 28/12/2022, Bưu điện tỉnh Cà Mau tổ chức hội nghị tổng kết năm 2022. ${Array.from({ length: repeats }, () => sentence).join(joiner)}kết thúc.`;

function time(text: string): number {
  const t0 = performance.now();
  extractArticle(text);
  return performance.now() - t0;
}

describe('scaling', () => {
  for (const [name, joiner] of [
    ['one run-on sentence', ''],
    ['a paragraph of many sentences', '. '],
  ] as const) {
    it(`grows linearly on ${name}`, () => {
      time(article(100, joiner)); // warm up the regular expressions and the JIT
      // Both sizes long enough that a busy machine's noise averages out; the best of two runs each.
      const small = Math.min(time(article(400, joiner)), time(article(400, joiner)));
      const large = Math.min(time(article(3200, joiner)), time(article(3200, joiner)));
      // Eight times the text: about eight times the time when linear, sixty-four when quadratic.
      expect(large / small).toBeLessThan(24);
    });
  }
});
