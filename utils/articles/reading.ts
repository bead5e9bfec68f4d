/**
 * What the article content script reads off a page, once, and sends to the worker: plain text and
 * offsets, never DOM. The worker finds the shows in it; offsets come back to place the badges.
 */

/** Caps keep a hostile page from sending unbounded work: a real article is far below them. */
export const MAX_READING_TEXT = 2_000_000;
export const MAX_READING_BLOCKS = 20_000;
export const MAX_READING_SPANS = 2_000;
export const MAX_READING_TAGS = 100;

export const BLOCK_KINDS = ['text', 'heading', 'item', 'quote', 'caption'] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];
export const SPAN_KINDS = ['italic', 'bold', 'link'] as const;


/** One block of the body: where it starts in `body` and what kind of block it is. */
export interface ReadingBlock {
  start: number;
  kind: BlockKind;
  /** A heading's level (h1 = 1): the spoiler shield keeps a headline inside the body readable. */
  level?: number;
}

/** How the site files the page beyond meta tags (page-filing.ts): JSON-LD, breadcrumbs, tag links. */
export interface ReadingFiling {
  sections: string[];
  keywords: string[];
  labels: string[];
}

export interface ReadingSpan {
  start: number;
  end: number;
  kind: (typeof SPAN_KINDS)[number];
  href?: string;
}

/** Plain data, validated by the worker on arrival (spot/reading-schema.ts); zod stays out of the page. */
export interface ArticleReading {
  url: string;
  /** The page's own publication date (ISO), when it gives one: old articles name old shows. */
  published?: string;
  /** The document title or og:title minus the site name. */
  pageTitle: string;
  headline: string;
  body: string;
  /** Where each block of `body` starts and what kind of block it is, in order. */
  blocks: ReadingBlock[];
  /** Italic, bold and linked runs of `body` (house style and links mark titles). */
  spans: ReadingSpan[];
  /** The page's subject tags (keywords, news_keywords, article:tag). */
  tags: string[];
  /** The site's section for the page (article:section). */
  section?: string;
  filing?: ReadingFiling;
}

/**
 * The blocks as a reading travels to the worker: one start and one letter a block ('t' text, 'i' item,
 * 'q' quote, 'c' caption, '1'–'6' a heading of that level). Runtime messaging serialises a message as
 * JSON; two flat lists cost a fraction of one object a block (8,000 on a 1 MB page).
 */
export interface WireBlocks {
  starts: number[];
  kinds: string;
}
export type WireReading = Omit<ArticleReading, 'blocks'> & { blocks: WireBlocks };

const LETTER: Record<Exclude<BlockKind, 'heading'>, string> = { text: 't', item: 'i', quote: 'q', caption: 'c' };
const KIND_OF_LETTER: Record<string, BlockKind> = { t: 'text', i: 'item', q: 'quote', c: 'caption' };

export function toWireReading(reading: ArticleReading): WireReading {
  const starts = reading.blocks.map((block) => block.start);
  const kinds = reading.blocks.map((block) => (block.kind === 'heading' ? String(block.level ?? 1) : LETTER[block.kind])).join('');
  return { ...reading, blocks: { starts, kinds } };
}

/** The blocks again; the schema has checked that both lists agree and every letter is known. */
export function blocksFromWire({ starts, kinds }: WireBlocks): ReadingBlock[] {
  return starts.map((start, i) => {
    const letter = kinds[i]!;
    const kind = KIND_OF_LETTER[letter];
    return kind ? { start, kind } : { start, kind: 'heading', level: Number(letter) };
  });
}

export type Region = 'headline' | 'body';
