import type { TitleHints } from '../../sites/site-adapter';
import type { LookupService } from '../../lookup/service';
import type { LookupResult } from '../../shows/show';
import { queryKey, type TitleQuery } from '../../shows/title-query';
import type { TitleIndex } from '../../title-index/title-index';
import { pickIndexedShow, provisionalResult } from './known-shows';

/**
 * Site tiles are titles by construction, so a title the index knows can be answered at once: a lookup
 * that lands within `waitMs` (a cache hit) answers as usual; a slower one answers with the index's
 * show and status as of its build, and its real answer is pushed to the page when it lands.
 */
export interface FastLookupDeps {
  index(): Promise<TitleIndex>;
  lookups: Pick<LookupService, 'lookupEach'>;
  /** Later answers, by query key (shows/title-query.ts), for the page that asked. */
  push(results: Array<{ key: string; result: LookupResult }>): Promise<void>;
  /** When to stop waiting for a lookup and answer from the index (default: FAST_ANSWER_MS from now). */
  deadline?(): Promise<void>;
}

export const FAST_ANSWER_MS = 250;

export async function lookupWithIndex(queries: TitleQuery[], site: string | undefined, deps: FastLookupDeps): Promise<LookupResult[]> {
  const index = await deps.index();
  // One lookup batch (one cache read); each title then answers as soon as it can.
  const lookups = deps.lookups.lookupEach(queries, site);
  return Promise.all(
    queries.map(async (query, i) => {
      const lookup = lookups[i]!;
      const known = query.hints?.imdbId ? undefined : knownShow(index, query.title, query.hints);
      if (!known) return lookup;
      const early = await Promise.race([lookup, (deps.deadline ?? afterFastAnswerTime)().then(() => null)]);
      if (early) return early;
      void lookup.then((result) => deps.push([{ key: queryKey(query), result }])).catch(() => undefined);
      return { ...provisionalResult(index, known), title: query.title };
    }),
  );
}

function knownShow(index: TitleIndex, title: string, hints: TitleHints | undefined) {
  const spelling = index.lookup(title);
  return spelling ? pickIndexedShow(spelling, index, hints, null) : undefined;
}

const afterFastAnswerTime = () => new Promise<void>((resolve) => setTimeout(resolve, FAST_ANSWER_MS));
