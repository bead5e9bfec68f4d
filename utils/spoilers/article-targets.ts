/**
 * From the detector's block indices back to the page: the element of each block of the article's one
 * reading, and the media between blurred blocks (the reading holds text only). Each target carries a
 * key stable across visits (a hash of its text or source), for remembered reveals. Reads the DOM only.
 */
import { EXCLUDED_SELECTOR } from '../articles/excluded';
import { blockElementOf } from '../articles/page-text';
import type { ReadArticle } from '../articles/read-article';
import { blockKey, hash } from './reveal-keys';

export { blockKey };

export interface BlurTarget {
  element: Element;
  /** "b…" for a block (hash of its text), "m…" for a picture or video (hash of its source). */
  key: string;
}

const MEDIA_SELECTOR = 'img, picture, video, iframe';

function mediaKey(media: Element): string {
  const inner = media.querySelector('[src], [srcset]');
  const source = media.getAttribute('src') || media.getAttribute('poster') || inner?.getAttribute('src') || inner?.getAttribute('srcset') || media.tagName;
  return `m${hash(source.slice(0, 1_000))}`;
}

/** Index of the text node where each block starts, found by binary search on the starts. */
function firstNodeIndex(starts: readonly number[], start: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The element of each block of the reading (null when its text has left the page). */
export function blockElements(read: ReadArticle): Array<Element | null> {
  const { reading, body } = read;
  return reading.blocks.map((block) => {
    const node = body.text.nodes[firstNodeIndex(body.text.starts, block.start)];
    return node?.isConnected ? blockElementOf(node, body.root) : null;
  });
}

function isMediaOfArticle(media: Element): boolean {
  if (media.tagName === 'IMG' && media.parentElement?.tagName === 'PICTURE') return false;
  // An embed is not article text, but in a spoiler section it is a spoiler all the same.
  const from = media.tagName === 'IFRAME' ? media.parentElement : media;
  return !from?.closest(EXCLUDED_SELECTOR);
}

const follows = (a: Node, b: Node) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;

function insideBlock(node: Element, blocks: ReadonlySet<Element>, root: Element): boolean {
  for (let at = node.parentElement; at && at !== root; at = at.parentElement) if (blocks.has(at)) return true;
  return false;
}

/** Index of the first block after `node` in document order (blocks are in order: binary search). */
function firstFollowing(ordered: ReadonlyArray<{ el: Element }>, node: Node): number {
  let lo = 0;
  let hi = ordered.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (follows(node, ordered[mid]!.el)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** A page with more media than this is not an article; the rest stay as they are. */
const MAX_MEDIA = 200;

/**
 * Elements to blur for the blurred blocks, in document order: each block's element (never the body
 * itself, nor one that holds a block staying readable), then each picture, video or embed whose next
 * text block (captions aside) is blurred, or that follows the last blurred block.
 */
export function spoilerTargets(read: ReadArticle, blurred: readonly number[], keys?: readonly string[]): BlurTarget[] {
  /** The worker's key for each blurred block, when it sent them. */
  const keyOf = new Map(keys ? blurred.map((block, j) => [block, keys[j]!]) : []);
  const { blocks, body } = read.reading;
  const blockText = (i: number) => body.slice(blocks[i]!.start, blocks[i + 1]?.start ?? body.length);
  // Whitespace between blocks reads as a block of the body itself: it is neither a target nor a neighbour.
  const elements = blockElements(read).map((el, i) => (el && el !== read.body.root && blockText(i).trim() ? el : null));
  const hidden = new Set(blurred);
  const readable = new Set(elements.filter((el, i): el is Element => !!el && !hidden.has(i)));
  /** Elements holding a block that stays readable: blurring one would hide that block too. */
  const holdsReadable = new Set<Element>();
  for (const el of readable) {
    for (let at = el.parentElement; at && at !== read.body.root && !holdsReadable.has(at); at = at.parentElement) holdsReadable.add(at);
  }
  /** Each target with where it stands in the reading (a picture just before its next block), to keep document order. */
  const targets: Array<BlurTarget & { at: number }> = [];
  const taken = new Set<Element>();
  for (const i of [...hidden].sort((a, b) => a - b)) {
    const el = elements[i];
    if (!el || taken.has(el) || readable.has(el) || holdsReadable.has(el)) continue;
    taken.add(el);
    targets.push({ element: el, key: keyOf.get(i) ?? blockKey(blockText(i)), at: i });
  }
  if (!targets.length) return [];
  // Text blocks in order, captions aside (a figure's caption follows its picture).
  const ordered = elements.flatMap((el, i) => (el && blocks[i]!.kind !== 'caption' ? [{ el, i, hidden: hidden.has(i) }] : []));
  const blockSet = new Set(ordered.map(({ el }) => el));
  const media = [...read.body.root.querySelectorAll(MEDIA_SELECTOR)].filter(isMediaOfArticle).slice(0, MAX_MEDIA);
  for (const item of media) {
    if (insideBlock(item, blockSet, read.body.root)) continue; // blurred with its block or not at all
    const next = ordered[firstFollowing(ordered, item)];
    if (next ? next.hidden : ordered.at(-1)?.hidden) targets.push({ element: item, key: mediaKey(item), at: next ? next.i - 0.5 : Infinity });
  }
  return targets.sort((a, b) => a.at - b.at).map(({ element, key }) => ({ element, key }));
}
