import * as z from 'zod/mini';

// TVmaze answers from 2015 to today: older ones lack `ended`, `officialSite`, `averageRuntime`,
// `dvdCountry`; many fields are null. Only what Greenlit reads is declared; unknown keys pass through.

const nullish = <T extends z.ZodMiniType>(schema: T) => z.optional(z.nullable(schema));

export const channelSchema = z.object({
  id: z.number(),
  name: z.string(),
  country: nullish(z.object({ name: z.string(), code: z.string(), timezone: nullish(z.string()) })),
});

export const seasonSchema = z.object({
  id: z.number(),
  number: z.number(),
  episodeOrder: nullish(z.number()),
  premiereDate: nullish(z.string()),
  endDate: nullish(z.string()),
});

export const episodeSchema = z.object({
  id: z.number(),
  name: nullish(z.string()),
  season: nullish(z.number()),
  number: nullish(z.number()),
  airdate: nullish(z.string()),
  /** HH:MM on the network's clock; "" when TVmaze has no time (streaming drops). */
  airtime: nullish(z.string()),
  airstamp: nullish(z.string()),
  runtime: nullish(z.number()),
});

export const showSchema = z.object({
  id: z.number(),
  url: z.string(),
  name: z.string(),
  type: nullish(z.string()),
  language: nullish(z.string()),
  status: nullish(z.string()),
  premiered: nullish(z.string()),
  ended: nullish(z.string()),
  weight: nullish(z.number()),
  updated: nullish(z.number()),
  network: nullish(channelSchema),
  webChannel: nullish(channelSchema),
  externals: nullish(
    z.object({
      tvrage: nullish(z.number()),
      thetvdb: nullish(z.number()),
      imdb: nullish(z.string()),
    }),
  ),
  _links: nullish(
    z.object({
      nextepisode: nullish(z.object({ href: z.string() })),
    }),
  ),
  _embedded: nullish(
    z.object({
      seasons: nullish(z.array(seasonSchema)),
      nextepisode: nullish(episodeSchema),
    }),
  ),
});

/** `/shows/:id/akas`: other names, each with the country that uses it (null: the show's own); only the name is read. */
export const akasSchema = z.array(z.object({ name: z.string() }));

export const searchResultsSchema = z.array(z.object({ score: z.number(), show: showSchema }));
export const seasonsSchema = z.array(seasonSchema);
/** `/updates/shows`: show id → last update (unix seconds). */
export const updatesSchema = z.record(z.string(), z.number());

export type TvmazeShow = z.infer<typeof showSchema>;
export type TvmazeSeason = z.infer<typeof seasonSchema>;
export type TvmazeEpisode = z.infer<typeof episodeSchema>;
export type TvmazeAka = z.infer<typeof akasSchema>[number];
export type TvmazeSearchResult = z.infer<typeof searchResultsSchema>[number];
