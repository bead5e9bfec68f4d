import type { LookupService } from '../../lookup/service';
import type { LookupResult, Show } from '../../shows/show';
import { sameShow, showKey, type ShowRef } from '../../shows/show-ref';
import type { IndexedShow, TitleIndex } from '../../title-index/title-index';
import type { ArticleReading, Region } from '../reading';
import { placeMentions, spotArticle, type Placement, type SpotCandidate } from './spot-article';
import { newerNamesake, provisionalResult } from './known-shows';

/**
 * The worker's article service: spots the shows in a page's reading, answers at once with what the
 * index and the cache know, then looks up the rest in order of likelihood and pushes each badge to
 * the page as its own lookup lands.
 */

export interface ArticlePlacement {
  region: Region;
  start: number;
  end: number;
  title: string;
  result: LookupResult;
}

export interface ArticleSpotReply {
  placements: ArticlePlacement[];
  /** Lookups still running; their answers arrive as `articleResults` pushes. */
  pending: number;
}

export interface ArticleSpotterDeps {
  index(): Promise<TitleIndex>;
  lookups: Pick<LookupService, 'lookupMany' | 'showByRef' | 'cachedShow' | 'candidates'>;
  /** A user's "Wrong show?" choice for a title on a site. */
  corrections?(title: string, site: string | undefined): Promise<{ ref: ShowRef | null } | null>;
  /** Sends later placements (and refreshed statuses) to the page that asked. */
  push(placements: ArticlePlacement[]): Promise<void>;
  /** Shows a lookup confirmed: the index learns them for the next page. */
  learn?(shows: IndexedShow[]): void;
}

export interface SpotOptions {
  /** False (badges off, nothing protected): answer from the index and cache alone. */
  lookups?: boolean;
  /** Lookups wait for this: the page has put up the badges known at once (or a while has passed). */
  shown?: Promise<void>;
}

