/**
 * What an element means for the text inside it, worked out once per element as the text walk meets
 * it (page-text.ts): excluded or not, which block joins its text, which paragraph it reads as and
 * whether that is a caption, and the formatting runs around it. One walk then gives the text, its
 * blocks and its spans, with no selector query per node.
 */
import { isExcludedElement } from './excluded';

/** Block-level tags: a new line in the joined text, so patterns never run across paragraphs. */
export const BLOCK_TAGS = new Set([
  'p', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'br', 'td', 'th', 'tr', 'blockquote',
  'figcaption', 'section', 'article', 'dt', 'dd', 'ul', 'ol', 'table', 'figure', 'header', 'pre',
]);
/** What a block of the reading is: its paragraph, the nearest of these (headings, items, quotes…). */
const PARAGRAPH_TAGS = new Set([
  'p', 'li', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'figcaption', 'td', 'th', 'div', 'section', 'article',
]);
const PARAGRAPH_SELECTOR = [...PARAGRAPH_TAGS].join(', ');
/** Italic, bold and linked runs: house style and links mark titles. */
const SPAN_TAGS = new Set(['i', 'em', 'cite', 'b', 'strong']);
/** Formatting nested deeper than this is a hostile page, not a title: the rest are not spans. */
const MAX_NESTED_SPANS = 8;

/** Captions, credits and bylines: text about the page, never where a writer names a show. */
const CAPTION = /(?:^|[\s_-])(?:caption|credit|byline|author|photo|image|getty|copyright|dateline|timestamp)/i;
/** Around a paragraph, only unmistakable caption containers count (a wrapper may well say "photo"). */
const CAPTION_AROUND = /caption|credit|byline/i;

export interface Place {
  /** Inside a menu, rail, form, script…: not the article's own text. */
  excluded: boolean;
  /** Nearest block-level ancestor (or the root): text in different blocks never runs together. */
  block: Node;
  /** The paragraph-like element the text reads as (may lie above the root), or null. */
  paragraph: Element | null;
  /** That paragraph is a caption, credit or byline, or sits in one. */
  paragraphIsCaption: boolean;
  /** Inside a figure, figcaption or caption/credit/byline container. */
  inCaption: boolean;
  /** Italic, bold and link elements between the root and the text, outermost first. */
  spans: readonly Element[];
}

/** The class and id an element's caption words are read from ('' for a bare element). */
const markerOf = (element: Element, attributed = element.hasAttributes()) =>
  attributed ? `${element.getAttribute('class') ?? ''} ${element.id}` : '';

const isCaptionContainer = (name: string, marker: string) => name === 'figcaption' || name === 'figure' || CAPTION_AROUND.test(marker);

function isInCaption(element: Element): boolean {
  for (let at: Element | null = element; at; at = at.parentElement) if (isCaptionContainer(at.localName, markerOf(at))) return true;
  return false;
}

/** The place of each element under `root`, computed once by walking up to the nearest known one. */
export class PlaceCache {
  private readonly places = new Map<Node | null, Place>();

  constructor(private readonly root: Node) {
    const element = root.nodeType === Node.ELEMENT_NODE ? (root as Element) : null;
    const paragraph = element?.closest(PARAGRAPH_SELECTOR) ?? null;
    this.places.set(root, {
      excluded: false,
      block: root,
      paragraph,
      paragraphIsCaption: paragraph ? isInCaption(paragraph) || CAPTION.test(markerOf(paragraph)) : false,
      inCaption: element ? isInCaption(element) : false,
      spans: [],
    });
  }

  of(node: Node | null): Place {
    const known = this.places.get(node);
    if (known) return known;
    // Iterative, so a hostile page nested 100,000 deep cannot overflow the stack.
    const chain: Element[] = [];
    let at = node;
    let place: Place | undefined;
    while (at && !(place = this.places.get(at))) {
      chain.push(at as Element);
      at = at.parentNode;
    }
    // Outside the root (a detached node): the root's place.
    place ??= this.places.get(this.root)!;
    for (let i = chain.length - 1; i >= 0; i--) {
      place = this.child(place, chain[i]!);
      this.places.set(chain[i]!, place);
    }
    return place;
  }

  private child(parent: Place, element: Element): Place {
    // Each DOM read once: this runs for every element that holds text.
    const name = element.localName;
    const attributed = element.hasAttributes();
    const marker = markerOf(element, attributed);
    const inCaption = parent.inCaption || isCaptionContainer(name, marker);
    const isParagraph = PARAGRAPH_TAGS.has(name);
    const isSpan = SPAN_TAGS.has(name) || (name === 'a' && attributed && element.hasAttribute('href'));
    return {
      excluded: parent.excluded || isExcludedElement(element, name, attributed),
      block: BLOCK_TAGS.has(name) ? element : parent.block,
      paragraph: isParagraph ? element : parent.paragraph,
      paragraphIsCaption: isParagraph ? inCaption || CAPTION.test(marker) : parent.paragraphIsCaption,
      inCaption,
      spans: isSpan && parent.spans.length < MAX_NESTED_SPANS ? [...parent.spans, element] : parent.spans,
    };
  }
}
