// Worker only: which shows an article names, where, and which titles need a lookup; pure, never sees the DOM.
import type { TitleHints } from '../../sites/site-adapter';
import { foldText, originalRange, type FoldedText } from '../../title-index/fold';
import type { IndexMatch, Spelling, TitleIndex } from '../../title-index/title-index';
import { WordTrie } from '../../title-index/word-trie';
import { contextHints } from '../context-hints';
import { isStandaloneMention } from '../mentions';
import type { ArticleReading, Region } from '../reading';
import { showKey, type ShowRef } from '../../shows/show-ref';
import { coreTitle, cueCandidates, type CueCandidate } from './cue-candidates';
import { startsLikeTitle, titleLists, titlePairs, type ListItem } from './lists';
import { namesakeSpan, pickIndexedShow, type NamesakeSpan } from './known-shows';
import { yearOfArticle } from './article-year';
import { filmCue, isJunkTitle, namesABigPlace, namesACharacter, namesAnEpisode, namesATime, namesNoWork, spokenQuote, partOfLongerName, properNounMidSentence, talksTelevision } from './gates';
import { NETWORK, TV_CATEGORY, namesPeople } from '../title-patterns';
import { SpellingChecks, coinedName, needsCue } from './spelling-checks';
import { TitleFormatting } from './title-formatting';
import { TitleCaseText } from './title-case-text';
import { rulesReading } from './rules-text';
import { FranchiseGate } from './franchises';

/**
 * The worker's half of an article: from the page's reading, which shows are named where, and which
 * titles must be looked up to know. Pure and synchronous; never sees the DOM.
 */

/** Strangers (titles the index does not know) that may be looked up for one page. */
export const MAX_STRANGERS = 40;
/** Occurrences kept per title and region: enough to fall back when a longer title wins the first. */
const MENTIONS_PER_KEY = 3;
/**
 * Places a title is weighed at per region before it is given up: on a very long page, thousands of
 * uncued "Disney" or "Rick" cost as much as the rest of the spotting, and a real article settles a
 * title within its first dozen mentions.
 */
const TRIES_PER_KEY = 40;
/** The same for a one-word title that needs a cue ("Lost", "Time"): most of its hits are the word, refused one by one. */
const TRIES_PER_COMMON_WORD = 12;
/** Known shows badged on one page. */
export const MAX_KNOWN = 200;
/** Shows a page names, by cue or by index, before a bare proper noun on it may be one more (see `properNounMidSentence`). */
const TV_PAGE_SHOWS = 3;

export interface SpotCandidate {
  /** The folded title: one candidate per spelling per page. */
  key: string;
  /** As first written on the page. */
  title: string;
  hints?: TitleHints;
  /** The index's show for it; absent for a stranger, which is looked up by title. */
  ref?: ShowRef;
  /** Lower goes first: lookups are made in this order. */
  priority: number;
  /**
   * The index's show ended years before the page was written: a newer namesake may be the one meant
   * (a reboot the index lacks), so the worker checks the source for one premiered in this span.
   */
  namesake?: NamesakeSpan;
}

export interface SpotMention {
  region: Region;
  /** UTF-16 offsets into the reading's headline or body. */
  start: number;
  end: number;
  key: string;
}

export interface ArticleSpots {
  candidates: SpotCandidate[];
  mentions: SpotMention[];
}

interface Occurrence {
  start: number;
  end: number;
  key: string;
  spelling: Spelling | undefined;
}

interface RegionText {
  region: Region;
  raw: string;
  folded: FoldedText;
}

