// Worker only: answers lookups from the cache and the show source, merging requests and serving stale offline.
import { i18n } from '../i18n/messages';
import { ApiError } from './http';
import type { LookupCache, ShowEntry, TitleEntry } from './cache';
import { contradictsContext, isConfidentMatch, judgeBestMatch, pickShow } from './matching';
import type { LookupResult, Show } from '../shows/show';
import { showKey, type ShowRef } from '../shows/show-ref';
import type { ExternalIdKind, ShowEnricher, ShowSource, SourceCandidate, SourceShow } from '../sources/show-source';
import { normalizeTitle } from '../shows/names';
import { queryKey, type TitleQuery } from '../shows/title-query';

/** A user's "Wrong show?" choice: the right show, or null for "not a show". */
export type CorrectionLookup = (title: string, site: string | undefined) => Promise<{ ref: ShowRef | null } | null>;

export interface LookupServiceDeps {
  /** Where shows come from; its refs are what the cache, badges and watched list store. */
  source: ShowSource;
  cache: LookupCache;
  now?: () => number;
  corrections?: CorrectionLookup;
  /** Other sources' view (TMDB's "Canceled") added to each fresh show. */
  enrich?: ShowEnricher;
}

/**
 * Answers badge requests: cache first, the source second. Identical requests in flight share one fetch;
 * expired answers are served at once (marked stale) and refreshed behind the scenes; failures fall
 * back to whatever the cache still has.
 */
export class LookupService {
  private readonly inflight = new Map<string, Promise<LookupResult>>();
  private readonly showFetches = new Map<string, Promise<Show | null>>();
  private readonly candidateFetches = new Map<string, Promise<SourceCandidate[]>>();
  private readonly now: () => number;

  constructor(private readonly deps: LookupServiceDeps) {
    this.now = deps.now ?? Date.now;
  }

  async lookupMany(queries: TitleQuery[], site?: string): Promise<LookupResult[]> {
    return Promise.all(this.lookupEach(queries, site));
  }

  /**
   * One answer per query, each settling on its own (a cache hit at once, a fetch when it lands), from
   * one cache read for the whole batch.
   */
  lookupEach(queries: TitleQuery[], site?: string): Array<Promise<LookupResult>> {
    const keys = queries.map(queryKey);
    const cached = (async () => {
      const titles = await this.deps.cache.getTitles([...new Set(keys)]);
      const refs = new Map([...titles.values()].flatMap((t) => (t.show ? [[showKey(t.show), t.show] as const] : [])));
      return { titles, shows: await this.deps.cache.getShows([...refs.values()]) };
    })();
    return queries.map(async (query, i) => {
      const { titles, shows } = await cached;
      const key = keys[i]!;
      let pending = this.inflight.get(key);
      if (!pending) {
        pending = this.resolve(query, key, titles.get(key), shows, site).finally(() => this.inflight.delete(key));
        this.inflight.set(key, pending);
      }
      return pending.then((result) => ({ ...result, title: query.title }));
    });
  }


  /** What the cache holds for a show, fresh or not, without a request: a badge can show it at once. */
  async cachedShow(ref: ShowRef): Promise<LookupResult | null> {
    const entry = (await this.deps.cache.getShows([ref])).get(showKey(ref));
    if (!entry) return null;
    const result = found({ title: entry.show.name }, entry.show, entry.checkedAt);
    return this.deps.cache.isShowFresh(entry) ? result : { ...result, stale: true };
  }

  /** Fresh data for one show (notifications, options page); cache first. */
  async showByRef(ref: ShowRef, maxAgeMs?: number): Promise<Show | null> {
    const entry = (await this.deps.cache.getShows([ref])).get(showKey(ref));
    const fresh = entry && (maxAgeMs === undefined ? this.deps.cache.isShowFresh(entry) : this.now() - entry.checkedAt < maxAgeMs);
    return fresh ? entry.show : this.fetchShow(ref);
  }

  /**
   * The source's candidates for a title, best first (one search), cached for a week: history
   * imports ask for hundreds of titles, and a resumed or repeated import should ask nothing again.
   */
  candidates(title: string): Promise<SourceCandidate[]> {
    return this.cachedCandidates(`search:${normalizeTitle(title)}`, () => this.deps.source.search(title));
  }

  /** The source's show for an IMDb or TheTVDB id, as a candidate, or null; cached like `candidates`. */
  async byExternalId(kind: ExternalIdKind, id: string): Promise<SourceCandidate | null> {
    const found = await this.cachedCandidates(`${kind}:${id}`, async () => {
      const candidate = await this.deps.source.byExternalId(kind, id);
      return candidate ? [candidate] : [];
    });
    return found[0] ?? null;
  }

  private cachedCandidates(key: string, fetch: () => Promise<SourceCandidate[]>): Promise<SourceCandidate[]> {
    let pending = this.candidateFetches.get(key);
    if (!pending) {
      pending = (async () => {
        const entry = await this.deps.cache.getCandidates(key);
        if (entry && this.deps.cache.isCandidatesFresh(entry)) return entry.candidates;
        let candidates: SourceCandidate[];
        try {
          candidates = await fetch();
        } catch (error) {
          // Offline or refused: an old answer beats none.
          if (entry) return entry.candidates;
          throw error;
        }
        await this.deps.cache.putCandidates(key, candidates);
        return candidates;
      })().finally(() => this.candidateFetches.delete(key));
      this.candidateFetches.set(key, pending);
    }
    return pending;
  }

