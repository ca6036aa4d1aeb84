/**
 * Does the extractor's cost grow with the text, not with its square? A paragraph eight times longer
 * should take about eight times as long (a quadratic scan would take sixty-four times as long). A
 * benchmark row of `npm run bench:ingest`, never a test: a test does not assert a duration.
 */
import { extractArticle } from '../extract/article.ts';

const SENTENCE =
  'Tổng doanh thu đạt 150 tỷ đồng, tăng 5% so với năm 2021, Bưu điện tỉnh được Bộ Thông tin và Truyền thông tặng Bằng khen cho 3 tập thể và ông Nguyễn Văn An, Giám đốc Bưu điện tỉnh phát biểu, ';

function article(repeats: number, joiner: string): string {
  const body = Array.from({ length: repeats }, () => SENTENCE).join(joiner);
  return `Bưu điện tỉnh Cà Mau tổng kết năm 2022\n\nNgày 28/12/2022, Bưu điện tỉnh Cà Mau tổ chức hội nghị tổng kết năm 2022. ${body}kết thúc.`;
}

function time(text: string): number {
  const t0 = performance.now();
  extractArticle(text);
  return performance.now() - t0;
}

export interface ScalingResult {
  shape: string;
  /** Time for eight times the text over the time for the text: about 8 when linear, 64 when quadratic. */
  ratio: number;
}

/** The growth of the extraction time on one run-on sentence and on a paragraph of many sentences. */
export function measureScaling(): ScalingResult[] {
  return (
    [
      ['one run-on sentence', ''],
      ['a paragraph of many sentences', '. '],
    ] as const
  ).map(([shape, joiner]) => {
    time(article(100, joiner)); // warm up the regular expressions and the JIT
    const small = Math.min(time(article(400, joiner)), time(article(400, joiner)));
    const large = Math.min(time(article(3200, joiner)), time(article(3200, joiner)));
    return { shape, ratio: Math.round((large / small) * 10) / 10 };
  });
}
