// The neutral show every source maps into: what a badge, its card, the options page and notifications need.
import * as z from 'zod/mini';
import { SHOW_SOURCES, type ShowRef } from './show-ref';
import { RENEWAL_STATUSES, type BadgeStatus } from './status';

export const showRefSchema: z.ZodMiniType<ShowRef> = z.object({
  source: z.enum(SHOW_SOURCES),
  id: z.int().check(z.positive()),
});

export const showSchema = z.object({
  ref: showRefSchema,
  name: z.string(),
  /** The show's page at its source, credited on every card. */
  url: z.string(),
  network: z.nullable(z.string()),
  premieredYear: z.nullable(z.number()),
  endedYear: z.nullable(z.number()),
  /** The source's own status word ("Running", "Ended"). */
  sourceStatus: z.nullable(z.string()),
  status: z.enum(RENEWAL_STATUSES),
  /** Next episode when the source knows it (airing shows, or renewed with a date). */
  nextEpisode: z.nullable(
    z.object({
      /** The moment it airs (ISO with offset) when the source has one, else its day. */
      airdate: z.string(),
      season: z.nullable(z.number()),
      number: z.nullable(z.number()),
      /** For calendars; absent from shows cached before they were kept. */
      name: z.optional(z.nullable(z.string())),
      /** The source's episode id, for a calendar event that keeps its identity. */
      id: z.optional(z.nullable(z.number())),
      runtime: z.optional(z.nullable(z.number())),
      /** The network's wall clock: its day, its time (null when none is announced) and its IANA zone. */
      local: z.optional(z.object({ date: z.string(), time: z.nullable(z.string()), timeZone: z.nullable(z.string()) })),
    }),
  ),
  /** Season number of the announced next season, when renewed. */
  nextSeason: z.nullable(z.number()),
  imdbId: z.nullable(z.string()),
  /** An enriching source's own status word ({ source: 'TMDB', status: 'Canceled' }), when one was asked. */
  secondOpinion: z.optional(z.object({ source: z.string(), status: z.string() })),
});
export type Show = z.infer<typeof showSchema>;

/** The answer for one spotted title. `show: null` means "not a show" (no confident match). */
export interface LookupResult {
  title: string;
  status: BadgeStatus;
  show: Show | null;
  /** When the data was fetched from the source (epoch ms); null when never. */
  checkedAt: number | null;
  /** True when served from an expired cache entry (offline, or while it is being refreshed). */
  stale: boolean;
  /** Why no fresh answer could be had. */
  error?: string;
  /** The status comes from the shipped title index as of this day; the fresh one is on its way. */
  asOf?: string;
}
