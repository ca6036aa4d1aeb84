/**
 * The language switch leads to the same page in the other language; the built link has only the path.
 * This keeps what the reader chose on the page: its query (?province=lang-son, ?q=son+la) and its
 * hash, read when the link is shown and again when it is followed, since filters and search rewrite
 * the address as the reader changes them. Without JavaScript the link still leads to the same page.
 */
function carryState(link: HTMLAnchorElement): void {
  const target = new URL(link.href);
  target.search = location.search;
  target.hash = location.hash;
  link.href = target.href;
}

// A switch that jumps within the page (the 404 page's other language) keeps its own anchor.
for (const link of document.querySelectorAll<HTMLAnchorElement>('a.lang-switch:not([href^="#"])')) {
  carryState(link);
  for (const event of ['pointerenter', 'focus', 'click']) link.addEventListener(event, () => carryState(link));
}
