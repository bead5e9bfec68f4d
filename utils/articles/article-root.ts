/**
 * Where an article's own text lives. Selectors go from the most specific markup (schema.org,
 * CMS body classes) to the generic; each is dated with where it was seen.
 */
import { EXCLUDED_SELECTOR } from './excluded';
export const ARTICLE_BODY_SELECTORS = [
  '[itemprop="articleBody"]', // seen 2024-04 dailystar.co.uk; schema.org, many CMSs
  '#article-body', // seen 2025-07 techradar.com (Future plc)
  '.article-body', // seen 2025 deadline.com, tvline.com
  '.article-content', // seen 2025 collider.com, screenrant.com (Valnet)
  '.RichTextArticleBody', // seen 2019-11 latimes.com
  '.c-entry-content', // seen 2024 vulture.com, avclub.com (Vox/GO Media)
  '.entry-content', // seen 2025 WordPress sites: indiewire.com, decider.com
  '.article__body', // seen 2025 theguardian.com variants
  '[data-component="article-body"]', // seen 2025 variety.com, hollywoodreporter.com (PMC)
  '.blog-post__body', // seen 2017-09 HubSpot blogs
  'article', // generic fallback
  'main', // last resort
] as const;


const MIN_BODY_TEXT = 200;

/**
 * The article body: the first selector that holds a reasonable amount of paragraph text, else the
 * element whose own paragraphs hold the most text (old or unusual markup without article tags).
 */
export function findArticleBody(doc: Document): Element | null {
  for (const selector of ARTICLE_BODY_SELECTORS) {
    for (const element of doc.querySelectorAll(selector)) {
      if (element.closest(EXCLUDED_SELECTOR)) continue; // a teaser card in a rail, nav or footer
      if (paragraphTextLength(element) >= MIN_BODY_TEXT) return element;
    }
  }
  return densestParagraphParent(doc);
}

function densestParagraphParent(doc: Document): Element | null {
  const textByParent = new Map<Element, number>();
  for (const p of doc.querySelectorAll('p')) {
    const parent = p.parentElement;
    if (!parent || parent.closest(EXCLUDED_SELECTOR)) continue;
    textByParent.set(parent, (textByParent.get(parent) ?? 0) + (p.textContent?.length ?? 0));
  }
  let best: Element | null = null;
  let bestLength = MIN_BODY_TEXT - 1;
  for (const [parent, length] of textByParent) {
    if (length > bestLength) [best, bestLength] = [parent, length];
  }
  return best;
}

/** A list item this long is running text (a casting roundup's entries), not a menu link. */
const MIN_ITEM_TEXT = 40;

function paragraphTextLength(element: Element): number {
  let length = 0;
  // Paragraphs, and list items of a sentence or more: roundups and blogs write their text in lists.
  // Live collections are read lazily, so a long body stops after its first paragraphs (a static
  // `querySelectorAll` would list all of them first); only the total matters, not the order.
  for (const tag of ['p', 'li']) {
    const blocks = element.getElementsByTagName(tag);
    for (let i = 0, block = blocks[0]; block; block = blocks[++i]) {
      const text = block.textContent?.length ?? 0;
      if (tag === 'li' && (text < MIN_ITEM_TEXT || block.getElementsByTagName('p')[0])) continue;
      length += text;
      if (length >= MIN_BODY_TEXT) return length; // enough to tell; a huge body need not be read twice
    }
  }
  return length;
}

/** The headline: the page's `h1` when it is outside the body (inside, the body scan covers it). */
export function findHeadline(doc: Document, body: Element | null): Element | null {
  const h1 = doc.querySelector('h1');
  if (!h1 || (body && body.contains(h1)) || h1.closest(EXCLUDED_SELECTOR)) return null;
  return h1;
}