export function spotArticle(reading: ArticleReading, index: TitleIndex): ArticleSpots {
  const articleYear = yearOfArticle(reading);
  const regions: RegionText[] = [
    { region: 'headline', raw: reading.headline, folded: foldText(reading.headline) },
    { region: 'body', raw: reading.body, folded: foldText(reading.body) },
  ];
  // The rules read a bounded part of a very long page; offsets into it are offsets into the whole body.
  const forRules = rulesReading(reading);
  const textCues = withCreditsBesideKnown(cueCandidates(forRules), index);
  const ruleRegions = regions.map(({ region, raw }) => ({ region, raw: region === 'body' ? forRules.body : raw }));
  const cues = [...textCues, ...listedShows(ruleRegions, index, new Set(textCues.filter((c) => c.strong).map((c) => c.key)))];
  const cueByKey = new Map<string, CueCandidate[]>();
  for (const cue of cues) cueByKey.set(cue.key, [...(cueByKey.get(cue.key) ?? []), cue]);
  const allText = `${reading.headline}\n${reading.body}`;

  // Occurrences of every candidate: index spellings and cue titles, on folded text.
  // Only a strong cue sends a title the index does not know to the lookup.
  const franchises = new FranchiseGate(regions.map((r) => r.folded));
  // A spinoff's own name on a page that never names its franchise is a stranger here ("Atlanta").
  const knownHere = (key: string) => {
    const spelling = index.spelling(key);
    return !!spelling && !!franchises.allow(spelling);
  };
  const strangerKeys = [...cueByKey]
    // "Kanye West and Kim Kardashian": a pair of people, whose sides are asked on their own when cued.
    .filter(([key, list]) => !knownHere(key) && list.some((c) => c.strong) && !joinsKnownShows(key, index) && !namesNoWork(key) && !list.some((c) => namesPeople(c.title)))
    .map(([key]) => key);
  const strangerTrie = new WordTrie(strangerKeys.map((key) => [key, key] as const));
  const chosen = new Map<string, SpotCandidate>();
  const mentions: SpotMention[] = [];
  const checks = new SpellingChecks(index, allText);
  const formatting = new TitleFormatting(reading.spans);

  const found = regions.map(({ raw, folded }) => {
    // One object shape for every occurrence (no spread): sorting and reading thousands of them stays fast.
    const occurrences: Occurrence[] = [];
    index.forEachMatch(folded, raw, (foldedStart, foldedEnd, spelling) => {
      const { start, end } = originalRange(folded, foldedStart, foldedEnd);
      occurrences.push({ start, end, key: spelling.key, spelling });
    });
    strangerTrie.forEachMatch(folded, raw, (foldedStart, foldedEnd, key) => {
      const { start, end } = originalRange(folded, foldedStart, foldedEnd);
      occurrences.push({ start, end, key, spelling: undefined });
    });
    occurrences.sort((a, b) => a.start - b.start || b.end - a.end);
    return occurrences;
  });
  const titleCase = new TitleCaseText(reading);
  // Known titles the body writes as titles outside Title Case: named there, a Title Case heading may name
  // them too. Worked out once, and only if a Title Case hit asks.
  let plainKnown: Set<string> | undefined;
  const namedPlainly = (key: string): boolean => {
    if (!plainKnown) {
      const at = regions.findIndex((r) => r.region === 'body');
      const body = regions[at]!.raw;
      plainKnown = new Set();
      for (const o of found[at]!) {
        if (o.spelling && !titleCase.at('body', o.start) && checks.writtenAsTitle(o.spelling, body.slice(o.start, o.end))) plainKnown.add(o.key);
      }
    }
    return plainKnown.has(key);
  };

  // A blog that writes its titles in capitals ("30 ROCK, HOW I MET YOUR MOTHER"): two known titles of two
  // words or more in capitals, inside sentences, make capitals its formatting. Worked out once, if asked.
  let capitalsStyle: boolean | undefined;
  const titlesInCapitals = (): boolean => {
    if (capitalsStyle === undefined) {
      const at = regions.findIndex((r) => r.region === 'body');
      const body = regions[at]!.raw;
      const keys = new Set<string>();
      for (const o of found[at]!) {
        if (o.spelling && o.key.includes(' ') && ALL_CAPITALS.test(body.slice(o.start, o.end)) && !titleCase.at('body', o.start)) keys.add(o.key);
        if (keys.size >= 2) break;
      }
      capitalsStyle = keys.size >= 2;
    }
    return capitalsStyle;
  };

  // Whether some hit of a title passes `test` somewhere on the page, asked per title and only for titles
  // accepted somewhere: a large index has thousands of hits it refuses.
  const somewhereOnPage = (test: (text: string, hit: Occurrence) => boolean) => {
    const answers = new Map<string, boolean>();
    return (key: string): boolean => {
      let answer = answers.get(key);
      if (answer === undefined) {
        answer = regions.some(({ raw: text }, at) => found[at]!.some((o) => o.key === key && test(text, o)));
        answers.set(key, answer);
      }
      return answer;
    };
  };
  // A title the page calls a film somewhere ("the film Titanic") is that film throughout, except where
  // the mention's own paragraph talks television ("the Downton Abbey movie" and "Downton Abbey season 6").
  const calledAFilm = somewhereOnPage((text, o) => filmCue(text, o.start, o.end));
  const calledAFilmElsewhere = (occurrence: Occurrence, raw: string): boolean =>
    calledAFilm(occurrence.key) && !talksTelevision(raw, occurrence.start, occurrence.end) && !locallyCued(raw, occurrence.start, occurrence.end);
  // Likewise an episode's title ("episode 2, “Homecoming”") is that episode throughout, unless a cue says the show.
  const calledAnEpisodeSomewhere = somewhereOnPage((text, o) => namesAnEpisode(text, o.start));
  const calledAnEpisode = (occurrence: Occurrence, raw: string): boolean =>
    calledAnEpisodeSomewhere(occurrence.key) && !locallyCued(raw, occurrence.start, occurrence.end);

  /** Takes an accepted hit: its candidate (made at the first hit of its title) and its place. */
  const take = (occurrence: Occurrence, region: Region, raw: string, cue: CueCandidate[] | undefined) => {
    let candidate = chosen.get(occurrence.key);
    if (!candidate) {
      const title = raw.slice(occurrence.start, occurrence.end);
      const hints = contextHints(allText, title);
      // No known show fits the article's era: a stranger after all, for the lookup to settle.
      const ref = occurrence.spelling ? pickIndexedShow(occurrence.spelling, index, hints, articleYear) : undefined;
      const namesake = ref ? namesakeSpan(index.show(ref), articleYear, hints) : undefined;
      candidate = {
        key: occurrence.key,
        title,
        ...(hints ? { hints } : {}),
        ...(ref ? { ref } : {}),
        ...(namesake ? { namesake } : {}),
        // "Better Things and The Weekly": a "The" after the "and" starts a second title, so the joined run (most
        // often two shows, both asked on their own) waits until everything else is asked.
        priority: !ref && SECOND_TITLE_AFTER_AND.test(title) ? JOINED_RUN_PRIORITY : priorityOf(region, !!ref, cue),
      };
      chosen.set(occurrence.key, candidate);
    }
    mentions.push({ region, start: occurrence.start, end: occurrence.end, key: occurrence.key });
  };
  // One-word titles written as proper nouns but uncued: shows only if the page turns out to name others.
  const onTvPage: Occurrence[] = [];

  for (const [i, { region, raw }] of regions.entries()) {
    const perKey = new Map<string, number>();
    const triesPerKey = new Map<string, number>();
    const occurrences = found[i]!;
    // Among known titles the longest wins at once ("Star Trek: Discovery" hides "Star Trek"); strangers
    // overlap freely until their lookups say which of them are shows (see placeMentions).
    let knownCoveredUntil = -1;
    for (const occurrence of occurrences) {
      if (occurrence.spelling && occurrence.start < knownCoveredUntil) continue;
      // A stranger inside a known title's place is a piece of it ("Us" in "This Is Us", "Parks" in "Parks and
      // Recreation"): its lookup would spend the rate limit on a badge that could never be placed.
      if (!occurrence.spelling && occurrence.end <= knownCoveredUntil) continue;
      const seen = perKey.get(occurrence.key) ?? 0;
      if (seen >= MENTIONS_PER_KEY) {
        // Enough places for this title; it still hides the shorter titles inside it ("Chase" in "The Chase").
        if (occurrence.spelling) knownCoveredUntil = Math.max(knownCoveredUntil, occurrence.end);
        continue;
      }
      const tries = triesPerKey.get(occurrence.key) ?? 0;
      if (tries >= (occurrence.spelling && checks.needsCue(occurrence.spelling) ? TRIES_PER_COMMON_WORD : TRIES_PER_KEY)) continue;
      triesPerKey.set(occurrence.key, tries + 1);
      const cue = cueByKey.get(occurrence.key);
      const verdict = occurrence.spelling ? acceptKnown(occurrence, occurrence.spelling, raw, region, cue, checks, formatting, titlesInCapitals) : 'no';
      if (verdict === 'on a TV page') {
        if (region === 'body' && !titleCase.at(region, occurrence.start)) onTvPage.push(occurrence);
        continue;
      }
      const accepted = occurrence.spelling
        ? verdict === 'yes' && (!titleCase.at(region, occurrence.start) || cuedAt(occurrence, raw, region, cue, formatting) || namedPlainly(occurrence.key))
        : acceptStranger(occurrence, raw, cueStartsAt(cue, region, occurrence.start));
      if (!accepted || calledAFilmElsewhere(occurrence, raw) || calledAnEpisode(occurrence, raw) || spokenQuote(raw, occurrence.end)) continue;
      if (occurrence.spelling) {
        // Asked of accepted hits only: whether the page names a franchise is a scan of the page.
        const allowed = franchises.allow(occurrence.spelling);
        if (!allowed) continue;
        occurrence.spelling = allowed;
        knownCoveredUntil = occurrence.end;
      }
      perKey.set(occurrence.key, seen + 1);
      take(occurrence, region, raw, cue);
    }
  }
  // "with veteran Frasier moving to Tuesdays", "Now in its seventh season, Friends": on a page naming
  // several shows, a TV paragraph's proper noun that is a show's one-word name is that show.
  if (chosen.size >= TV_PAGE_SHOWS) {
    const body = regions.find((r) => r.region === 'body')!.raw;
    const placed = new Map<string, number>();
    for (const occurrence of onTvPage) {
      const seen = placed.get(occurrence.key) ?? 0;
      const allowed = seen < MENTIONS_PER_KEY && !calledAFilmElsewhere(occurrence, body) && franchises.allow(occurrence.spelling!);
      if (!allowed) continue;
      occurrence.spelling = allowed;
      placed.set(occurrence.key, seen + 1);
      take(occurrence, 'body', body, undefined);
    }
  }
  const candidates = [...chosen.values()].sort((a, b) => a.priority - b.priority);
  const known = candidates.filter((c) => c.ref).slice(0, MAX_KNOWN);
  const strangers = candidates.filter((c) => !c.ref).slice(0, MAX_STRANGERS);
  const kept = new Set([...known, ...strangers].map((c) => c.key));
  return {
    candidates: [...known, ...strangers].sort((a, b) => a.priority - b.priority),
    mentions: mentions.filter((m) => kept.has(m.key)),
  };
}

