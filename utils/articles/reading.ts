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

export type Region = 'headline' | 'body';
