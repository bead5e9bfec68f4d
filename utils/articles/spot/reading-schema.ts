import * as z from 'zod/mini';
import {
  blocksFromWire,
  MAX_READING_BLOCKS,
  MAX_READING_SPANS,
  MAX_READING_TAGS,
  MAX_READING_TEXT,
  SPAN_KINDS,
  type ArticleReading,
  type WireReading,
} from '../reading';

/**
 * What the worker accepts as an article's reading, as it travels (reading.ts, WireReading), and the
 * reading it stands for: a hostile page's message is refused, with the field named.
 */
const offset = z.number().check(z.int(), z.minimum(0));
const entry = z.string().check(z.maxLength(200));

const wireReadingSchema = z.object({
  url: z.string().check(z.maxLength(4_000)),
  published: z.optional(z.string().check(z.maxLength(40))),
  pageTitle: z.string().check(z.maxLength(1_000)),
  headline: z.string().check(z.maxLength(2_000)),
  body: z.string().check(z.maxLength(MAX_READING_TEXT)),
  blocks: z
    .object({
      starts: z.array(offset).check(z.maxLength(MAX_READING_BLOCKS)),
      kinds: z.string().check(z.maxLength(MAX_READING_BLOCKS), z.regex(/^[tiqc1-6]*$/)),
    })
    .check(z.refine(({ starts, kinds }) => starts.length === kinds.length, 'one kind for every block start')),
  spans: z
    .array(z.object({ start: offset, end: offset, kind: z.enum(SPAN_KINDS), href: z.optional(z.string().check(z.maxLength(2_000))) }))
    .check(z.maxLength(MAX_READING_SPANS)),
  tags: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(MAX_READING_TAGS)),
  section: z.optional(z.string().check(z.maxLength(200))),
  filing: z.optional(
    z.object({
      sections: z.array(entry).check(z.maxLength(20)),
      keywords: z.array(entry).check(z.maxLength(MAX_READING_TAGS)),
      labels: z.array(entry).check(z.maxLength(MAX_READING_TAGS)),
    }),
  ),
});

export const articleReadingSchema: z.ZodMiniType<ArticleReading, WireReading> = z.pipe(
  wireReadingSchema,
  z.transform((wire): ArticleReading => ({ ...wire, blocks: blocksFromWire(wire.blocks) })),
);
