/**
 * Which yearbooks `npm run digest:pdf` prints: the years asked for, or every year the built site has a
 * print page for; in the languages asked for, or both. Pure: the CLI lists the built pages.
 */
import { LANGS, type Lang } from '../lang.ts';
import { pdfName } from './files.ts';

export interface PlannedPdf {
  year: number;
  lang: Lang;
  /** The print page, relative to the site's base: `years/2023/print/`, `en/years/2023/print/`. */
  page: string;
  file: string;
}

export type Plan = { ok: true; jobs: PlannedPdf[] } | { ok: false; message: string };

export function planPdfs(
  builtYears: readonly number[],
  years: readonly number[],
  langs: readonly Lang[] = LANGS,
): Plan {
  const missing = years.filter((y) => !builtYears.includes(y));
  if (missing.length > 0) {
    const have = builtYears.length ? [...builtYears].sort().join(', ') : 'không năm nào / none';
    return {
      ok: false,
      message: `Bản dựng không có trang in của năm ${missing.join(', ')} (có: ${have}); chạy npm run build trước. / The built site has no print page for ${missing.join(', ')} (it has: ${have}); run npm run build first.`,
    };
  }
  const chosen = (years.length ? [...years] : [...builtYears]).sort((a, b) => a - b);
  if (chosen.length === 0)
    return {
      ok: false,
      message:
        'Bản dựng không có năm nào; chạy npm run build trước. / The built site has no year; run npm run build first.',
    };
  return {
    ok: true,
    jobs: chosen.flatMap((year) =>
      langs.map((lang) => ({
        year,
        lang,
        page: `${lang === 'en' ? 'en/' : ''}years/${year}/print/`,
        file: pdfName(year, lang),
      })),
    ),
  };
}
