// Worker only: what the title index alone can say about a show, before any lookup.
import type { TitleHints } from '../../sites/site-adapter';
import type { LookupResult, Show } from '../../shows/show';
import { sameShow, type ShowRef } from '../../shows/show-ref';
import type { SourceCandidate } from '../../sources/show-source';
import { contradictsContext, isConfidentMatch, pickShow } from '../../lookup/matching';
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
      onAirIn(b.show, articleYear) - onAirIn(a.show, articleYear) ||
      rank(a.how) - rank(b.how) ||
      b.show.weight - a.show.weight,
  );
  return options[0]?.show.ref;
}

/**
 * 1 when the show was on the air in the page's year (premiered by the next year, not ended before the
 * last): of two namesakes, the one on the air then is the one the page means ("Knight Rider" in 2008).
 */
function onAirIn(show: IndexedShow, year: number | null): number {
  if (!year || !show.premieredYear) return 0;
  return show.premieredYear <= year + 1 && !(show.endedYear && show.endedYear < year - 1) ? 1 : 0;
}

/** A newer namesake premiered after the known show ended and by the page's next year, and was still on the air in the page's year. */
export interface NamesakeSpan {
  after: number;
  by: number;
}

/**
 * The index's show ended before the year before the page's: the page may mean a reboot the index lacks
 * ("MacGyver" in 2017 is the 2016 series, not the one that ended in 1992). Not when the page gives the
 * old show's year or network ("the 1985 MacGyver", "ABC's MacGyver").
 */
export function namesakeSpan(show: IndexedShow | undefined, articleYear: number | null, hints: TitleHints | undefined): NamesakeSpan | undefined {
  if (!show?.endedYear || !articleYear || show.endedYear >= articleYear - 1) return undefined;
  if (hints && contextScore(show, hints) > 0) return undefined;
  return { after: show.endedYear, by: articleYear + 1 };
}

/** A namesake anyone would have heard of: TVmaze weighs obscure shows, and one-off foreign namesakes, low. */
const NAMESAKE_MIN_WEIGHT = 70;

/**
 * The source's show of the same name that premiered in the span and that the page's context does not
 * contradict, best fit first; null when there is none and the index's show stands.
 */
export function newerNamesake<T extends SourceCandidate>(title: string, known: ShowRef, span: NamesakeSpan, candidates: T[], hints: TitleHints | undefined): T | null {
  const newer = candidates.filter(
    (c) =>
      !sameShow(c.ref, known) &&
      !!c.premieredYear && c.premieredYear > span.after && c.premieredYear <= span.by &&
      // A reboot that has ended too is no likelier than the original ("known for the US series Charmed" in 2024).
      !(c.endedYear && c.endedYear < span.by - 2) &&
      c.weight >= NAMESAKE_MIN_WEIGHT &&
      isConfidentMatch(title, c) &&
      !contradictsContext(c, hints),
  );
  return pickShow(title, newer, hints);
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

