import * as z from 'zod/mini';
import { SHOW_SOURCES, type ShowRef } from './show-ref';
import { RENEWAL_STATUSES, isoDay, renewalStatus, type BadgeStatus } from './status';
import type { TvmazeShow } from '../sources/tvmaze/schemas';

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

const year = (date: string | null | undefined) => (date ? Number(date.slice(0, 4)) || null : null);

export function summarizeShow(show: TvmazeShow, now: Date): ShowSummary {
  const today = isoDay(now);
  const status = renewalStatus(show, today);
  const seasons = show._embedded?.seasons ?? [];
  const next = show._embedded?.nextepisode;
  const upcoming = seasons.filter((s) => !s.premiereDate || s.premiereDate > today).map((s) => s.number);
  return {
    id: show.id,
    name: show.name,
    url: show.url.replace(/^http:/, 'https:'),
    network: show.network?.name ?? show.webChannel?.name ?? null,
    premieredYear: year(show.premiered),
    endedYear: show.status === 'Ended' ? year(show.ended ?? lastEndDate(show)) : null,
    tvmazeStatus: show.status ?? null,
    status,
    nextEpisode: next?.airdate
      ? { airdate: next.airstamp ?? next.airdate, season: next.season ?? null, number: next.number ?? null }
      : null,
    nextSeason: status === 'renewed' && upcoming.length ? Math.min(...upcoming) : null,
    imdbId: show.externals?.imdb ?? null,
  };
}

function lastEndDate(show: TvmazeShow): string | null {
  const ends = (show._embedded?.seasons ?? []).map((s) => s.endDate).filter((d): d is string => !!d);
  return ends.sort().at(-1) ?? null;
}