export async function spotAndAnswer(
  reading: ArticleReading,
  site: string | undefined,
  deps: ArticleSpotterDeps,
  { lookups = true, shown }: SpotOptions = {},
): Promise<ArticleSpotReply> {
  const index = await deps.index();
  const spots = spotArticle(reading, index);
  const byKey = new Map(spots.candidates.map((c) => [c.key, c]));
  const showOfKey = new Map<string, ShowRef | null>();
  /** By show key ("tvmaze:123"). */
  const results = new Map<string, LookupResult>();

  // Corrections win over the index: "Wrong show?" said which show (or none) this title is.
  await Promise.all(
    spots.candidates.map(async (candidate) => {
      const correction = await deps.corrections?.(candidate.title, site);
      if (correction) showOfKey.set(candidate.key, correction.ref);
      else if (candidate.ref) showOfKey.set(candidate.key, candidate.ref);
    }),
  );
  for (const ref of new Map([...showOfKey.values()].filter((r): r is ShowRef => !!r).map((r) => [showKey(r), r])).values()) {
    results.set(showKey(ref), (await deps.lookups.cachedShow(ref)) ?? provisionalResult(index, ref));
  }
  const placed = placeMentions(spots.mentions, (key) => showOfKey.get(key));
  const toPlacement = (p: Placement): ArticlePlacement => {
    const candidate = byKey.get(p.key)!;
    const text = p.region === 'headline' ? reading.headline : reading.body;
    const result = results.get(showKey(p.ref))!;
    // "The Bosch: Legacy spinoff": the sentence's "The", not the show's.
    const start = /^the\s/i.test(text.slice(p.start, p.end)) && result.show && !/^the\s/i.test(result.show.name) ? p.start + 4 : p.start;
    return { region: p.region, start, end: p.end, title: text.slice(start, p.end), result: { ...result, title: candidate.title } };
  };
  const immediate = placed.map(toPlacement);

  // In priority order. A badge already showing a status (the index's, or a stale cached one) is refreshed
  // only once the rest have settled: lookups reach the rate limiter after cache reads of different
  // lengths, so call order alone would let cheap refreshes jump ahead of the strangers, which have no badge.
  const work = lookups ? spots.candidates.filter((c) => showOfKey.get(c.key) !== null) : [];
  const showing = (c: SpotCandidate) => {
    const ref = showOfKey.get(c.key);
    const shownResult = ref ? results.get(showKey(ref)) : undefined;
    return !!shownResult && shownResult.status !== 'loading' && shownResult.status !== 'unknown';
  };
  // The headline's show is never put off: it decides the page's spoiler notice too.
  const refreshLater = new Set(work.filter((c) => c.priority > 0 && showing(c)));
  const first = work.filter((c) => !refreshLater.has(c));
  const pending = work.length;
  void (async () => {
    await shown;
    await Promise.allSettled(first.map((candidate) => answer(candidate)));
    // A namesake check may move a badge to another show: that matters more than a fresher status.
    const refreshes = [...refreshLater].sort((a, b) => Number(!!b.namesake) - Number(!!a.namesake));
    await Promise.allSettled(refreshes.map((candidate) => answer(candidate)));
  })();

  async function answer(candidate: SpotCandidate): Promise<void> {
    const known = showOfKey.get(candidate.key);
    let result: LookupResult | undefined;
    try {
      const namesake = known && candidate.namesake && sameShow(known, candidate.ref) ? await newerNamesakeOf(candidate, known) : null;
      if (namesake) {
        const show = await deps.lookups.showByRef(namesake.ref);
        if (!show) return;
        result = fresh(candidate.title, show);
        // The mentions placed as the older show are this one's: same places, the newer show's badge.
        for (const [i, p] of placed.entries()) if (p.key === candidate.key && sameShow(p.ref, known)) placed[i] = { ...p, ref: show.ref };
      } else if (known) {
        const cached = results.get(showKey(known));
        if (cached && !cached.stale && !cached.asOf) return;
        const show = await deps.lookups.showByRef(known);
        if (!show) return;
        result = fresh(candidate.title, show);
      } else {
        [result] = await deps.lookups.lookupMany([{ title: candidate.title, read: 'article', ...(candidate.hints ? { hints: candidate.hints } : {}) }], site);
      }
    } catch {
      if (!known) showOfKey.set(candidate.key, null);
      return; // the badge keeps what it shows; a failed refresh is not news for the page
    }
    const updates: ArticlePlacement[] = [];
    if (result?.show) {
      const ref = result.show.ref;
      results.set(showKey(ref), result);
      showOfKey.set(candidate.key, ref);
      deps.learn?.([indexedFromShow(result.show, index.show(ref))]);
      for (const p of placed) if (showKey(p.ref) === showKey(ref)) updates.push({ ...toPlacement(p), result: { ...result, title: byKey.get(p.key)!.title } });
    } else {
      // Not a show: what it covered may now be placed ("Better Things and The Weekly" → its two shows).
      showOfKey.set(candidate.key, null);
    }
    const added = placeMentions(spots.mentions, (key) => showOfKey.get(key), placed);
    placed.push(...added);
    updates.push(...added.map(toPlacement));
    if (updates.length) await deps.push(updates).catch(() => undefined); // the tab has gone
  }

  /** A newer show of the same name the page's date points to (a reboot the index lacks), or null. */
  async function newerNamesakeOf(candidate: SpotCandidate, known: ShowRef) {
    // Offline or refused: the check is skipped and the index's show is refreshed as usual.
    const candidates = await deps.lookups.candidates(candidate.title).catch(() => []);
    return newerNamesake(candidate.title, known, candidate.namesake!, candidates, candidate.hints);
  }

  return { placements: immediate, pending };
}

function fresh(title: string, show: Show): LookupResult {
  return { title, status: show.status, show, checkedAt: Date.now(), stale: false };
}

export function indexedFromShow(show: Show, known?: IndexedShow): IndexedShow {
  return {
    ref: show.ref,
    name: show.name,
    akas: known?.akas ?? [],
    premieredYear: show.premieredYear,
    endedYear: show.endedYear,
    channel: show.network,
    type: known?.type ?? null,
    weight: known?.weight ?? 50,
    status: show.status,
    asOf: null,
  };
}
