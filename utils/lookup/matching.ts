// Whether a source's show is the one a page means: names and aliases, then the page's network or year.
import type { TitleHints } from '../sites/site-adapter';
import type { SourceCandidate } from '../sources/show-source';
import { normalizeTitle } from '../shows/names';

/** Well-known alternative names that TVmaze does not spell the same way. Keys and values normalised. */
const KNOWN_ALIASES: Record<string, string[]> = {
  'marvels jessica jones': ['jessica jones'],
  house: ['house md', 'house m d'],
  'the office': ['the office us', 'the office uk'],
  'law and order special victims unit': ['law and order svu'],
};

/** Names a show answers to, normalised: its own and its known aliases, with and without a trailing year. */
export function showNames(show: Pick<SourceCandidate, 'name'>): Set<string> {
  const name = normalizeTitle(show.name);
  const names = new Set([name, ...(KNOWN_ALIASES[name] ?? [])]);
  const withoutYear = name.replace(/ (19|20)\d\d$/, '');
  if (withoutYear !== name) names.add(withoutYear);
  return names;
}

const withoutArticle = (name: string) => name.replace(/^the /, '');

/**
 * A confident match: the normalised title equals the show's name or a known alias, give or take a
 * leading "the" ("the Walking Dead spinoff"). Fuzzy is not enough.
 */
export function isConfidentMatch(title: string, show: Pick<SourceCandidate, 'name'>): boolean {
  const wanted = withoutArticle(normalizeTitle(title));
  for (const name of showNames(show)) if (withoutArticle(name) === wanted) return true;
  return false;
}

/** How well a show fits the page's context; 0 when the page gives none. */
export function contextScore(show: SourceCandidate, hints: TitleHints | undefined): number {
  if (!hints) return 0;
  let score = 0;
  if (hints.network) {
    const wanted = normalizeTitle(hints.network);
    const channels = show.channels.map(normalizeTitle);
    if (channels.some((c) => c === wanted || c.includes(wanted) || wanted.includes(c))) score += 2;
    else if (channels.length) score -= 1;
  }
  if (hints.year) {
    const premiered = show.premieredYear;
    if (premiered === hints.year) score += 2;
    else if (premiered) score -= 1;
  }
  return score;
}

/** Whether the page's context says this is probably a different same-name show. */
export function contradictsContext(show: SourceCandidate, hints: TitleHints | undefined): boolean {
  return contextScore(show, hints) < 0;
}

/** Among candidates, the confident matches ranked by context, then the source's weight. */
export function pickShow<T extends SourceCandidate>(title: string, candidates: T[], hints?: TitleHints): T | null {
  const confident = candidates.filter((show) => isConfidentMatch(title, show));
  confident.sort(
    (a, b) => contextScore(b, hints) - contextScore(a, hints) || b.weight - a.weight,
  );
  return confident[0] ?? null;
}
