import { EXCLUDED_SELECTOR } from './article-root';

/** Block-level tags: a new line in the joined text, so patterns never run across paragraphs. */
const BLOCK_TAGS = new Set([
  'P', 'DIV', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BR', 'TD', 'TH', 'TR', 'BLOCKQUOTE',
  'FIGCAPTION', 'SECTION', 'ARTICLE', 'DT', 'DD', 'UL', 'OL', 'TABLE', 'FIGURE', 'HEADER', 'PRE',
]);

/**
 * The visible text of a subtree as one string, read in a single TreeWalker pass, with the text
 * nodes and their start offsets so a match in the string maps back to the DOM.
 */
export interface PageText {
  text: string;
  nodes: Text[];
  starts: number[];
}

export function readPageText(root: Node, excluded = excludedElements(root)): PageText {
  const doc = root.ownerDocument ?? (root as Document);
  const places = new PlaceCache(root, excluded);
  // SHOW_TEXT without a filter callback keeps the walk native-fast; what each parent means is cached.
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  let length = 0;
  let lastBlock: Node | null = null;
  let lastParent: Node | null = null;
  let place: Place = { excluded: false, block: root };
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (node.parentNode !== lastParent) {
      lastParent = node.parentNode;
      place = places.of(lastParent);
    }
    if (place.excluded) continue;
    if (place.block !== lastBlock && length > 0) {
      parts.push('\n');
      length += 1;
    }
    lastBlock = place.block;
    nodes.push(node);
    starts.push(length);
    parts.push(node.data);
    length += node.data.length;
  }
  return { text: parts.join(''), nodes, starts };
}

/**
 * The element a text node's block is, as `readPageText` split the text: its nearest block-level
 * ancestor, or the root. What the spoiler shield blurs for a block of the reading.
 */
export function blockElementOf(node: Node, root: Element): Element {
  for (let at = node.parentElement; at && at !== root; at = at.parentElement) {
    if (BLOCK_TAGS.has(at.tagName)) return at;
  }
  return root;
}

/** Roots of the subtrees that are not article text; one native query beats a selector match per element. */
export function excludedElements(root: Node): Set<Element> {
  return new Set((root as ParentNode).querySelectorAll?.(EXCLUDED_SELECTOR) ?? []);
}

interface Place {
  /** Inside a menu, rail, form, script…: not the article's own text. */
  excluded: boolean;
  /** Nearest block-level ancestor (or the root): text in different blocks never runs together. */
  block: Node | null;
}

/** What a parent element means for its text, computed once per element by walking up to the root. */
class PlaceCache {
  private readonly places = new Map<Node | null, Place>();

  constructor(
    private readonly root: Node,
    private readonly excluded: ReadonlySet<Element>,
  ) {
    this.places.set(root, { excluded: false, block: root });
  }

  of(node: Node | null): Place {
    const known = this.places.get(node);
    if (known) return known;
    // Iterative, so a hostile page nested 100,000 deep cannot overflow the stack.
    const chain: Node[] = [];
    let at = node;
    let place: Place | undefined;
    while (at && !(place = this.places.get(at))) {
      chain.push(at);
      at = at.parentNode;
    }
    place ??= { excluded: false, block: this.root };
    for (let i = chain.length - 1; i >= 0; i--) {
      const element = chain[i] as Element;
      place = {
        excluded: place.excluded || this.excluded.has(element),
        block: BLOCK_TAGS.has(element.tagName) ? element : place.block,
      };
      this.places.set(element, place);
    }
    return place;
  }
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
