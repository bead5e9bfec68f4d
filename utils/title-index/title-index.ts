// Worker only: the index of known show titles (the shipped seed, confirmed and watched shows) and its matcher.
import { sameShow, showKey, type ShowRef } from '../shows/show-ref';
import type { RenewalStatus } from '../shows/status';
import { foldText, foldTitle, wordStartsByCase, type FoldedText } from './fold';
import { WordTrie } from './word-trie';

/**
 * The worker's index of known show titles: the shipped seed, every show the worker has confirmed and
 * every watched show. One trie over all their spellings finds each known title in a text in one pass;
 * shows added later go to a small second trie, so nothing is rebuilt per page.
 */
export interface IndexedShow {
  ref: ShowRef;
  name: string;
  akas: string[];
  premieredYear: number | null;
  /** The year its last episode aired, when it has ended; absent where the source did not say. */
  endedYear?: number | null;
  channel: string | null;
  type: string | null;
  weight: number;
  status: RenewalStatus | null;
  asOf: string | null;
  /**
   * Its name is one coined word ("Emmerdale", "Bridgerton"): a reader takes it for the show without a
   * cue. Worked out when the seed is built (dictionary, first names, places); absent means no.
   */
  coined?: boolean;
}

export interface Spelling {
  /** The folded spelling the matcher found. */
  key: string;
  /** Shows answering to it, with how: their own name, an AKA, or a variant (no "The", no brand). */
  shows: Array<{
    ref: ShowRef;
    how: 'name' | 'aka' | 'variant';
    /** A spinoff's own name ("Picard"), folded: only on a page that also names this franchise ("star trek"). */
    franchise?: string;
  }>;
  /** Short names ("SVU", "GoT") count only when written exactly so. */
  caseExact?: string;
}

export interface IndexMatch {
  /** Offsets in the folded text. */
  start: number;
  end: number;
  spelling: Spelling;
}

/** Short names that writers use and TVmaze does not list; matched only as written. */
const SHORT_NAMES: Record<string, string[]> = {
  'law and order special victims unit': ['SVU'],
  'game of thrones': ['GoT'],
  'star trek the next generation': ['TNG'],
  'star trek deep space nine': ['DS9'],
  'how i met your mother': ['HIMYM'],
  'its always sunny in philadelphia': ['Always Sunny'],
  'american horror story': ['AHS'],
  'the walking dead': ['TWD'],
  'brooklyn nine nine': ['Brooklyn 99', 'B99'],
  'rupauls drag race': ['Drag Race'],
  'saturday night live': ['SNL'],
  'parks and recreation': ['Parks and Rec'],
  'orange is the new black': ['OITNB'],
  'dancing with the stars': ['DWTS'],
  'americas next top model': ['ANTM'],
  'pretty little liars': ['PLL'],
  'keeping up with the kardashians': ['KUWTK'],
  'americas got talent': ['AGT'],
  'the big bang theory': ['TBBT'],
  'im a celebrity get me out of here': ["I'm a Celebrity", "I'm a Celeb"],
  'the great british bake off': ['Bake Off', 'GBBO'],
  'the simpsons': ['Simpsons'],
  'battlestar galactica': ['Galactica'],
  'married at first sight': ['MAFS'],
  'buffy the vampire slayer': ['Buffy'],
  'holby city': ['Holby'],
  'coronation street': ['Corrie'],
  'csi crime scene investigation': ['CSI'],
};

/** Rebuild the main trie once this many spellings wait in the small one. */
const MERGE_AT = 2_000;

export class TitleIndex {
  private readonly shows = new Map<string, IndexedShow>();
  private readonly spellings = new Map<string, Spelling>();
  private base: WordTrie<Spelling>;
  private delta: WordTrie<Spelling>;
  /** Spellings of shows named in lowercase ("black-ish"): the only titles walked from a lowercase word. */
  private lowercaseNamed: WordTrie<Spelling> = new WordTrie([]);
  private readonly lowercaseKeys = new Set<string>();
  private readonly pending = new Set<string>();
  private readonly inBase = new Set<string>();

