// Whether a source's show is the one a page means: names and aliases, then the page's network or year.
import type { TitleHints } from '../sites/site-adapter';
import type { SourceCandidate } from '../sources/show-source';
import { normalizeTitle } from '../shows/names';
import { PERSON_NAME } from '../articles/title-patterns';

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

/** A version's country after its format's name ("Taskmaster Australia", "Gogglebox Ireland"). */
const VERSION_COUNTRY = /^(.+) (?:australia|uk|us|usa|america|canada|ireland|new zealand|nz|south africa|africa|india|philippines)$/;
/** Brands whose possessive heads a show's full name ("Marvel's Inhumans", "DC's Legends of Tomorrow"). */
const BRAND_OWNERS = new Set(['marvel', 'dc', 'disney', 'pixar', 'nickelodeon']);
const OWNER_PERSON = new RegExp(String.raw`^(?!(?:A|An|The) )${PERSON_NAME}$`, 'u');
/** A season's number after a format's name: "Indian Idol 12", "Bigg Boss 15" (a year is no season). */
const SEASON_NUMBER = /^(.+) ([2-9]|[1-5]\d)$/;

/**
 * The short name a page uses for a show's full name, as an editor shortens it: the main title without
 * its subtitle ("Generations" for "Generations: The Legacy") or a spinoff's subtitle alone ("Dead City"),
 * without a brand's or a host's name ("Legends of Tomorrow", "Mad As Hell" for "Shaun Micallef's Mad As
 * Hell"; "Special Report" for "Special Report with Bret Baier"), without a version's country ("Taskmaster"
 * for "Taskmaster Australia") or its network's ("Sunday Night Football" for "NBC Sunday Night Football"),
 * or with a season's number ("Indian Idol 12"). Asked only after an exact match failed.
 */
export function isShortName(title: string, show: Pick<SourceCandidate, 'name'> & Partial<Pick<SourceCandidate, 'channels'>>): boolean {
  const wanted = withoutArticle(normalizeTitle(title));
  if (!wanted) return false;
  const same = (part: string) => withoutArticle(normalizeTitle(part)) === wanted;
  const name = show.name;
  // "Generations: The Legacy", "Re:ZERO -Starting Life in Another World-"; a one-word subtitle tells a
  // show apart ("Little Women: LA", "Star Trek: Discovery"), and a one-word subtitle alone names many ("International").
  const subtitled = /^(.+?)(?::\s+| -\s*| – | — )(.+)$/u.exec(name);
  if (subtitled && same(subtitled[1]!) && normalizeTitle(subtitled[2]!).includes(' ')) return true;
  // A spinoff by its own subtitle ("Dead City" for "The Walking Dead: Dead City", "Welcome to Derry" for
  // "IT: Welcome to Derry"), when the subtitle is two words or more.
  if (subtitled && same(subtitled[2]!) && wanted.includes(' ')) return true;
  const normalized = normalizeTitle(name);
  // A person's full name or a brand ("Shaun Micallef's", "Marvel's"), not a phrase ("A Young Doctor's Notebook").
  const owned = /^(.+?)['’]s (.+)$/u.exec(name);
  // An author's name heads an adaptation ("Frank Herbert's Dune"): one word left is the book's or the film's too.
  if (owned && same(owned[2]!) && ((OWNER_PERSON.test(owned[1]!) && wanted.includes(' ')) || BRAND_OWNERS.has(normalizeTitle(owned[1]!)))) return true;
  const hosted = / with (?:\p{Lu}[\p{L}.'’-]+ ?){2,3}$/u.exec(name);
  if (hosted && same(name.slice(0, hosted.index))) return true;
  // "NBC Sunday Night Football", "Dateline NBC": the show's own network is part of its full name.
  for (const channel of show.channels ?? []) {
    const network = normalizeTitle(channel);
    if (withoutArticle(normalized) === `${network} ${wanted}` || normalized === `${wanted} ${network}`) return true;
  }
  const version = VERSION_COUNTRY.exec(normalized);
  if (version && withoutArticle(version[1]!) === wanted) return true;
  const season = SEASON_NUMBER.exec(wanted);
  if (season && withoutArticle(normalized) === season[1]) return true;
  // "Memories of Alhambra" for "Memories of the Alhambra": a translated title's inner "the" comes and goes.
  const withoutThe = (text: string) => text.replace(/ the (?=\S)/g, ' ');
  return wanted.includes(' ') && withoutThe(wanted) === withoutThe(withoutArticle(normalized));
}

/**
 * The page gives the show's name after its author's ("Harlan Coben’s The Stranger" for "The Stranger"): a
 * person's full name, and a title of two words or more (one word is the book's or the film's too).
 */
export function isAuthorsName(title: string, show: Pick<SourceCandidate, 'name'>): boolean {
  const owned = /^(.+?)['’]s (.+)$/u.exec(title.trim());
  if (!owned || !OWNER_PERSON.test(owned[1]!) || !owned[2]!.includes(' ')) return false;
  return withoutArticle(normalizeTitle(owned[2]!)) === withoutArticle(normalizeTitle(show.name));
}

/** Articles and prepositions of the languages whose stores and papers rename shows ("Die", "Les", "La casa de"). */
const FOREIGN_WORDS = new Set('der die das des dem ein eine la le les los las el il lo gli un une del della di de du dos het een og och'.split(' '));

/**
 * Whether a title may be a show's name in another language, which only its AKAs would confirm: letters
 * beyond ASCII ("Lo que la vida me robó", "Nêrens") or another language's small words ("Die Simpsons").
 */
export function mayBeLocalised(title: string): boolean {
  if (/[^\p{ASCII}’‘“”–—…]/u.test(title)) return true;
  return title.toLowerCase().split(/[^\p{L}]+/u).some((word) => FOREIGN_WORDS.has(word));
}

/**
 * What the source's best match for a title says on its own: it is the show, it is not, its AKAs must
 * settle it (a localised store title), or the page's context points to a same-name show (search).
 * `read`: an article's English name is no other country's name, so no AKA request is spent on it.
 */
export function judgeBestMatch(
  title: string,
  best: SourceCandidate,
  hints: TitleHints | undefined,
  read?: 'article',
): 'show' | 'not' | 'akas' | 'search' {
  if (isConfidentMatch(title, best)) return contradictsContext(best, hints) ? 'search' : 'show';
  if (isShortName(title, best) || isAuthorsName(title, best)) return contradictsContext(best, hints) ? 'not' : 'show';
  return read === 'article' && !mayBeLocalised(title) ? 'not' : 'akas';
}
