import * as z from 'zod/mini';

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

const offset = z.number().check(z.int(), z.minimum(0));
const entry = z.string().check(z.maxLength(200));

export const articleReadingSchema = z.object({
  url: z.string().check(z.maxLength(4_000)),
  /** The page's own publication date (ISO), when it gives one: old articles name old shows. */
  published: z.optional(z.string().check(z.maxLength(40))),
  /** The document title or og:title minus the site name. */
  pageTitle: z.string().check(z.maxLength(1_000)),
  headline: z.string().check(z.maxLength(2_000)),
  body: z.string().check(z.maxLength(MAX_READING_TEXT)),
  /** Where each block of `body` starts and what kind of block it is, in order. */
  blocks: z
    .array(
      z.object({
        start: offset,
        kind: z.enum(BLOCK_KINDS),
        /** A heading's level (h1 = 1): the spoiler shield keeps a headline inside the body readable. */
        level: z.optional(z.int().check(z.gte(1), z.lte(6))),
      }),
    )
    .check(z.maxLength(MAX_READING_BLOCKS)),
  /** Italic, bold and linked runs of `body` (house style and links mark titles). */
  spans: z
    .array(
      z.object({
        start: offset,
        end: offset,
        kind: z.enum(SPAN_KINDS),
        href: z.optional(z.string().check(z.maxLength(2_000))),
      }),
    )
    .check(z.maxLength(MAX_READING_SPANS)),
  /** The page's subject tags (keywords, news_keywords, article:tag). */
  tags: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(MAX_READING_TAGS)),
  /** The site's section for the page (article:section, breadcrumb). */
  section: z.optional(z.string().check(z.maxLength(200))),
  /** How the site files the page beyond meta tags (page-filing.ts): JSON-LD, breadcrumbs, tag links. */
  filing: z.optional(
    z.object({
      sections: z.array(entry).check(z.maxLength(20)),
      keywords: z.array(entry).check(z.maxLength(MAX_READING_TAGS)),
      labels: z.array(entry).check(z.maxLength(MAX_READING_TAGS)),
    }),
  ),
});
export type ArticleReading = z.infer<typeof articleReadingSchema>;
export type ReadingSpan = ArticleReading['spans'][number];

export type Region = 'headline' | 'body';
