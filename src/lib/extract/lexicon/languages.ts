/**
 * Words that tell a language: the commonest short words of Vietnamese and of the languages an article
 * about a Vietnamese post office is most likely to be written in instead, and each language's name in
 * both languages of the site. Plain lower-case words, compared whole.
 */

export interface LanguageName {
  /** "tiếng Anh" */
  vi: string;
  /** "English" */
  en: string;
}

/** Vietnamese function words, written with their marks. */
export const VIETNAMESE_WORDS = [
  'và',
  'của',
  'các',
  'được',
  'những',
  'trong',
  'với',
  'cho',
  'đã',
  'là',
  'năm',
  'người',
  'đơn',
  'vị',
  'tỉnh',
  'bưu',
  'điện',
  'đạt',
  'tăng',
  'có',
  'này',
  'đến',
  'từ',
  'tại',
];

/** The same words as Vietnamese typed without marks ("cua", "duoc"): still Vietnamese, never refused. */
export const VIETNAMESE_WORDS_UNMARKED = [
  'va',
  'cua',
  'cac',
  'duoc',
  'nhung',
  'trong',
  'voi',
  'cho',
  'da',
  'nam',
  'nguoi',
  'tinh',
  'buu',
  'dien',
  'dat',
  'tang',
  'nay',
  'den',
  'tai',
];

/** Languages written in the Latin alphabet, told apart by their commonest words. */
export const LATIN_LANGUAGES: readonly { name: LanguageName; words: readonly string[] }[] = [
  {
    name: { vi: 'tiếng Anh', en: 'English' },
    words: ['the', 'and', 'of', 'to', 'in', 'is', 'was', 'for', 'on', 'with', 'its', 'at', 'by', 'it', 'from', 'were'],
  },
  {
    name: { vi: 'tiếng Pháp', en: 'French' },
    words: ['le', 'la', 'les', 'des', 'et', 'est', 'du', 'une', 'un', 'dans', 'sur', 'pour', 'par', 'au', 'aux', 'qui'],
  },
  {
    name: { vi: 'tiếng Tây Ban Nha', en: 'Spanish' },
    words: ['el', 'los', 'las', 'del', 'y', 'en', 'es', 'por', 'con', 'una', 'para', 'que', 'se', 'su'],
  },
  {
    name: { vi: 'tiếng Đức', en: 'German' },
    words: ['der', 'die', 'das', 'und', 'ist', 'mit', 'von', 'den', 'dem', 'ein', 'eine', 'nicht', 'auf', 'für'],
  },
];

/** Languages told by their script. */
export const SCRIPT_LANGUAGES = {
  chinese: { vi: 'tiếng Trung', en: 'Chinese' },
  japanese: { vi: 'tiếng Nhật', en: 'Japanese' },
  korean: { vi: 'tiếng Hàn', en: 'Korean' },
  cyrillic: { vi: 'chữ Kirin (tiếng Nga hay một tiếng khác)', en: 'Cyrillic script (Russian or another language)' },
  thai: { vi: 'tiếng Thái', en: 'Thai' },
  lao: { vi: 'tiếng Lào', en: 'Lao' },
  khmer: { vi: 'tiếng Khmer', en: 'Khmer' },
} as const satisfies Record<string, LanguageName>;
