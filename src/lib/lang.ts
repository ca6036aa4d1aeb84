/** The site's languages: Vietnamese at the root, English under /en/. */
export const LANGS = ['vi', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** BCP 47 tags for Intl, <html lang> and hreflang. */
export const LOCALE_TAG: Record<Lang, string> = { vi: 'vi-VN', en: 'en-US' };
/** Open Graph locale names. */
export const OG_LOCALE: Record<Lang, string> = { vi: 'vi_VN', en: 'en_US' };
