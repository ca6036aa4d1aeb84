/**
 * The saved-page fixtures (tests/fixtures/pages/): pages built to the structure of the outlets the
 * shared articles come from, each with the text of a real article (tests/fixtures/raw/articles/NN.txt),
 * and what the page reader should find in each.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PageMetadata } from '../../src/lib/html/metadata.ts';

export const PAGES = join(import.meta.dirname, '../fixtures/pages');
export const ARTICLES = join(import.meta.dirname, '../fixtures/raw/articles');

export interface PageFixture {
  file: string;
  /** The article whose text the page carries. */
  article: string;
  metadata: PageMetadata;
  /**
   * Lines of the .txt that the page does not show as article text (a line that is this text, or
   * starts with it, loses it; once each): the scraper's crawl date, the site's header, the dated byline
   * (now the `published:` line), a photo's alt text.
   */
  notOnPage: string[];
  /** The .txt had its headline and date already: it gives the same entry untouched. */
  sameAsTxt?: boolean;
}

export const FIXTURES: PageFixture[] = [
  {
    file: 'baogialai-04.html',
    article: '04',
    metadata: {
      title: 'Bưu điện Gia Lai: Doanh thu tăng 32%',
      publishedAt: '2018-01-09T15:42',
      publisher: 'Báo Gia Lai điện tử',
      url: 'http://baogialai.com.vn/channel/1725/201801/buu-dien-gia-lai-doanh-thu-tang-32-5565861/',
      author: null,
    },
    // "." lines of the scrape, and the photo's alt text beside its caption.
    notOnPage: ['.', 'Ảnh: L.L', '.'],
  },
  {
    file: 'baoquangbinh-09.html',
    article: '09',
    metadata: {
      title: 'Năm 2018, Bưu điện tỉnh phấn đấu đạt doanh thu trên 149 tỷ đồng',
      publishedAt: '2018-01-09T16:27',
      publisher: null,
      url: 'http://baoquangbinh.vn/xa-hoi-doi-song/201801/nam-2018-buu-dien-tinh-phan-dau-dat-doanh-thu-tren-149-ty-dong-2152760/',
      author: null,
    },
    notOnPage: [
      'Cập nhật lúc 16:27, Thứ Ba, 09/01/2018 (GMT+7)',
      'Các đơn vị trực thuộc Bưu điện tỉnh Quảng Bình kí cam kết thi đua năm 2018',
    ],
  },
  {
    file: 'baonghean-30.html',
    article: '30',
    metadata: {
      title: 'Bưu điện tỉnh Nghệ An phấn đấu doanh thu năm 2022 đạt hơn 740 tỷ đồng',
      publishedAt: '2022-01-07T16:35',
      publisher: 'Báo Nghệ An',
      url: 'https://baonghean.vn/buu-dien-tinh-nghe-an-phan-dau-doanh-thu-nam-2022-dat-hon-740-ty-300567.html',
      author: 'Thu Huyền',
    },
    notOnPage: [],
  },
  {
    file: 'huengaynay-23.html',
    article: '23',
    metadata: {
      title: 'Bưu điện TP. Huế quyết tâm hoàn thành mục tiêu năm 2026',
      publishedAt: '2026-01-14T15:20',
      publisher: 'Báo Huế',
      url: 'https://huengaynay.vn/chinh-tri-xa-hoi/theo-dong-thoi-su/buu-dien-tp-hue-quyet-tam-hoan-thanh-muc-tieu-nam-2026-161879.html',
      author: null,
    },
    notOnPage: ['date 2026-01-14'],
  },
  {
    file: 'vnpost-22.html',
    article: '22',
    metadata: {
      title:
        'Bưu điện tỉnh Bắc Ninh triển khai kế hoạch năm 2026: Đổi mới tư duy – Quyết liệt hành động – Bứt phá vươn lên dẫn đầu',
      // 10:05 UTC in article:published_time.
      publishedAt: '2026-01-20T17:05',
      publisher: 'VNPost',
      url: 'https://vnpost.vn/vi/hoat-dong-nganh/buu-dien-tinh-bac-ninh-trien-khai-ke-hoach-nam-2026-doi-moi-tu-duy-quyet-liet-hanh-dong-but-pha-vuon-len-dan-dau',
      author: null,
    },
    notOnPage: [],
  },
  {
    file: 'vnpost-17.html',
    article: '17',
    metadata: {
      title:
        'Bưu điện tỉnh Quảng Ngãi: Biểu dương 03 tập thể và 18 cá nhân “Lao động giỏi - Lao động sáng tạo” giai đoạn 2015-2020',
      publishedAt: '2020-01-06T09:12',
      publisher: null,
      // The old site gives no address in the page; saved "HTML only", the page has none.
      url: null,
      author: null,
    },
    notOnPage: ['Đường dây nóng hỗ trợ 1900 54 54 81'],
    sameAsTxt: true,
  },
  {
    file: 'buudientayninh-03.html',
    article: '03',
    metadata: {
      title: 'Bưu điện TP. Hồ Chí Minh triển khai công tác năm 2017',
      publishedAt: '2017-01-04T14:14',
      publisher: null,
      // From the browser's "saved from url" note.
      url: 'http://buudientayninh.vn/buu-dien-tp-ho-chi-minh-trien-khai-cong-tac-nam-2017.html',
      author: null,
    },
    notOnPage: ['14:14:3804/01/2017'],
    sameAsTxt: true,
  },
  {
    file: 'buudientayninh-07.html',
    article: '07',
    metadata: {
      title: 'Bưu điện tỉnh Thanh Hóa triển khai kế hoạch năm 2017',
      publishedAt: '2017-01-04T14:12',
      publisher: null,
      url: 'http://buudientayninh.vn/buu-dien-tinh-thanh-hoa-trien-khai-ke-hoach-nam-2017.html',
      author: null,
    },
    notOnPage: ['14:12:5204/01/2017'],
    sameAsTxt: true,
  },
];

export const pageBytes = (file: string): Buffer => readFileSync(join(PAGES, file));
export const articleText = (nn: string): string => readFileSync(join(ARTICLES, `${nn}.txt`), 'utf8');

const squash = (s: string): string => s.replace(/\s+/gu, ' ').trim();

/** The .txt split into its header lines and its text, the lines the page does not show taken out. */
export function articleAsOnPage(f: PageFixture): { header: string[]; text: string } {
  const raw = articleText(f.article).replace(/\r\n?/gu, '\n');
  const blank = raw.indexOf('\n\n');
  const header = raw.slice(0, blank).split('\n');
  let lines = raw.slice(blank + 2).split('\n');
  for (const gone of f.notOnPage) {
    const i = lines.findIndex((l) => squash(l) === squash(gone) || squash(l).startsWith(`${squash(gone)} `));
    if (i < 0) throw new Error(`${f.article}.txt has no line "${gone}"`);
    const rest = squash(lines[i]!).slice(squash(gone).length).trim();
    lines = rest ? lines.with(i, rest) : lines.toSpliced(i, 1);
  }
  return { header, text: lines.join('\n') };
}

/** Text compared as words: white space of any kind and amount is one space. */
export const words = squash;