  constructor(shows: Iterable<IndexedShow> = []) {
    for (const show of shows) this.register(show);
    this.base = new WordTrie(this.spellings);
    for (const key of this.spellings.keys()) this.inBase.add(key);
    this.pending.clear();
    this.delta = new WordTrie([]);
    this.lowercaseNamed = this.trieOf(this.lowercaseKeys);
  }

  get size(): number {
    return this.shows.size;
  }

  show(ref: ShowRef): IndexedShow | undefined {
    return this.shows.get(showKey(ref));
  }

  spelling(key: string): Spelling | undefined {
    return this.spellings.get(key);
  }

  /** Adds or updates shows (confirmed by a lookup, or watched); new spellings reach the matcher at once. */
  add(shows: Iterable<IndexedShow>): void {
    let added = false;
    const lowercaseBefore = this.lowercaseKeys.size;
    for (const show of shows) added = this.register(show) || added;
    if (this.lowercaseKeys.size > lowercaseBefore) this.lowercaseNamed = this.trieOf(this.lowercaseKeys);
    if (!added) return;
    if (this.pending.size >= MERGE_AT) {
      for (const key of this.pending) this.inBase.add(key);
      this.pending.clear();
      this.base = this.trieOf(this.inBase);
      this.delta = new WordTrie([]);
    } else {
      this.delta = this.trieOf(this.pending);
    }
  }

  /**
   * Every known spelling in the folded text, on word boundaries, that may be a title as written: a word
   * written in lowercase starts only a show named in lowercase ("you" is no "You", "black-ish" is).
   */
  find(folded: FoldedText, raw: string): IndexMatch[] {
    const matches: IndexMatch[] = [];
    this.forEachMatch(folded, raw, (start, end, spelling) => matches.push({ start, end, spelling }));
    // Each trie walks its own word starts: in text order again, shorter first.
    return matches.sort((a, b) => a.start - b.start || a.end - b.end);
  }

  /** `find` without an object per hit (a large index has tens of thousands in a long text), in no set order. */
  forEachMatch(folded: FoldedText, raw: string, found: (start: number, end: number, spelling: Spelling) => void): void {
    const { capital, lower } = wordStartsByCase(folded, raw);
    this.base.forEachMatch(folded, raw, found, capital);
    this.delta.forEachMatch(folded, raw, found, capital);
    this.lowercaseNamed.forEachMatch(folded, raw, found, lower);
  }

  /** Known show ids for a title as written (a candidate from a cue rule). */
  lookup(title: string): Spelling | undefined {
    return this.spellings.get(foldTitle(title));
  }

  private trieOf(keys: Iterable<string>): WordTrie<Spelling> {
    return new WordTrie([...keys].map((key) => [key, this.spellings.get(key)!] as const));
  }

  private register(show: IndexedShow): boolean {
    const key = showKey(show.ref);
    const known = this.shows.get(key);
    this.shows.set(key, known ? merged(known, show) : show);
    let added = false;
    const lowercaseName = /^\p{Ll}/u.test(this.shows.get(key)!.name);
    for (const [spelling, how, caseExact, franchise] of spellingsOf(show)) {
      added = this.addSpelling(spelling, show.ref, how, caseExact, franchise) || added;
      if (lowercaseName && spelling.length >= 2) this.lowercaseKeys.add(spelling);
    }
    return added;
  }

  private addSpelling(key: string, ref: ShowRef, how: 'name' | 'aka' | 'variant', caseExact?: string, franchise?: string): boolean {
    if (key.length < 2) return false;
    const entry = { ref, how, ...(franchise ? { franchise } : {}) };
    const known = this.spellings.get(key);
    if (known) {
      if (!known.shows.some((s) => sameShow(s.ref, ref))) known.shows.push(entry);
      return false;
    }
    this.spellings.set(key, { key, shows: [entry], ...(caseExact ? { caseExact } : {}) });
    this.pending.add(key);
    return true;
  }
}

