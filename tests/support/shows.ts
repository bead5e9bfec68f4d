// One maker for the neutral Show in tests: a TVmaze show with plain defaults, changed where a test needs.
import type { LookupResult, Show } from '../../utils/shows/show';
import { tvmazeRef } from '../../utils/shows/show-ref';

export function aShow(id: number, name: string, overrides: Partial<Show> = {}): Show {
  return {
    ref: tvmazeRef(id),
    name,
    url: `https://www.tvmaze.com/shows/${id}`,
    network: null,
    premieredYear: null,
    endedYear: null,
    sourceStatus: null,
    status: 'airing',
    nextEpisode: null,
    nextSeason: null,
    imdbId: null,
    ...overrides,
  };
}

/** A lookup's answer: the show found, or "not a show" when `show` is null. */
export function found(title: string, show: Show | null, checkedAt = 1): LookupResult {
  return { title, status: show?.status ?? 'unknown', show, checkedAt, stale: false };
}
