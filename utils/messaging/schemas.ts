// Worker side of the protocol: every request from a page is validated here before the worker acts on it.
import * as z from 'zod/mini';
import { articleReadingSchema } from '../articles/spot/reading-schema';
import { showRefSchema } from '../shows/show';
import { MAX_TITLES_PER_BATCH, MAX_TITLE_LENGTH } from './protocol';

export const lookupRequestSchema = z.object({
  titles: z
    .array(
      z.object({
        title: z.string().check(z.minLength(1), z.maxLength(MAX_TITLE_LENGTH)),
        hints: z.optional(
          z.object({
            network: z.optional(z.string().check(z.maxLength(100))),
            year: z.optional(z.number()),
            imdbId: z.optional(z.string().check(z.regex(/^tt\d{5,10}$/))),
          }),
        ),
      }),
    )
    .check(z.maxLength(MAX_TITLES_PER_BATCH)),
  /** Hostname of the page, for per-site corrections. */
  site: z.optional(z.string().check(z.maxLength(255))),
});
export type LookupRequest = z.infer<typeof lookupRequestSchema>;

/** An article's reading, for the worker to spot shows in; `scanId` tags the pushes that follow. */
export const spotArticleRequestSchema = z.object({
  reading: articleReadingSchema,
  site: z.optional(z.string().check(z.maxLength(255))),
  scanId: z.string().check(z.minLength(1), z.maxLength(64)),
  /** False when the page shows no badges: spot for the spoiler shield, without lookups unless a show is protected. */
  lookups: z.optional(z.boolean()),
});
export type SpotArticleRequest = z.infer<typeof spotArticleRequestSchema>;
/** The request as a page sends it: the reading in its wire form. */
export type SpotArticleMessage = z.input<typeof spotArticleRequestSchema>;

export const searchRequestSchema = z.object({ query: z.string().check(z.minLength(1), z.maxLength(MAX_TITLE_LENGTH)) });

/** "Wrong show?" answered on a badge card (CorrectTitleRequest). */
export const correctTitleSchema = z.object({
  title: z.string().check(z.minLength(1), z.maxLength(MAX_TITLE_LENGTH)),
  ref: z.nullable(showRefSchema),
  name: z.optional(z.string().check(z.maxLength(MAX_TITLE_LENGTH))),
  site: z.string().check(z.minLength(1), z.maxLength(255)),
  onlyThisSite: z.boolean(),
});

/** A badge card's "Add to watched" and whether its show already is. */
export const watchStateSchema = z.object({ ref: showRefSchema });
export const watchShowSchema = z.object({ ref: showRefSchema, name: z.string().check(z.minLength(1), z.maxLength(MAX_TITLE_LENGTH)) });

/** An article's episode subject, as the worker's verdict gave it, to word notices for the watched list now. */
export const subjectNoticesSchema = z.object({
  subject: z.nullable(
    z.object({
      season: z.optional(z.number().check(z.int(), z.gte(0), z.lte(1_000))),
      episode: z.optional(z.number().check(z.int(), z.gte(0), z.lte(10_000))),
      kind: z.enum(['premiere', 'finale', 'recap', 'review', 'explainer', 'episode', 'season']),
      noun: z.enum(['recap', 'review', 'article']),
      evidence: z.string().check(z.maxLength(2_000)),
    }),
  ),
});