/**
 * Items of a list where the index knows a title as a show ("Yellowjackets, Barry, Party Down and Jury
 * Duty"), or a cue elsewhere on the page put one forward: the list is a roundup, so each item is put
 * forward as a title, at its place.
 */
function listedShows(regions: Pick<RegionText, 'region' | 'raw'>[], index: TitleIndex, cuedTitles: ReadonlySet<string>): CueCandidate[] {
  const cues: CueCandidate[] = [];
  for (const { region, raw } of regions) {
    for (const list of titleLists(raw)) {
      // "Born on April 3, 1925, Merlin was…": a date among the items makes it no list of titles.
      if (list.some((item) => namesNoWork(foldText(item.title).text))) continue;
      // One known show that needs no cue is enough: most items of a roundup of new shows are strangers.
      // So is a title a cue on the page already names a show ("Lucky 7: Officially cancelled").
      if (
        !list.some((item) => distinctive(index, item.title)) &&
        !list.some((item) => cuedTitles.has(foldText(item.title).text)) &&
        !nominatedTelevision(raw, list) &&
        !titlesOfTelevision(raw, list)
      ) continue;
      const put = (title: string, index: number) => {
        if (!isJunkTitle(title)) cues.push({ key: foldText(title).text, title, strong: true, at: { region, index } });
      };
      for (const [i, item] of list.entries()) {
        put(item.title, item.index);
        const core = coreTitle(item.title);
        if (core) put(core, item.index);
        // "The Armstrong and Miller Show, The Kevin Bishop Show and …": a list says "and" once, before its
        // last item; an earlier "and" may be a title's own, so the joined run is put forward too.
        const next = i + 2 < list.length ? list[i + 1] : undefined;
        if (next && raw.slice(item.index + item.title.length, next.index) === ' and ') put(raw.slice(item.index, next.index + next.title.length), item.index);
      }
    }
    for (const [left, right] of titlePairs(raw)) {
      const other = pairedWithKnown(left, right, index, cuedTitles);
      if (other && !isJunkTitle(other.title)) cues.push({ key: foldText(other.title).text, title: other.title, strong: true, at: { region, index: other.index } });
    }
  }
  return cues;
}

