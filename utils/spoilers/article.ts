/**
 * Which blocks of an article body to blur: everything after a spoiler warning up to the end of
 * the body or an end marker. Pure: reads the DOM, never changes it.
 *
 * Headings after the warning are blurred too: section titles in a spoiler section often state
 * the twist ("It's Unclear if Alex Lawther (James) Will Return"). The headline (h1), captions and
 * the warning block itself stay readable.
 */
import { detectSpoilerWarning, isSpoilerEndMarker } from './detect';

export interface SpoilerSection {
  /** The first warning block found. */
  warning: Element;
  /** Blocks to blur, in document order (the warning itself when it is inline). */
  blocks: Element[];
}

const BLOCK_TAGS = new Set([
  'P', 'LI', 'BLOCKQUOTE', 'PRE', 'TABLE', 'DT', 'DD', 'FIGURE',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'IMG', 'PICTURE', 'VIDEO', 'IFRAME',
]);
const BLOCK_SELECTOR = [...BLOCK_TAGS].map((tag) => tag.toLowerCase()).join(',');
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'FIGCAPTION', 'BUTTON', 'FORM']);
const TEXT_CONTAINERS = new Set(['DIV', 'SECTION', 'ASIDE', 'SPAN']);
const HEADING = /^H[1-6]$/;
const MEDIA_SELECTOR = 'picture, img, video, iframe';

function hasOwnText(el: Element): boolean {
  return [...el.childNodes].some((n) => n.nodeType === 3 && /\S/.test(n.textContent ?? ''));
}

/** A text-bearing div with no block inside counts as a block (sites that skip <p>). */
function isBlock(el: Element): boolean {
  if (BLOCK_TAGS.has(el.tagName)) return true;
  return TEXT_CONTAINERS.has(el.tagName) && hasOwnText(el) && !el.querySelector(BLOCK_SELECTOR);
}

/** Outermost blocks in document order. */
export function articleBlocks(root: Element): Element[] {
  const blocks: Element[] = [];
  const visit = (parent: Element) => {
    for (const child of parent.children) {
      if (SKIPPED_TAGS.has(child.tagName.toUpperCase())) continue;
      if (isBlock(child)) blocks.push(child);
      else visit(child);
    }
  };
  visit(root);
  return blocks;
}

function blockText(el: Element): string {
  return (el.textContent ?? '').trim();
}

/** Media of a figure, taking a <picture> as one piece rather than its inner <img>. */
function figureMedia(figure: Element): Element[] {
  return [...figure.querySelectorAll(MEDIA_SELECTOR)].filter((el) => el.parentElement?.tagName !== 'PICTURE');
}

/** Blurrable parts of one block: a figure's media (never its caption), otherwise the block. */
function blurTargets(block: Element): Element[] {
  if (block.tagName === 'H1') return [];
  if (block.tagName === 'FIGURE') return figureMedia(block);
  if (!blockText(block) && !block.querySelector(MEDIA_SELECTOR) && !block.matches(MEDIA_SELECTOR)) return [];
  return [block];
}

export function findSpoilerBlocks(articleRoot: Element): SpoilerSection | null {
  let warning: Element | null = null;
  const blocks: Element[] = [];
  let inSection = false;
  for (const block of articleBlocks(articleRoot)) {
    const text = blockText(block);
    if (inSection) {
      if (isSpoilerEndMarker(text)) inSection = false;
      else blocks.push(...blurTargets(block));
      continue;
    }
    if (block.tagName === 'FIGURE' || !text) continue;
    const found = detectSpoilerWarning(text, { heading: HEADING.test(block.tagName) });
    if (!found) continue;
    warning ??= block;
    inSection = true;
    if (found.kind === 'inline') blocks.push(block);
  }
  return warning ? { warning, blocks } : null;
}
