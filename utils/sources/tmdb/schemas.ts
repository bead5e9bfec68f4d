import * as z from 'zod/mini';

// Only what Greenlit reads is declared; TMDB adds fields often and unknown keys pass through.

const nullish = <T extends z.ZodMiniType>(schema: T) => z.optional(z.nullable(schema));

/** `/tv/{id}`: "Returning Series", "Ended", "Canceled", "In Production", "Planned", "Pilot". */
export const tmdbTvSchema = z.object({
  id: z.number(),
  name: z.string(),
  status: nullish(z.string()),
  in_production: nullish(z.boolean()),
  first_air_date: nullish(z.string()),
  external_ids: nullish(
    z.object({
      imdb_id: nullish(z.string()),
      tvdb_id: nullish(z.number()),
    }),
  ),
});

const tvResultSchema = z.object({
  id: z.number(),
  name: z.string(),
  first_air_date: nullish(z.string()),
});

/** `/find/{external_id}?external_source=…`: one list per media type. */
export const tmdbFindSchema = z.object({
  tv_results: z.array(tvResultSchema),
});

/** `/search/tv`: search results carry no status. */
export const tmdbSearchSchema = z.object({
  page: z.number(),
  results: z.array(tvResultSchema),
  total_results: z.number(),
});

/** Error body: `{"success":false,"status_code":34,"status_message":"…"}` (34 = not found, 7 = invalid key). */
export const tmdbErrorSchema = z.object({
  success: z.literal(false),
  status_code: z.number(),
  status_message: z.string(),
});

/** `/configuration`: used only to check a key; any object will do. */
export const tmdbConfigurationSchema = z.record(z.string(), z.unknown());

export type TmdbTv = z.infer<typeof tmdbTvSchema>;
export type TmdbFind = z.infer<typeof tmdbFindSchema>;
export type TmdbSearch = z.infer<typeof tmdbSearchSchema>;
