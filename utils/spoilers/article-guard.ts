/**
 * No flash in articles: from document_start, a MutationObserver reads each block as the parser
 * delivers it, and once a spoiler warning (or a spoiler headline, or a page filed as spoilers by its
 * URL or meta tags) has been seen, hides every later block of that article until the article script
 * has classified the page and lets go (`releaseArticleGuard`). Pages without a warning are never
 * touched. Kept small: it runs before the page paints, on every article of the listed sites.
 */
import { ARTICLE_BODY_SELECTORS } from '../articles/article-root';
import { EXCLUDED_SELECTOR, isExcludedElement } from '../articles/excluded';
import { DEFAULT_BLUR_PX, GUARD_ATTR, GUARDED_ATTR, SPOILER_ATTR } from '../page/contract';
import { detectHeadlineWarning, detectSpoilerWarning } from './detect';
import { findSpoilerFiling } from './filed-as-spoilers';
import { ARTICLE_GUARD_NAME as GUARD_NAME, releaseArticleGuard } from './article-guard-release';

export { releaseArticleGuard };

const TEXT_BLOCK_TAGS = ['p', 'li', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dd', 'dt', 'pre'];
const BLOCK_TAGS = [...TEXT_BLOCK_TAGS, 'table', 'img', 'picture', 'video', 'iframe'];
const BLOCKS = BLOCK_TAGS.join(', ');
/** A tag lookup instead of `matches()`: the parser delivers every node of the page through the observer. */
const TEXT_BLOCK_SET = new Set(TEXT_BLOCK_TAGS);
const BLOCK_SET = new Set(BLOCK_TAGS);
const ARTICLE_SCOPE = ARTICLE_BODY_SELECTORS.join(', ');
/** Warnings open an article, not its 500th paragraph: past this many blocks the article script alone decides. */
const MAX_CHECKED = 500;
const FILING_META = 'meta[property="article:section"], meta[property="article:tag"], meta[name="news_keywords"], meta[name="keywords"]';

export const ARTICLE_GUARD_CSS = `[${GUARDED_ATTR}]:not([${SPOILER_ATTR}]) { filter: blur(${DEFAULT_BLUR_PX}px) !important; }`;

/** Starts guarding; returns the function that lets go of everything (the safety net's). */
export function guardArticle(doc: Document, url: string): () => void {
  const style = doc.createElement('style');
  style.setAttribute(GUARD_ATTR, GUARD_NAME);
  style.textContent = ARTICLE_GUARD_CSS;
  doc.documentElement.append(style);

  /** Where spoilers are: every article on the page, or the warning's article. */
  let section: 'page' | Element | null = findSpoilerFiling({ url }) ? 'page' : null;
  const hasExcludedAncestor = (element: Element) => element.parentElement?.closest(EXCLUDED_SELECTOR) != null;
  /** The last text block seen: its text may still be arriving. */
  let pending: Element | null = null;
  /** A callback may report a node and, separately, its ancestor: each block counts once, in document order. */
  const seen = new WeakSet<Element>();
  let checked = 0;

  /**
   * Per container, once: is it inside the spoiler section, with no excluded subtree or caption around it?
   * Blocks mostly share a few parents, so this replaces a `closest()` of a 30-part selector per block.
   */
  const guardedWithin = new WeakMap<Element, boolean>(); // filled only once `section` is set, which it is once
  const isGuardedWithin = (container: Element | null): boolean => {
    if (!container || !section) return false;
    const known = guardedWithin.get(container);
    if (known !== undefined) return known;
    let guarded: boolean;
    if (isExcludedElement(container) || container.localName === 'figcaption') guarded = false;
    else if (section === 'page' ? container.matches(ARTICLE_SCOPE) : container === section) guarded = !hasExcludedAncestor(container);
    else guarded = isGuardedWithin(container.parentElement);
    guardedWithin.set(container, guarded);
    return guarded;
  };

  const mark = (block: Element) => {
    if (block.localName === 'h1') return;
    // An embed's frame is judged by its wrapper (which `isGuardedWithin` checks): 'iframe' is an excluded tag.
    const ownMarkupFits = block.localName === 'iframe' || !isExcludedElement(block);
    if (ownMarkupFits && isGuardedWithin(block.parentElement)) block.setAttribute(GUARDED_ATTR, '');
  };

  const check = (block: Element) => {
    if (section || checked > MAX_CHECKED) return;
    const text = block.textContent ?? '';
    if (block.tagName === 'H1') {
      if (detectHeadlineWarning(text) && !block.closest(EXCLUDED_SELECTOR)) section = 'page';
      return;
    }
    const warning = detectSpoilerWarning(text, { heading: /^H[2-6]$/.test(block.tagName) });
    if (!warning || block.closest(EXCLUDED_SELECTOR)) return;
    section = block.closest(ARTICLE_SCOPE) ?? block.parentElement;
    if (warning.kind === 'inline') mark(block);
  };

  const readMeta = (meta: Element) => {
    const content = meta.getAttribute('content') ?? '';
    if (!section && findSpoilerFiling({ sections: [content], keywords: content.split(/[,;]/).map((k) => k.trim()) })) section = 'page';
  };

  const visit = (block: Element) => {
    if (seen.has(block)) return;
    seen.add(block);
    if (pending && pending !== block && !pending.contains(block)) check(pending);
    if (section) mark(block);
    if (TEXT_BLOCK_SET.has(block.localName)) {
      pending = block;
      checked++;
    }
  };

  const observer = new MutationObserver((records) => {
    if (!style.isConnected) return observer.disconnect(); // the article script has taken over
    // Indexed loops: the parser reports every node of the page here, and iterators cost per record.
    for (let r = 0; r < records.length; r++) {
      const added = records[r]!.addedNodes;
      for (let n = 0; n < added.length; n++) {
        const node = added[n]!;
        if (node.nodeType !== Node.ELEMENT_NODE) continue;
        const element = node as Element;
        if (element.localName === 'meta') readMeta(element);
        if (BLOCK_SET.has(element.localName)) visit(element);
        if (element.firstElementChild) for (const inner of element.querySelectorAll(BLOCKS)) visit(inner);
      }
    }
    if (pending) check(pending);
    // No warning in the opening blocks: nothing more to guard, so stop reading the parser's every node.
    if (!section && checked > MAX_CHECKED) observer.disconnect();
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  for (const meta of doc.querySelectorAll(FILING_META)) readMeta(meta);

  return () => {
    observer.disconnect();
    releaseArticleGuard(doc);
  };
}

