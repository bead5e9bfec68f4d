import * as z from 'zod/mini';
import { SHOW_SOURCES, type ShowRef } from './show-ref';
import { RENEWAL_STATUSES, type BadgeStatus } from './status';

export const showRefSchema: z.ZodMiniType<ShowRef> = z.object({
  source: z.enum(SHOW_SOURCES),
  id: z.int().check(z.positive()),
});

/** What Greenlit keeps of a show: enough for the badge, its card and notifications. */
export const showSummarySchema = z.object({
  id: z.number(),
  name: z.string(),
  url: z.string(),
  network: z.nullable(z.string()),
  premieredYear: z.nullable(z.number()),
  endedYear: z.nullable(z.number()),
  tvmazeStatus: z.nullable(z.string()),
  status: z.enum(RENEWAL_STATUSES),
  /** Next episode when TVmaze knows it (airing shows, or renewed with a date). */
  nextEpisode: z.nullable(
    z.object({ airdate: z.string(), season: z.nullable(z.number()), number: z.nullable(z.number()) }),
  ),
  /** Season number of the announced next season, when renewed. */
  nextSeason: z.nullable(z.number()),
  imdbId: z.nullable(z.string()),
  /** TMDB's own status words when a TMDB key is set ("Canceled", "Returning Series"). */
  tmdbStatus: z.optional(z.nullable(z.string())),
});
export type ShowSummary = z.infer<typeof showSummarySchema>;

/** The answer for one spotted title. `show: null` means "not a show" (no confident match). */
export interface LookupResult {
  title: string;
  status: BadgeStatus;
  show: ShowSummary | null;
  /** When the data was fetched from the API (epoch ms); null when never. */
  checkedAt: number | null;
  /** True when served from an expired cache entry (offline, or while it is being refreshed). */
  stale: boolean;
  /** Why no fresh answer could be had. */
  error?: string;
}
