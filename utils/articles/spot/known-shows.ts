// Worker only: what the title index alone can say about a show, before any lookup.
import type { TitleHints } from '../../sites/site-adapter';
import type { LookupResult, Show } from '../../shows/show';
import type { ShowRef } from '../../shows/show-ref';
import { foldText } from '../../title-index/fold';
import type { IndexedShow, Spelling, TitleIndex } from '../../title-index/title-index';

/** Same-name shows: the era the article allows, then the page's network or year, then the name itself, then weight. */
export function pickIndexedShow(spelling: Spelling, index: TitleIndex, hints: TitleHints | undefined, articleYear: number | null): ShowRef | undefined {
  const options = spelling.shows
    .map((s) => ({ how: s.how, show: index.show(s.ref) }))
    .filter((o): o is { how: Spelling['shows'][number]['how']; show: IndexedShow } => !!o.show)
    .filter(({ show }) => !articleYear || !show.premieredYear || show.premieredYear <= articleYear + 1);
  options.sort(
    (a, b) =>
      contextScore(b.show, hints) - contextScore(a.show, hints) ||
      rank(a.how) - rank(b.how) ||
      b.show.weight - a.show.weight,
  );
  return options[0]?.show.ref;
}

const rank = (how: 'name' | 'aka' | 'variant') => (how === 'name' ? 0 : how === 'aka' ? 1 : 2);

function contextScore(show: IndexedShow, hints: TitleHints | undefined): number {
  if (!hints) return 0;
  let score = 0;
  if (hints.network && show.channel) score += foldText(show.channel).text.includes(foldText(hints.network).text) ? 2 : -1;
  if (hints.year && show.premieredYear) score += hints.year === show.premieredYear ? 2 : -1;
  return score;
}


/** A badge from the shipped index alone: its status as of the index's build, or loading. */
export function provisionalResult(index: TitleIndex, ref: ShowRef): LookupResult {
  const show = index.show(ref);
  const summary: Show = {
    ref,
    name: show?.name ?? '',
    url: `https://www.tvmaze.com/shows/${ref.id}`,
    network: show?.channel ?? null,
    premieredYear: show?.premieredYear ?? null,
    endedYear: null,
    sourceStatus: null,
    status: show?.status ?? 'unknown',
    nextEpisode: null,
    nextSeason: null,
    imdbId: null,
  };
  const status = show?.status ?? 'loading';
  return { title: summary.name, status, show: summary, checkedAt: null, stale: true, ...(show?.status && show.asOf ? { asOf: show.asOf } : {}) };
}

