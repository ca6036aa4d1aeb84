/**
 * The <title>: "page · site" when it fits in 70 characters (what search results show), the page title
 * alone when the site name would not fit, and a long headline cut at a word with an ellipsis. The page's
 * <h1> always carries the whole headline.
 */
export const MAX_TITLE = 70;

export function documentTitle(page: string, site: string, max = MAX_TITLE): string {
  // The home page's title already is the site's name ("Bưu điện các tỉnh: kết quả từng năm").
  if (page === site || page.startsWith(site)) return page;
  const full = `${page} · ${site}`;
  if (full.length <= max) return full;
  if (page.length <= max) return page;
  const cut = page.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/, '')}…`;
}
