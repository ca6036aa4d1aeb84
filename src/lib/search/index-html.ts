/**
 * What the search indexer reads of a built page. Pagefind joins the text of adjacent elements as they
 * are written, and the built HTML has no white space between tags (`<th>Năm</th><th>Thực hiện</th>`,
 * `<span>Bằng khen</span><span>Bưu điện tỉnh</span>`), so its excerpts ran blocks together ("Cần kiểm
 * tra lạiBưu", "NămThực hiện2015") and the joined words could not be found. The indexer is given a copy
 * of each page with a space wherever one tag ends and another begins; the shipped page is unchanged.
 * A word split across two elements with nothing between them would be indexed as two words: the site
 * writes none.
 */
export function spacedForIndex(html: string): string {
  return html.replace(/>(?=<)/g, '> ');
}