/** Items a list of titles needs before its shape alone (and a "The") says so. */
const SHAPED_LIST_ITEMS = 3;
const FILMS_BEFORE = /\b(?:films?|movies?|features?|pictures?|novels?|books?|albums?|songs?|plays?|musicals?)\b[^.\n]{0,20}$/iu;
/** "who has also written for Poker Face, …", "she wrote for …": a writer's credits are shows. */
const WRITING_CREDIT_BEFORE = /\b(?:written for|wrote for|writing for|writer on|writers on|worked on|working on)\s+$/u;
const PERSON_SHAPED_ITEM = /^(?!(?:The|A|An)\s)\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+){1,2}$/u;

/**
 * "with Succession, The Bear, and Beef leading the pack on the TV side", "written for Poker Face, Russian
 * Doll and The Other Two": three items or more, one a title with "The", fewer than half shaped like a person's
 * name (unless a writer's credit leads in), in a paragraph about television. People are listed by name, places and
 * bands seldom in a TV paragraph.
 */
function titlesOfTelevision(raw: string, list: ListItem[]): boolean {
  if (list.length < SHAPED_LIST_ITEMS || !list.some((item) => /^The\s\p{Lu}/u.test(item.title))) return false;
  // "The Mountain, the Viper, Tyrion’s" names characters; "the films Guns of Diablo (1964), The Oscar (1966)…" films.
  if (list.some((item) => !/^[\p{Lu}\p{Nd}]/u.test(item.title))) return false;
  const first = list[0]!;
  const last = list.at(-1)!;
  const before = raw.slice(Math.max(0, first.index - 40), first.index);
  if (FILMS_BEFORE.test(before)) return false;
  // Two capitalised words may be a person ("Neicy Nash") or a title ("Russian Doll"): a few such items are
  // titles among titles ("Schitt’s Creek, PEN15 and The Good Place"), and all are after a writer's credit.
  const personShaped = list.filter((item) => PERSON_SHAPED_ITEM.test(item.title)).length;
  if (personShaped > 0 && personShaped * 2 >= list.length && !WRITING_CREDIT_BEFORE.test(before)) return false;
  return talksTelevision(raw, first.index, last.index + last.title.length);
}

