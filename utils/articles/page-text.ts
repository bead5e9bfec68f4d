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

export function readPageText(root: Node): PageText {
  const doc = root.ownerDocument ?? (root as Document);
  // One native query for the excluded subtrees beats matching the selector on every element.
  const excluded = new Set((root as ParentNode).querySelectorAll?.(EXCLUDED_SELECTOR) ?? []);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (excluded.has(node as Element) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  let length = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      const data = (node as Text).data;
      nodes.push(node as Text);
      starts.push(length);
      parts.push(data);
      length += data.length;
    } else if (BLOCK_TAGS.has((node as Element).tagName) && length > 0) {
      parts.push('\n');
      length += 1;
    }
  }
  return { text: parts.join(''), nodes, starts };
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
