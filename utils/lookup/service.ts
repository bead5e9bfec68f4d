import { ApiError } from './http';
import type { LookupCache, ShowEntry, TitleEntry } from './cache';
import { contradictsContext, isConfidentMatch, pickShow } from './matching';
import type { LookupResult, ShowSummary } from '../shows/show';
import { summarizeShow } from '../sources/tvmaze/summarize';
import { queryKey, type TitleQuery } from '../shows/title-query';
import type { TvmazeClient } from '../sources/tvmaze/client';
import type { TvmazeShow } from '../sources/tvmaze/schemas';

/** A user's "Wrong show?" choice: a show id, or null for "not a show". */
export type CorrectionLookup = (title: string, site: string | undefined) => Promise<{ tvmazeId: number | null } | null>;

/** Adds another source's view (TMDB's "Canceled") to a fresh summary. */
export type SummaryEnricher = (summary: ShowSummary, show: TvmazeShow) => Promise<ShowSummary>;

export interface LookupServiceDeps {
  client: TvmazeClient;
  cache: LookupCache;
  now?: () => number;
  corrections?: CorrectionLookup;
  enrich?: SummaryEnricher;
}

/**
 * Answers badge requests: cache first, TVmaze second. Identical requests in flight share one fetch;
 * expired answers are served at once (marked stale) and refreshed behind the scenes; failures fall
 * back to whatever the cache still has.
 */
export class LookupService {
  private readonly inflight = new Map<string, Promise<LookupResult>>();
  private readonly showFetches = new Map<number, Promise<ShowSummary | null>>();
  private readonly now: () => number;

  constructor(private readonly deps: LookupServiceDeps) {
    this.now = deps.now ?? Date.now;
  }

  async lookupMany(queries: TitleQuery[], site?: string): Promise<LookupResult[]> {
    const keys = queries.map(queryKey);
    const titles = await this.deps.cache.getTitles([...new Set(keys)]);
    const ids = [...titles.values()].map((t) => t.showId).filter((id): id is number => id !== null);
    const shows = await this.deps.cache.getShows([...new Set(ids)]);
    return Promise.all(
      queries.map((query, i) => {
        const key = keys[i]!;
        let pending = this.inflight.get(key);
        if (!pending) {
          pending = this.resolve(query, key, titles.get(key), shows, site).finally(() => this.inflight.delete(key));
          this.inflight.set(key, pending);
        }
        return pending.then((result) => ({ ...result, title: query.title }));
      }),
    );
  }

  /** Fresh data for one show (notifications, options page); cache first. */
  async showById(id: number, maxAgeMs?: number): Promise<ShowSummary | null> {
    const entry = (await this.deps.cache.getShows([id])).get(id);
    const fresh = entry && (maxAgeMs === undefined ? this.deps.cache.isShowFresh(entry) : this.now() - entry.checkedAt < maxAgeMs);
    return fresh ? entry.show : this.fetchShow(id);
  }

  private async resolve(
    query: TitleQuery,
    key: string,
    titleEntry: TitleEntry | undefined,
    shows: Map<number, ShowEntry>,
    site: string | undefined,
  ): Promise<LookupResult> {
    const correction = await this.deps.corrections?.(query.title, site);
    if (correction) {
      const id = correction.tvmazeId;
      const showEntry = id === null ? undefined : (shows.get(id) ?? (await this.deps.cache.getShows([id])).get(id));
      return this.fromShowId(query, id, showEntry, this.now());
    }

    if (titleEntry && this.deps.cache.isTitleFresh(titleEntry)) {
      const showEntry = titleEntry.showId === null ? undefined : shows.get(titleEntry.showId);
      return this.fromShowId(query, titleEntry.showId, showEntry, titleEntry.checkedAt);
    }
    try {
      return await this.fetchTitle(query, key);
    } catch (error) {
      const message = errorMessage(error);
      const showEntry = titleEntry?.showId != null ? shows.get(titleEntry.showId) : undefined;
      if (showEntry) return { ...found(query, showEntry.show, showEntry.checkedAt), stale: true, error: message };
      if (titleEntry?.showId === null) return { ...notAShow(query, titleEntry.checkedAt), stale: true, error: message };
      return { title: query.title, status: 'unknown', show: null, checkedAt: null, stale: false, error: message };
    }
  }

  private async fromShowId(
    query: TitleQuery,
    showId: number | null,
    showEntry: ShowEntry | undefined,
    checkedAt: number,
  ): Promise<LookupResult> {
    if (showId === null) return notAShow(query, checkedAt);
    if (showEntry && this.deps.cache.isShowFresh(showEntry)) return found(query, showEntry.show, showEntry.checkedAt);
    if (showEntry) {
      // Stale-while-revalidate: answer now, refresh for the next page.
      this.fetchShow(showId).catch(() => undefined);
      return { ...found(query, showEntry.show, showEntry.checkedAt), stale: true };
    }
    try {
      const show = await this.fetchShow(showId);
      return show ? found(query, show, this.now()) : notAShow(query, this.now());
    } catch (error) {
      return { title: query.title, status: 'unknown', show: null, checkedAt: null, stale: false, error: errorMessage(error) };
    }
  }

  private async fetchTitle(query: TitleQuery, key: string): Promise<LookupResult> {
    const show = await this.findShow(query);
    const summary = show && (await this.summarize(show));
    if (summary) await this.deps.cache.putShow(summary);
    await this.deps.cache.putTitle(key, summary?.id ?? null);
    return summary ? found(query, summary, this.now()) : notAShow(query, this.now());
  }

  /** One request in the common case: TVmaze's single search with embeds, accepted only on a confident match. */
  private async findShow({ title, hints }: TitleQuery): Promise<TvmazeShow | null> {
    const { client } = this.deps;
    if (hints?.imdbId) {
      const id = await client.lookupImdb(hints.imdbId);
      return id === null ? null : client.show(id);
    }
    const best = await client.singleSearch(title);
    if (!best || !isConfidentMatch(title, best)) return null;
    if (!contradictsContext(best, hints)) return best;
    // Same-name shows (Girls, The Office): the page's network or year points elsewhere.
    const results = await client.search(title);
    const picked = pickShow(title, [best, ...results.map((r) => r.show)], hints);
    return picked && picked.id !== best.id ? client.show(picked.id) : best;
  }

  private async summarize(show: TvmazeShow): Promise<ShowSummary> {
    const summary = summarizeShow(show, new Date(this.now()));
    return this.deps.enrich ? this.deps.enrich(summary, show).catch(() => summary) : summary;
  }

  private fetchShow(id: number): Promise<ShowSummary | null> {
    let pending = this.showFetches.get(id);
    if (!pending) {
      pending = this.deps.client
        .show(id)
        .then(async (show) => {
          const summary = show && (await this.summarize(show));
          if (summary) await this.deps.cache.putShow(summary);
          return summary;
        })
        .finally(() => this.showFetches.delete(id));
      this.showFetches.set(id, pending);
    }
    return pending;
  }
}

function found(query: TitleQuery, show: ShowSummary, checkedAt: number): LookupResult {
  return { title: query.title, status: show.status, show, checkedAt, stale: false };
}

function notAShow(query: TitleQuery, checkedAt: number): LookupResult {
  return { title: query.title, status: 'unknown', show: null, checkedAt, stale: false };
}

function errorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    return error.kind === 'offline' ? 'Offline: showing the last known status' : error.message;
  }
  return error instanceof Error ? error.message : String(error);
}
