import { BLOCK_TAGS, PlaceCache, type Place } from './text-places';

/**
 * The visible text of a subtree as one string, read in a single TreeWalker pass, with the text
 * nodes and their start offsets so a match in the string maps back to the DOM, and what each
 * node's place is (its block, paragraph, formatting), for the reading's blocks and spans.
 */
export interface PageText {
  text: string;
  nodes: Text[];
  starts: number[];
  places: Place[];
}

export function readPageText(root: Node): PageText {
  const walk = walkPageText(root, Infinity);
  for (;;) {
    const step = walk.next();
    if (step.done) return step.value;
  }
}

/**
 * `readPageText` in slices of about `sliceMs` each, awaiting `pause` between them, so that reading a
 * very long article never holds the page's main thread for long. The page may change between slices:
 * the reading keeps the nodes it walked, and the badges check the text before placing anything.
 */
export async function readPageTextInSlices(root: Node, pause: () => Promise<void>, sliceMs = 8): Promise<PageText> {
  const walk = walkPageText(root, sliceMs);
  for (;;) {
    const step = walk.next();
    if (step.done) return step.value;
    await pause();
  }
}

/** The walk, yielding once a slice has run `sliceMs` (it looks at the clock every 256 text nodes). */
function* walkPageText(root: Node, sliceMs: number): Generator<void, PageText> {
  const doc = root.ownerDocument ?? (root as Document);
  const cache = new PlaceCache(root);
  // SHOW_TEXT without a filter callback keeps the walk native-fast; what each parent means is cached.
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  const places: Place[] = [];
  let length = 0;
  let lastBlock: Node | null = null;
  let lastParent: Node | null = null;
  let place = cache.of(root);
  let deadline = performance.now() + sliceMs;
  let count = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (++count % 256 === 0 && performance.now() >= deadline) {
      yield;
      deadline = performance.now() + sliceMs;
    }
    const parent = node.parentNode;
    if (parent !== lastParent) {
      lastParent = parent;
      place = cache.of(parent);
    }
    if (place.excluded) continue;
    const data = node.data; // one binding call, not two
    if (place.block !== lastBlock) {
      // The markup's line breaks between blocks ("</p>\n<p>"): the newline below already parts the blocks.
      if (!data.trim()) continue;
      if (length > 0) {
        parts.push('\n');
        length += 1;
      }
    }
    lastBlock = place.block;
    nodes.push(node);
    starts.push(length);
    places.push(place);
    parts.push(data);
    length += data.length;
  }
  return { text: parts.join(''), nodes, starts, places };
}

/**
 * The element a text node's block is, as `readPageText` split the text: its nearest block-level
 * ancestor, or the root. What the spoiler shield blurs for a block of the reading.
 */
export function blockElementOf(node: Node, root: Element): Element {
  for (let at = node.parentElement; at && at !== root; at = at.parentElement) {
    if (BLOCK_TAGS.has(at.localName)) return at;
  }
  return root;
}

/** The text node and offset holding character `index` of the joined text. */
export function locate(pageText: PageText, index: number): { node: Text; offset: number } | null {
  const { starts, nodes } = pageText;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= index) lo = mid + 1;
    else hi = mid - 1;
  }
  const node = nodes[hi];
  if (!node) return null;
  const offset = index - starts[hi]!;
  return offset <= node.data.length ? { node, offset } : null;
}