/**
 * "Bob Odenkirk (Better Call Saul) and Molly Gordon (Animal Kingdom)": parallel credits name the same kind
 * of thing, so where one is a show the index knows by a name that needs no cue, the name-shaped others of
 * its sentence are titles too, for the lookup to settle.
 */
function withCreditsBesideKnown(cues: CueCandidate[], index: TitleIndex): CueCandidate[] {
  const titled = new Set<number>();
  for (const cue of cues) if (cue.creditsOf !== undefined && distinctive(index, cue.title)) titled.add(cue.creditsOf);
  if (!titled.size) return cues;
  return cues.map((cue) => (!cue.strong && cue.creditsOf !== undefined && titled.has(cue.creditsOf) ? { ...cue, strong: true } : cue));
}

/**
 * A show the index knows by this title that needs no cue to be one: two words or more, or one coined word
 * ("Bridgerton and Squid Game are smash hits").
 */
function distinctive(index: TitleIndex, title: string): boolean {
  const spelling = index.lookup(title);
  if (!spelling) return false;
  return !needsCue(spelling.key) || coinedName(spelling, index);
}

/**
 * The words of a side nearest the join are a show: one the index knows that needs no cue, or a title a
 * cue on the page put forward.
 */
function knownAtJoin(side: ListItem, fromEnd: boolean, index: TitleIndex, cuedTitles: ReadonlySet<string>): boolean {
  const words = side.title.split(' ');
  for (let n = words.length; n >= 1; n--) {
    const part = (fromEnd ? words.slice(words.length - n) : words.slice(0, n)).join(' ');
    const key = foldText(part).text;
    if (cuedTitles.has(key) || distinctive(index, part)) return true;
  }
  return false;
}

/**
 * "Killing Eve and Patrick Melrose were the big winners", "like Younger or The Bold Type": a title joined
 * to a show the index knows is a title too: the side that is not settled (a stranger, or a known title that
 * needs a cue), when the other is a show that needs none.
 */
function pairedWithKnown(left: ListItem, right: ListItem, index: TitleIndex, cuedTitles: ReadonlySet<string>): ListItem | undefined {
  // A known one-word title needs the pairing as much as a stranger does ("The Sopranos and Yonderland").
  const settled = (side: ListItem) => distinctive(index, side.title) || cuedTitles.has(foldText(side.title).text);
  if (settled(left) && settled(right)) return undefined;
  if (!settled(right) && knownAtJoin(left, true, index, cuedTitles)) return right;
  if (!settled(left) && knownAtJoin(right, false, index, cuedTitles)) return left;
  return undefined;
}

const NOMINATED_AFTER = /^[,.]?\s+(?:(?:all|also|each)\s+)?(?:(?:received|earned|got|scored|picked up|landed|secured)\s+(?:\p{Ll}+\s+)?(?:nominations?|nods?)\b|(?:were|are|have been)\s+(?:also\s+)?nominated\b)/u;
/**
 * "On the comedy side, The Armstrong and Miller Show, The Kevin Bishop Show, … and That Mitchell and Webb
 * Look received nominations": a list of nominees in a television category, named before the verb.
 */