/** What a later source adds to a known show: its names always, other fields only where it knows them. */
function merged(known: IndexedShow, update: IndexedShow): IndexedShow {
  // A later source that says the show has not ended (null) is news too; one that does not say (absent) is not.
  const endedYear = update.endedYear !== undefined ? update.endedYear : known.endedYear;
  return {
    ref: known.ref,
    name: known.name,
    akas: [...new Set([...known.akas, ...update.akas, ...(update.name !== known.name ? [update.name] : [])])],
    premieredYear: update.premieredYear ?? known.premieredYear,
    ...(endedYear ? { endedYear } : {}),
    channel: update.channel ?? known.channel,
    type: update.type ?? known.type,
    weight: Math.max(known.weight, update.weight),
    status: update.status ?? known.status,
    asOf: update.status ? update.asOf : known.asOf,
    ...(known.coined || update.coined ? { coined: true } : {}),
  };
}

/** Places whose possessive names a national edition of a format ("Britain's Next Top Model", "Australia's Got Talent"). */
const EDITION_PLACES = new Set(
  'America Britain Australia Canada Ireland Scotland England Wales India Asia Africa Europe Germany France Holland Norway Sweden Denmark Poland Italy Spain Mexico Brazil Japan Korea China Russia Ukraine Israel Pakistan Philippines Romania Greece Turkey Portugal Belgium Austria Switzerland Finland Iceland Argentina Colombia Chile Arabia Nigeria Kenya Mzansi Hollywood World'.split(' '),
);

/** A show's spellings: name, AKAs, and the variants writers use. */
function* spellingsOf(show: IndexedShow): Generator<[string, 'name' | 'aka' | 'variant', string?, string?]> {
  const name = foldTitle(show.name);
  yield [name, 'name'];
  for (const aka of show.akas) yield [foldTitle(aka), 'aka'];
  // "Doctor Who (2005)", "The Office (US)": the text names the show without the qualifier.
  const unqualified = show.name.replace(/\s*\((?:\d{4}|US|UK|AU|CA|NZ|IE)\)\s*$/u, '');
  if (unqualified !== show.name) yield [foldTitle(unqualified), 'variant'];
  const words = name.split(' ');
  // "Walking Dead fans": the article dropped, when a title is left.
  if (words[0] === 'the' && words.length >= 3) yield [words.slice(1).join(' '), 'variant'];
  // "Marvel's Agents of S.H.I.E.L.D." → "Agents of S.H.I.E.L.D."; "Grey's Anatomy" keeps its possessive.
  // A country's possessive is a franchise's edition, not a brand: "America's Got Talent" is no "Got Talent",
  // which "Britain's Got Talent" would then match.
  const brand = /^(\p{Lu}[\p{L}.]*)['’]s\s+(.+)$/u.exec(unqualified);
  if (brand && brand[2]!.split(/\s+/).length >= 2 && !EDITION_PLACES.has(brand[1]!)) yield [foldTitle(brand[2]!), 'variant'];
  for (const short of SHORT_NAMES[name] ?? []) yield [foldTitle(short), 'variant', short];
  // "East Enders", "Duck Tales": a camel-cased word written as the two words it joins, each of three letters or more.
  const camel = /^(?:The )?(\p{Lu}\p{Ll}{2,})(\p{Lu}\p{Ll}{2,})$/u.exec(unqualified);
  if (camel) yield [foldTitle(`${camel[1]} ${camel[2]}`), 'variant', `${camel[1]} ${camel[2]}`];
  // "Star Trek: Picard" → "Picard", "The Walking Dead: Dead City" → "Dead City": a spinoff by its own name,
  // on a page that names the franchise too (see `franchise`).
  const spinoff = /^([^:]{2,40}):\s+(\S.*)$/u.exec(unqualified);
  if (spinoff) yield [foldTitle(spinoff[2]!), 'variant', undefined, foldTitle(spinoff[1]!)];
}

export { foldText };
