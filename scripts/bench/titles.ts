// Title indexes for the spotting benchmark: the shows the 1 MB article names, and 50,000 titles that exist
// on a fresh clone. Real names come from the committed seed; the rest are made up from their words.
import { tvmazeRef } from '../../utils/shows/show-ref';
import { foldTitle } from '../../utils/title-index/fold';
import type { SeedShow } from '../../utils/title-index/seed';
import type { IndexedShow } from '../../utils/title-index/title-index';

/**
 * Function words: kept where a real title has them ("The … of …"), never put in as a made-up title's
 * content ("Let's" counts as "let"), so no made-up show is called "It" or "If" (real ones the seed has stay).
 */
const FUNCTION_WORDS = new Set(
  ('a an the and or but nor of in on at to for with from by as into onto over under about after before between ' +
    'through during without within upon than then so if it its is are was were be been being am do does did have ' +
    'has had i me my we us our you your he him his she her they them their this that these those there here what ' +
    'which who whom whose when where why how not no yes all any some each every both either neither let can could ' +
    'will would shall should may might must just very too also only up down out off again once &').split(' '),
);
const CONTENT_WORD = /^\p{Lu}[\p{L}'’.-]*\p{L}$/u;
/** Made-up shows get ids no TVmaze record has. */
const GENERATED_ID_BASE = 50_000_000;

/** Small fast deterministic generator (mulberry32): the same titles on every run and every machine. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface LargeIndex {
  shows: IndexedShow[];
  /** Real shows: the seed's, plus the article's own that the seed lacks (same-name shows count once each). */
  real: number;
  generated: number;
}

/**
 * `count` shows: every real show, then made-up ones with titles of their own. Each made-up title takes a real title's
 * shape and puts random words from other real titles in its capitalised words ("The Firing of the
 * Impact", "Soldier & Criminal in Doodles", "Swallows Chance: Bob's Dog"), so lengths, word frequencies
 * and punctuation follow real titles.
 */
export function largeIndex(seed: readonly SeedShow[], articleShows: readonly IndexedShow[], count: number): LargeIndex {
  const shows: IndexedShow[] = [];
  const keys = new Set<string>();
  /** Made-up titles are new: no real show's, no other made-up one's. */
  const addMadeUp = (show: IndexedShow) => {
    const key = foldTitle(show.name);
    if (!key || keys.has(key)) return;
    keys.add(key);
    shows.push(show);
  };
  // Every real show, same-name ones included ("Doctor Who" 1963 and 2005); the article's own first.
  const ids = new Set<number>();
  for (const show of [...articleShows, ...seed]) {
    if (ids.has(show.ref.id)) continue;
    ids.add(show.ref.id);
    keys.add(foldTitle(show.name));
    shows.push(show);
  }
  const real = shows.length;
  // Every use of a word in a real title, so common title words ("Love", "World") come up as often.
  const vocabulary = seed
    .flatMap((show) => show.name.split(/\s+/))
    .filter((word) => CONTENT_WORD.test(word) && !FUNCTION_WORDS.has(word.toLowerCase().split(/['’]/)[0]!));
  const next = random(0x5eed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  for (let attempt = 0; shows.length < count && attempt < count * 20; attempt++) {
    const shape = pick(seed);
    const words = shape.name.split(/\s+/).map((word) => {
      if (FUNCTION_WORDS.has(word.toLowerCase().split(/['’]/)[0]!) || !/^\p{Lu}/u.test(word)) return word;
      const trailing = /[:,!?]+$/u.exec(word)?.[0] ?? '';
      return pick(vocabulary) + trailing;
    });
    // A made-up name was never checked for being coined (see scripts/title-index/coined-names.ts).
    const { coined: _unchecked, ...kept } = shape;
    addMadeUp({ ...kept, ref: tvmazeRef(GENERATED_ID_BASE + shows.length), name: words.join(' '), akas: [], status: null, asOf: null });
  }
  if (shows.length < count) throw new Error(`only ${shows.length} shows with distinct made-up titles could be made from the seed`);
  return { shows, real, generated: shows.length - real };
}