function nominatedTelevision(raw: string, list: ListItem[]): boolean {
  const first = list[0]!;
  const last = list[list.length - 1]!;
  const end = last.index + last.title.length;
  if (!NOMINATED_AFTER.test(raw.slice(end, end + 60))) return false;
  const lineStart = raw.lastIndexOf('\n', first.index) + 1;
  return TV_CATEGORY.test(raw.slice(Math.max(lineStart, first.index - 80), first.index));
}

/**
 * "Spooks and The Street", "Coronation Street and EastEnders": two shows the index knows, not one it does
 * not. Looked up, such a run would hold back the badges of the shows inside it until its answer came.
 */
function joinsKnownShows(key: string, index: TitleIndex): boolean {
  if (!key.includes(' and ')) return false;
  const parts = key.split(' and ');
  return parts.every((part) => index.spelling(part)) || parts.some((part) => !needsCue(part) && index.spelling(part));
}

const SECOND_TITLE_AFTER_AND = /\S\s+and\s+The\s/u;
/** After every other candidate. */
const JOINED_RUN_PRIORITY = 5;

function priorityOf(region: Region, known: boolean, cue: CueCandidate[] | undefined): number {
  if (region === 'headline') return 0;
  if (cue?.some((c) => c.strong)) return known ? 1 : 2;
  return known ? 3 : 4;
}

/** A headline's Title Case run, or a listings line's title, starts right here: its cue marks the title's first word. */
function cueStartsAt(cue: CueCandidate[] | undefined, region: Region, start: number): boolean {
  return !!cue?.some((c) => (region === 'headline' || c.startsThere) && c.at?.region === region && c.at.index === start);
}

function acceptStranger(occurrence: { start: number; end: number }, raw: string, cuedStart: boolean): boolean {
  // Capitalised, or camel-case ("iZombie", "iCarly").
  if (!startsLikeTitle(raw.slice(occurrence.start, occurrence.start + 3))) return false;
  if (namesATime(raw.slice(occurrence.start, occurrence.end), raw, occurrence.end)) return false;
  return isStandaloneMention(raw, occurrence.start, occurrence.end, cuedStart) && !filmCue(raw, occurrence.start, occurrence.end) && !namesACharacter(raw, occurrence.start, occurrence.end);
}

/**
 * A known title in running text is the show only when it is written as a title and nothing says
 * otherwise; an uncued one-word title written as a proper noun is the show only on a page naming others.
 */
type Verdict = 'yes' | 'no' | 'on a TV page';
function acceptKnown(
  occurrence: { start: number; end: number },
  spelling: Spelling,
  raw: string,
  region: Region,
  cue: CueCandidate[] | undefined,
  checks: SpellingChecks,
  formatting: TitleFormatting,
  titlesInCapitals: () => boolean,
): Verdict {
  const written = raw.slice(occurrence.start, occurrence.end);
  if (!checks.writtenAsTitle(spelling, written)) return 'no';
  // "CSI: Medieval", "SVU: The Musical": a short name that heads a longer title is a franchise's, not the show's.
  if (spelling.caseExact && /^:\s*\p{Lu}/u.test(raw.slice(occurrence.end, occurrence.end + 3))) return 'no';
  if (namesATime(written, raw, occurrence.end)) return 'no';
  if (insideLongerQuote(raw, occurrence)) return 'no';
  // Cued right here, not just somewhere on the page: "on a plane to Nashville" is the city even on a
  // page that names the show "Nashville" elsewhere. Checked first: most such hits fail it.
  // "EastEnders", "BoJack": a capital inside the word is a name's own spelling, never an ordinary word's.
  const ownSpelling = /\p{Ll}\p{Lu}/u.test(written);
  // Marked as this very title: a rule put it forward here, or the page formats or quotes it. Worked
  // out only when asked: a large index has thousands of hits on a long page.
  let marked: boolean | undefined;
  const isMarked = () =>
    (marked ??= cuedHere(cue, region, occurrence.start) || (region === 'body' && formatting.covers(occurrence.start, occurrence.end)) || quoted(raw, occurrence));
  // Uncued, but written as a proper noun in a TV paragraph: the show only on a page that names others.
  let onlyOnTvPage = false;
  if (checks.needsCue(spelling) && !ownSpelling) {
    const cued =
      isMarked() ||
      locallyCued(raw, occurrence.start, occurrence.end) ||
      (region === 'body' && capitalTheMidSentence(raw, occurrence.start)) ||
      // "(WEEDS)", "HEROES is kind of screwed": capitals are the page's style for titles.
      (region === 'body' && ALL_CAPITALS.test(written) && titlesInCapitals());
    // A coined name ("Emmerdale", "Westworld") is the show uncued where its paragraph is about TV and
    // the page never writes it as someone's surname.
    if (!cued) {
      const coined = checks.coined(spelling);
      const properNoun = !coined && properNounMidSentence(raw, occurrence.start, occurrence.end);
      if (!(coined || properNoun) || !talksTelevision(raw, occurrence.start, occurrence.end) || checks.namedAsPerson(written)) return 'no';
      onlyOnTvPage = properNoun;
    }
  }
  // "legendary Las Vegas comedian Deborah Vance": a city's name is the city unless the page marks the show.
  if (namesABigPlace(written) && !isMarked() && !locallyCued(raw, occurrence.start, occurrence.end)) return 'no';
  if (!isStandaloneMention(raw, occurrence.start, occurrence.end, cueStartsAt(cue, region, occurrence.start) || cuedAfterNetwork(raw, occurrence.start, cue, region))) return 'no';
  if (filmCue(raw, occurrence.start, occurrence.end) || namesACharacter(raw, occurrence.start, occurrence.end)) return 'no';
  // "to see House of the Dragon": capitals that run on make a longer name, which an uncued hit never stands for.
  if (onlyOnTvPage) return partOfLongerName(raw, occurrence.start, occurrence.end) ? 'no' : 'on a TV page';
  if (cue || !partOfLongerName(raw, occurrence.start, occurrence.end)) return 'yes';
  // Capitals run on after it: only a title marked as this very one stands ("Beverly Hills, 90210" linked);
  // a cue word before the run names the whole run ("titles like Pokémon Detective Pikachu").
  return isMarked() ? 'yes' : 'no';
}