  private async resolve(
    query: TitleQuery,
    key: string,
    titleEntry: TitleEntry | undefined,
    shows: Map<string, ShowEntry>,
    site: string | undefined,
  ): Promise<LookupResult> {
    const correction = await this.deps.corrections?.(query.title, site);
    if (correction) {
      const { ref } = correction;
      const showEntry = ref && (shows.get(showKey(ref)) ?? (await this.deps.cache.getShows([ref])).get(showKey(ref)));
      return this.fromShowRef(query, ref, showEntry ?? undefined, this.now());
    }

    if (titleEntry && this.deps.cache.isTitleFresh(titleEntry)) {
      const showEntry = titleEntry.show ? shows.get(showKey(titleEntry.show)) : undefined;
      return this.fromShowRef(query, titleEntry.show, showEntry, titleEntry.checkedAt);
    }
    try {
      return await this.fetchTitle(query, key);
    } catch (error) {
      const message = errorMessage(error);
      const showEntry = titleEntry?.show ? shows.get(showKey(titleEntry.show)) : undefined;
      if (showEntry) return { ...found(query, showEntry.show, showEntry.checkedAt), stale: true, error: message };
      if (titleEntry?.show === null) return { ...notAShow(query, titleEntry.checkedAt), stale: true, error: message };
      return { title: query.title, status: 'unknown', show: null, checkedAt: null, stale: false, error: message };
    }
  }

  private async fromShowRef(
    query: TitleQuery,
    ref: ShowRef | null,
    showEntry: ShowEntry | undefined,
    checkedAt: number,
  ): Promise<LookupResult> {
    if (ref === null) return notAShow(query, checkedAt);
    if (showEntry && this.deps.cache.isShowFresh(showEntry)) return found(query, showEntry.show, showEntry.checkedAt);
    if (showEntry) {
      // Stale-while-revalidate: answer now, refresh for the next page.
      this.fetchShow(ref).catch(() => undefined);
      return { ...found(query, showEntry.show, showEntry.checkedAt), stale: true };
    }
    try {
      const show = await this.fetchShow(ref);
      return show ? found(query, show, this.now()) : notAShow(query, this.now());
    } catch (error) {
      return { title: query.title, status: 'unknown', show: null, checkedAt: null, stale: false, error: errorMessage(error) };
    }
  }

  private async fetchTitle(query: TitleQuery, key: string): Promise<LookupResult> {
    const show = await this.findShow(query);
    const summary = show && (await this.summarize(show));
    if (summary) await this.deps.cache.putShow(summary);
    await this.deps.cache.putTitle(key, summary?.ref ?? null);
    return summary ? found(query, summary, this.now()) : notAShow(query, this.now());
  }

  /** An exact id first; failing that, the page's title and year. */
  private async findShow({ title, hints, read }: TitleQuery): Promise<SourceShow | null> {
    const { source } = this.deps;
    if (hints?.imdbId) {
      const ref = await source.byImdbId(hints.imdbId);
      const show = ref && (await source.byId(ref.id));
      if (show) return show;
      // Catalogs list some miniseries and specials under an id of their own, which the source does not know:
      // the title decides, but only a show the page's year and network agree with (a same-name remake is not it).
      const byTitle = await this.findByTitle(title, hints);
      return byTitle && !contradictsContext(byTitle, hints) ? byTitle : null;
    }
    return this.findByTitle(title, hints, read);
  }

  /** One request in the common case: the source's best match in full, accepted only on a confident match. */
  private async findByTitle(title: string, hints: TitleQuery['hints'], read?: TitleQuery['read']): Promise<SourceShow | null> {
    const { source } = this.deps;
    const best = await source.bestMatch(title);
    if (!best) return null;
    const verdict = judgeBestMatch(title, best, hints, read);
    if (verdict === 'show') return best;
    if (verdict === 'not') return null;
    if (verdict === 'akas') {
      // A localised store's title ("Die Simpsons - Staffel 35"): the show may go by it in another country.
      const akas = await this.akasOf(best.ref);
      return akas.some((aka) => isConfidentMatch(title, { name: aka })) && !contradictsContext(best, hints) ? best : null;
    }
    // Same-name shows (Girls, The Office): the page's network or year points elsewhere.
    const results = await source.search(title);
    const picked = pickShow(title, [best, ...results], hints);
    return picked && picked.ref.id !== best.ref.id ? source.byId(picked.ref.id) : best;
  }

  private async akasOf(ref: ShowRef): Promise<string[]> {
    const cached = await this.deps.cache.getAkas(ref);
    if (cached) return cached;
    const akas = await this.deps.source.akas(ref);
    await this.deps.cache.putAkas(ref, akas);
    return akas;
  }

  private async summarize(record: SourceShow): Promise<Show> {
    const summary = record.summarize(new Date(this.now()));
    return this.deps.enrich ? this.deps.enrich(summary, record.externalIds).catch(() => summary) : summary;
  }

  private fetchShow(ref: ShowRef): Promise<Show | null> {
    const key = showKey(ref);
    let pending = this.showFetches.get(key);
    if (!pending) {
      // A ref from another source (a stored show after a source was removed) cannot be fetched here.
      const fetched = ref.source === this.deps.source.id ? this.deps.source.byId(ref.id) : Promise.resolve(null);
      pending = fetched
        .then(async (record) => {
          const summary = record && (await this.summarize(record));
          if (summary) await this.deps.cache.putShow(summary);
          return summary;
        })
        .finally(() => this.showFetches.delete(key));
      this.showFetches.set(key, pending);
    }
    return pending;
  }
}

function found(query: TitleQuery, show: Show, checkedAt: number): LookupResult {
  return { title: query.title, status: show.status, show, checkedAt, stale: false };
}

function notAShow(query: TitleQuery, checkedAt: number): LookupResult {
  return { title: query.title, status: 'unknown', show: null, checkedAt, stale: false };
}

function errorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    return error.kind === 'offline' ? i18n.t('card.offline') : error.message;
  }
  return error instanceof Error ? error.message : String(error);
}