/** Capitals only, three letters at least ("LOST", "30 ROCK"). */
const ALL_CAPITALS = /^(?=(?:[^\p{L}]*\p{Lu}){3})[^\p{Ll}]+$/u;

/**
 * "a space for series (The Sopranos et al)": a capital "The" inside a sentence is a title's own, as a
 * copy editor writes it; at a sentence start it proves nothing ("The bear market…").
 */
function capitalTheMidSentence(raw: string, start: number): boolean {
  if (!raw.startsWith('The ', start)) return false;
  let at = start - 1;
  while (at >= 0 && /[\s(“"‘'[—–-]/u.test(raw[at]!)) {
    if (raw[at] === '\n') return false;
    at--;
  }
  return at >= 0 && !/[.!?:;]/u.test(raw[at]!);
}

/** A cue at this occurrence itself: a rule put it forward here, the page formats or quotes it. */
function cuedAt(occurrence: Occurrence, raw: string, region: Region, cue: CueCandidate[] | undefined, formatting: TitleFormatting): boolean {
  return cuedHere(cue, region, occurrence.start) || (region === 'body' && formatting.covers(occurrence.start, occurrence.end)) || quoted(raw, occurrence);
}

const NETWORK_BEFORE = new RegExp(String.raw`\b${NETWORK}\s+$`, 'u');

/** "an NBC Miami Vice return": a rule read the title right here, after its network's name, which is no part of it. */
function cuedAfterNetwork(raw: string, start: number, cue: CueCandidate[] | undefined, region: Region): boolean {
  const before = raw.slice(Math.max(0, start - 30), start);
  const network = NETWORK_BEFORE.exec(before);
  if (!network) return false;
  // The rule's match starts at the network.
  const networkAt = start - before.length + network.index;
  return !!cue?.some((c) => c.strong && c.at?.region === region && (c.at.index === start || c.at.index === networkAt));
}

/** A cue rule put this title forward at this very place (its cue starts at most a few words before it). */
function cuedHere(cue: CueCandidate[] | undefined, region: Region, start: number): boolean {
  return !!cue?.some((c) => c.at?.region === region && c.at.index <= start && start - c.at.index <= 80);
}

/**
 * The title opens a quotation that goes on past it: “Once Upon A Time in Hollywood” is another title,
 * whatever the index knows by its first words.
 */
function insideLongerQuote(raw: string, at: { start: number; end: number }): boolean {
  const open = raw.charAt(at.start - 1);
  if (open !== '“' && open !== '"') return false;
  const rest = raw.slice(at.end, at.end + 80).split('\n', 1)[0]!;
  if (/^[.,!?]{0,2}[”"]/u.test(rest)) return false;
  // “Criminal Minds, “Elementary,” …: a quote opens again before this one closes, so this one was never
  // closed (a typo in a list of quoted titles), and holds no longer title.
  const reopens = rest.indexOf('“');
  return /[”"]/u.test(reopens >= 0 ? rest.slice(0, reopens) : rest);
}

function quoted(raw: string, at: { start: number; end: number }): boolean {
  return /[“"‘']$/u.test(raw.slice(Math.max(0, at.start - 1), at.start)) && /^[.,!?]?[”"’']/u.test(raw.slice(at.end, at.end + 2));
}

const CUE_NEAR_AFTER = /^(?:['’]s)?[,:]?\s+(?:(?:is|was)\s+(?:a|an|the)\s+(?:[\p{L}-]+,?\s+){0,3}(?:series|show|drama|comedy|sitcom|miniseries|docuseries|thriller|dramedy|procedural|anthology|soap)\b|\((?:\p{Lu}[\p{L}+&! ]{0,20}|(?:19|20)\d\d)\)|[Ss]easons?\b|[Ss]eries\b|S\d|spoilers|recap|review|fans?\b|cast|contestants?|presenter|host|viewers|episodes?\b|stars?\b|creator|alum|showrunner|finale|premiere|spinoff|spin-off|reboot|revival|renewal|cancell?ation|(?:was|has been|is|were|will be|received|earned|got|gets)\s+(?:\w+\s+)?(?:renewed|cancell?ed|axed|renewal|picked up))/u;
const CUE_NEAR_BEFORE = /(?:\b(?:(?:contestants?|appeared|appearing|appears|starred|starring|guest|guested|hosted|hosts|presenter|judge|judges|role)\s+on|series|show|sitcom|drama|comedy|dramedy|miniseries|docuseries|soap|anthology|spinoff|spin-off|renewed|cancell?ed|axed|entitled|titled|called|such as|including|like|include|includes)|['’]s)\s+$/u;
/** A cue right at this occurrence ("Emmerdale spoilers", "the comedy Dave", "Community (NBC)"). */
function locallyCued(raw: string, start: number, end: number): boolean {
  // Within the block: "…Officially renewed\nLost: Could go either way" is no renewal of Lost.
  const after = raw.slice(end, end + 60);
  const before = raw.slice(Math.max(0, start - 40), start);
  return CUE_NEAR_AFTER.test(after.split('\n', 1)[0]!) || CUE_NEAR_BEFORE.test(before.slice(before.lastIndexOf('\n') + 1));
}


export type { IndexMatch };

export interface Placement extends SpotMention {
  ref: ShowRef;
}

/** "spooks and the street" coordinates "spooks": two titles far more often than one, so it holds nothing back. */
const coordinates = (longer: string, shorter: string) => longer.startsWith(`${shorter} and `) || longer.endsWith(` and ${shorter}`);

/**
 * Where badges go once lookups have said which candidates are shows: leftmost-longest among resolved
 * mentions, the first mention of each show in each region, never over a badge already placed.
 */
export function placeMentions(
  mentions: readonly SpotMention[],
  showOf: (key: string) => ShowRef | null | undefined,
  placed: readonly Placement[] = [],
): Placement[] {
  const out: Placement[] = [];
  for (const region of ['headline', 'body'] as const) {
    const taken = new Set(placed.filter((p) => p.region === region).map((p) => showKey(p.ref)));
    const blocked = placed.filter((p) => p.region === region);
    const inRegion = mentions.filter((m) => m.region === region);
    // A longer title still being looked up may turn out to be the show here ("Bosch: Legacy" over "Bosch").
    const waiting = inRegion.filter((m) => showOf(m.key) === undefined);
    const resolved = inRegion
      .map((m) => ({ ...m, ref: showOf(m.key) }))
      .filter((m): m is Placement => !!m.ref)
      .sort((a, b) => a.start - b.start || b.end - a.end);
    let coveredUntil = -1;
    for (const mention of resolved) {
      if (mention.start < coveredUntil) continue;
      if (waiting.some((w) => w.start <= mention.start && w.end >= mention.end && w.end - w.start > mention.end - mention.start && !coordinates(w.key, mention.key))) continue;
      if (blocked.some((p) => p.start < mention.end && mention.start < p.end)) continue;
      coveredUntil = mention.end;
      if (taken.has(showKey(mention.ref))) continue;
      taken.add(showKey(mention.ref));
      out.push(mention);
    }
  }
  return out;
}
