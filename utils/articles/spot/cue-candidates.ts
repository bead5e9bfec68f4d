import { foldTitle } from '../../title-index/fold';
import type { ArticleReading, Region } from '../reading';
import { CLOCK, NETWORK, PERSON_NAME, WHOLE_TITLE, cleanCandidate, personTitleLineStarts, titleCandidatesAt, withoutNetworkPrefix } from '../title-patterns';
import { isJunkTitle } from './gates';
import { isTitleCase } from './title-case-text';

/** A title some cue in the page puts forward: a pattern of news writing, formatting or the page's tags. */
export interface CueCandidate {
  key: string;
  title: string;
  /** A pattern or formatting marks it as a title, not just capitals. */
  strong: boolean;
  /** Where the cue matched, when it is in the text (not for tags): at or shortly before the title. */
  at?: { region: Region; index: number };
  /** The cue says the title starts exactly at `at`, whatever capitals come before ("on KDVR The Gifted"). */
  startsThere?: boolean;
  /** An actor's credit in parentheses: where its sentence starts, which its other credits share. */
  creditsOf?: number;
}

/**
 * Show pages on news and catalog sites, and title pages on catalogs and services (IMDb, Netflix, Prime
 * Video…, films too: the lookup tells): links to them name a show.
 */
export const SHOW_LINK =
  /\/(?:tv|tv-shows?|shows?|series)\/|imdb\.com\/title\/|netflix\.com\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?title\/|primevideo\.com\/(?:[a-z-]+\/)?detail\/|amazon\.[a-z.]+\/(?:gp\/video\/detail|[^/]+\/dp)\/|tv\.apple\.com\/(?:[a-z]{2}\/)?show\//i;
// An apostrophe inside a word ("‘It’s A Sin’", "‘Grey’s Anatomy’") closes no quote.
const SINGLE_QUOTED = /(?<![\p{L}\p{N}'’])[‘']([\p{Lu}\p{Nd}](?:[^’'\n]|['’](?=\p{L})){1,79})[’'](?![\p{L}\p{N}])/gu;
/**
 * A block that is nothing but a title (a listicle's entry, a heading): "Modern Family", "Scandal = Renewed",
 * "The Bear – FX/Hulu", "The Simpsons - FOX - Renewed",
 * "Slow Horses, Apple TV+", "Truckers, BBC1", a best-episodes entry ("The Americans, “Do Mail Robots Dream Of
 * Electric Sheep?”"), numbered as listicles number them ("1. Succession",
 * "#3 The Bear", "No. 10: Barry", "2- What We Do in the Shadows").
 */
const NUMBERING = String.raw`(?:\d{1,3}[.):]\s+|\d{1,3}[-–]\s+|#\d{1,3}[.):]?\s+|No\.\s?\d{1,3}[.:]?\s+)?`;
const BLOCK_TITLE = new RegExp(
  String.raw`^${NUMBERING}[“"‘']?([^\n]{2,80}?)[”"’']?(?:\s*(?:[=:–—-]\s*(?:${NETWORK}\s*[=:–—-]\s*)?[\p{L}\p{N}+/&!]+(?:\s[\p{L}\p{N}+/&!]+){0,2}|\((?:[^()\n]{1,30})\)|,\s*\p{Lu}[\p{L}\d+]*(?:\s\p{Lu}[\p{L}\d+]*)?|,\s*[“"‘][^”"’\n]{1,80}[”"’]))?[.!]?$`,
  'u',
);
const QUOTED_INSIDE = /[\s(][‘“"'][\p{Lu}\p{Nd}]/u;
/** The whole heading, numbering and quotes aside: "Star Trek: Strange New Worlds" is one title, not "Star Trek". */
const WHOLE_BLOCK = new RegExp(String.raw`^${NUMBERING}[“"‘']?([^\n]{2,80}?)[”"’']?[.!]?$`, 'u');

/** What follows a show's name in a heading about one season of it: ": Season 3", " – Series 2", ": Part 1". */
const SHOW_PART = String.raw`(?:[Ss]eason|[Ss]eries|[Pp]art|[Vv]olume|[Vv]ol\.|[Cc]hapter|[Ee]pisode|SEASON|SERIES)`;
const PART_OF_A_SHOW = new RegExp(String.raw`^\s*[:–—-]\s*${SHOW_PART}\s+\S+$`, 'u');
/** The same at the end of a candidate: "Melissa & Joey: Season 3", "Chasing Life: Season 1a". */
const SEASON_TAIL = new RegExp(String.raw`\s*[:,–—-]\s*${SHOW_PART}\s+\d{1,2}[ab]?$`, 'u');

/** One episode's page: a recap, an episode, a season's premiere or finale. */
const EPISODE_PAGE = /\b(?:[Rr]ecap|RECAP|[Ee]pisode\s+\d+|S\d{1,2}\s?E\d{1,2}|(?:[Ss]eason|[Ss]eries)\s+(?:\d+\s+)?(?:[Pp]remiere|[Ff]inale))\b/u;

function* wholeBlockTitles(reading: ArticleReading, region: Region | null, text: string): Generator<[number, string, boolean?]> {
  if (region !== 'body') return;
  const headline = (reading.headline || reading.pageTitle).trim();
  // A recap's headings are its sections ("Homecoming", "The Battle"), named by the writer or after the episode.
  const sectionHeadings = EPISODE_PAGE.test(headline);
  const awardsLines = personTitleLineStarts(text);
  for (const [i, block] of reading.blocks.entries()) {
    const end = reading.blocks[i + 1]?.start ?? text.length;
    if (block.kind === 'caption' || awardsLines.has(block.start)) continue;
    if (end - block.start > 90) {
      const label = verdictLabel(text.slice(block.start, Math.min(end, block.start + 300)), i < 3);
      if (label) yield [block.start + label.at, label.title];
      continue;
    }
    const line = text.slice(block.start, end).trim();
    // The page's own copy of its headline is the headline, whose runs are read as a headline's.
    if (line === headline) continue;
    const lineAt = block.start + text.slice(block.start, end).indexOf(line);
    const networkLine = networkLineTitles(line);
    if (networkLine.length) {
      for (const [offset, title] of networkLine) yield [lineAt + offset, title];
      continue;
    }
    const listed = listingTitles(line);
    if (listed.length) {
      // A listings line's layout says where its title starts: the station's call sign before it is no part of it.
      for (const [offset, title] of listed) yield [lineAt + offset, title, true];
      continue;
    }
    if (sectionHeadings && block.kind === 'heading') continue;
    const title = BLOCK_TITLE.exec(line)?.[1]?.trim();
    // "Creator: Misha Green", "Coming to Netflix: Friday": a field's label and its value, no title.
    if (title && FIELD_LABELS.has(title.toLowerCase())) continue;
    // A heading that quotes a title inside it is a headline ("Sarah Drew to Exit 'Grey's Anatomy'"): the quotes say which part.
    if (title && WHOLE_TITLE.test(title) && !QUOTED_INSIDE.test(title)) {
      yield [block.start, title];
      // The lookups settle which is the show: the longer one that is wins its place ("Bosch: Legacy"), but a
      // season's number after it is no part of any title ("Melissa & Joey: Season 3").
      const whole = WHOLE_BLOCK.exec(line)?.[1]?.trim();
      if (whole && whole !== title && WHOLE_TITLE.test(whole) && !PART_OF_A_SHOW.test(whole.slice(title.length))) yield [block.start, whole];
    } else {
      const label = verdictLabel(text.slice(block.start, end), i < 3);
      if (label) yield [block.start + label.at, label.title];
    }
  }
}

/** "6:00pm: Seven News – Ch7": the time, the show, a dash and its channel. */
const LISTING_TIME_FIRST = new RegExp(String.raw`^${CLOCK}\s*[:–—-]?\s+(.{2,60}?)\s+[–—|-]\s+\S.{0,24}$`, 'u');
/** "Criminal Minds TVNZ 1, 8.30", "Kin, RTÉ One, 9:30pm": the show and its channel, then the time. */
const LISTING_TIME_LAST = new RegExp(String.raw`^([^\p{L}\p{N}“"‘']{0,3})(.{2,60}?),?\s+${CLOCK}$`, 'u');
const CHANNEL_WORD = /^(?:\p{Lu}[\p{L}\d+!]*|\d{1,2})$/u;
/**
 * "7 p.m. on KDVR The Gifted", "8:01 p.m. on ABC Station 19": a syndicated US listings heading, the hour,
 * the station (a network, or a call sign: four capitals from K or W) and the show.
 */
const LISTING_ON_STATION = new RegExp(
  String.raw`^\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\.?\s+on\s+(?:${NETWORK}|[KW][A-Z]{2,3}(?:-(?:TV|DT|CD))?)\s+(\S.{1,60})$`,
  'u',
);

/**
 * "2 Jamestown – tonight 9pm, Sky One", "4 Collateral – Mon 9pm, BBC2", "1 My Next Guest Needs No Introduction from
 * today, Netflix": a what-to-watch list's entry, its rank, the title, when it is on and where (the i, 2018).
 */
const DAY = String.raw`(?:tonight|today|tomorrow|(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)(?:day)?|Weekdays|Weeknights)`;
const WATCH_ENTRY = new RegExp(
  String.raw`^(?:\d{1,2}[.)]?\s+)?(\S.{1,60}?)\s+(?:[–—-]\s+(?:from\s+)?${DAY}(?:\s+\d{1,2}(?:[.:]\d\d)?\s*[ap]\.?m\.?)?|from\s+${DAY}),\s+${NETWORK}$`,
  'u',
);
/** "8 p.m. - Chicago Med", "8-10 P.M. – The Voice", "9:30 p.m. – SUNNYSIDE": a network's schedule, a slot a line. */
const SCHEDULE_SLOT = /^\d{1,2}(?:[:.]\d\d)?(?:\s*[-–]\s*\d{1,2}(?:[:.]\d\d)?)?\s*(?:[ap]\.?m\.?|[AP]\.?M\.?)(?:\s+ET(?:\/PT)?)?\s*[:–—-]\s+(\S.{1,60})$/u;
/** "7. Cocomelon Netflix 741 18", "3. The Sandman (2022) Netflix 1,021 11": a chart's line, its rank, the title, the platform, the figures. */
const CHART_LINE = new RegExp(String.raw`^${NUMBERING}(\S.{1,60}?)(?:\s+\((?:19|20)\d\d\))?\s+${NETWORK}(?:\s+\d[\d.,]*[%mMkK]?){1,4}$`, 'u');

/**
 * A line of a listings guide or a chart, one show a line. With the time last the channel's words run on after the
 * title ("Instinct Prime"), so the title is also put forward without its last word or two: the lookup
 * says which is the show.
 */
function listingTitles(line: string): Array<[number, string]> {
  const station = LISTING_ON_STATION.exec(line);
  if (station && WHOLE_TITLE.test(station[1]!)) return [[line.length - station[1]!.length, station[1]!]];
  const entry = WATCH_ENTRY.exec(line);
  if (entry && WHOLE_TITLE.test(entry[1]!)) return [[line.indexOf(entry[1]!), entry[1]!]];
  const chart = CHART_LINE.exec(line);
  if (chart && WHOLE_TITLE.test(chart[1]!)) return [[line.indexOf(chart[1]!, line.length - chart[0].length), chart[1]!]];
  const first = LISTING_TIME_FIRST.exec(line);
  if (first && WHOLE_TITLE.test(first[1]!)) return [[line.indexOf(first[1]!), first[1]!]];
  // No channel after the title: the whole rest of the line is the show.
  const slot = SCHEDULE_SLOT.exec(line);
  if (slot && WHOLE_TITLE.test(slot[1]!)) return [[line.length - slot[1]!.length, slot[1]!]];
  const last = LISTING_TIME_LAST.exec(line);
  if (!last) return [];
  const offset = last[1]!.length;
  // "Magpie Murders, BBC One, 9.15pm": the channel set off by a comma, up to three words of it.
  const comma = last[2]!.lastIndexOf(', ');
  if (comma > 0 && last[2]!.slice(comma + 2).split(' ').every((word, i) => i < 3 && CHANNEL_WORD.test(word))) {
    const title = last[2]!.slice(0, comma);
    return WHOLE_TITLE.test(title) ? [[offset, title]] : [];
  }
  if (!WHOLE_TITLE.test(last[2]!)) return [];
  const words = last[2]!.split(' ');
  const out: Array<[number, string]> = [[offset, last[2]!]];
  for (let drop = 1; drop <= 2 && drop < words.length; drop++) {
    if (!CHANNEL_WORD.test(words[words.length - drop]!)) break;
    const title = words.slice(0, words.length - drop).join(' ').replace(/[,:–—-]$/u, '');
    if (WHOLE_TITLE.test(title)) out.push([offset, title]);
  }
  return out;
}

/** "ABC: Imaginary Mary, Time After Time", "CBS: Pure Genius": a roundup's line of one network's shows. */
const NETWORK_LINE = new RegExp(String.raw`^${NETWORK}:\s+(\S.*)$`, 'u');
const LINE_ITEM_SEPARATOR = /,\s+(?:and\s+)?|\s+and\s+/u;

/** The titles of a network's line, each with where it starts; none unless every item reads as a title. */
function networkLineTitles(line: string): Array<[number, string]> {
  const items = NETWORK_LINE.exec(line)?.[1];
  if (!items) return [];
  const out: Array<[number, string]> = [];
  let from = line.length - items.length;
  for (const item of items.replace(/[.;]$/u, '').split(LINE_ITEM_SEPARATOR)) {
    if (!WHOLE_TITLE.test(item)) return [];
    from = line.indexOf(item, from);
    out.push([from, item]);
    from += item.length;
  }
  return out;
}

/** "Grey’s Anatomy: A sure thing. Officially renewed": a scorecard's entry, its title before the colon. */
const VERDICT_LINE = /^(\s*)([^:\n]{2,60}?):\s+(\S[^\n]*)/u;
const VERDICT_WORDS =
  /\b(?:[Rr]enew(?:ed|al)|[Cc]ancell?(?:ed|ation)|[Ee]nd(?:ed|ing|s)|[Rr]eturn(?:s|ing)?|[Bb]ubble|[Pp]ick(?:ed )?up|[Oo]rdered|[Pp]remieres?|[Dd]ebuts?|[Ss]easons?|[Ss]ure thing|[Ss]afe bet|[Ll]ong[- ]shot|either way|[Tt]oo early|[Ff]inal|[Aa]xed|[Ss]aved)\b/u;
/**
 * "The Americans: After breaking into the major categories last year, the FX drama retained…": a
 * snub list's entry, whose first sentence calls it a network's show (TV Guide, 2017).
 */
const THE_NETWORKS_KIND = new RegExp(String.raw`\bthe\s+${NETWORK}\s+(?:\p{Ll}+\s+)?(?:drama|series|show|comedy|sitcom|miniseries|docuseries|anthology|thriller)\b`, 'u');
/** Labels of a fact sheet or a news page, not titles: "Released: February 2020", "EXCLUSIVE: …". */
const FIELD_LABELS = new Set([
  ...'released status premiere premiered network starring cast verdict seasons episodes creator creators genre rating runtime date time channel platform stream watch renewed cancelled canceled ended update note breaking exclusive warning spoilers photo video listen'.split(' '),
  'where to watch', 'bottom line', 'spoiler alert', 'editor’s note', "editor's note", 'read more',
  'coming to netflix', 'leaving netflix', 'new on netflix', 'coming soon', 'available now', 'showrunner', 'showrunners', 'writer', 'writers', 'director', 'directors', 'starring',
]);
/** "THE MILLERS.  This comes from Greg Garcia…": a review's entry, its title in capitals as a lead-in. */
const CAPS_LEAD_IN = /^(\s*)([A-Z][A-Z\d'’&!?-]*(?: [A-Z\d][A-Z\d'’&!?-]*){0,7})[.:—–]\s+\p{Lu}/u;

/** "LONDON: The official list…", "NEW YORK — …": a dateline opens a story's first paragraphs, not a title. */
const DATELINE = /^\s*[A-Z][A-Z .'’-]{1,30}(?:,\s*[A-Z][A-Za-z. ]{1,20})?(?:\s*\((?:AP|Reuters|AFP|PA)\))?\s*(?::|—|–|-\s)/u;

function verdictLabel(block: string, opening = false): { at: number; title: string } | null {
  const lead = CAPS_LEAD_IN.exec(block);
  if (lead && /[A-Z]{3}/u.test(lead[2]!) && !FIELD_LABELS.has(lead[2]!.toLowerCase()) && !(opening && DATELINE.test(block))) {
    return { at: lead[1]!.length, title: lead[2]! };
  }
  const m = VERDICT_LINE.exec(block);
  if (!m || FIELD_LABELS.has(m[2]!.trim().toLowerCase())) return null;
  if (!VERDICT_WORDS.test(m[3]!) && !THE_NETWORKS_KIND.test(m[3]!.split(/[.!?](?:\s|$)/u, 1)[0]!)) return null;
  const title = m[2]!.trim();
  return WHOLE_TITLE.test(title) ? { at: m[1]!.length, title } : null;
}

const WITH_HOST = new RegExp(String.raw`^(\S.{1,60}?) with ${PERSON_NAME}$`, 'u');
const SPECIAL = /^(\S.{1,60}?)\s+(?:(?:Celebrity|Christmas|Holiday|Halloween|Easter|New Year['’]s|Anniversary|Reunion|Live)\s+)?Special$/u;
/**
 * The title without what a schedule adds to it: a host's name ("Newswipe with Charlie Brooker", "Last
 * Week Tonight with John Oliver"), which may or may not be part of the title, or an occasion ("The Hit
 * List Celebrity Special"). Both are put forward and the lookup settles.
 */
export function coreTitle(title: string): string | null {
  const core = WITH_HOST.exec(title)?.[1] ?? SPECIAL.exec(title)?.[1];
  return core && !isJunkTitle(core) ? core : null;
}

export function cueCandidates(reading: ArticleReading): CueCandidate[] {
  const found: CueCandidate[] = [];
  const push = (raw: string | null, strong: boolean, at?: CueCandidate['at'], startsThere = false, creditsOf?: number) => {
    // A season is no part of the title (SEASON_TAIL).
    const title = raw && withoutNetworkPrefix(raw).replace(SEASON_TAIL, '');
    if (!title || isJunkTitle(title)) return;
    const key = foldTitle(title);
    if (key.length >= 2) {
      found.push({ key, title, strong, ...(at ? { at } : {}), ...(startsThere ? { startsThere } : {}), ...(creditsOf !== undefined ? { creditsOf } : {}) });
    }
    const core = coreTitle(title);
    if (core) found.push({ key: foldTitle(core), title: core, strong, ...(at ? { at } : {}) });
  };
  const headline = reading.headline || reading.pageTitle;
  const headlineRegion: Region | null = reading.headline ? 'headline' : null;
  const body = withoutCaptions(reading);
  for (const [region, text] of [[headlineRegion, headline], ['body', body]] as const) {
    const at = (index: number) => (region ? { region, index } : undefined);
    // A Title Case headline capitalises every word, so capitals there prove nothing: its candidates
    // count only when the body names them too ("Grey's Anatomy Renewed Through Season 17").
    const titleCase = region !== 'body' && isTitleCase(text);
    for (const [index, title, weak, creditsOf] of titleCandidatesAt(text)) {
      if (titleCase && !body.includes(title)) continue;
      push(title, !weak, at(index), false, region === 'body' ? creditsOf : undefined);
    }
    // ‘X’ and 'X' are house style for titles at several outlets (headlines, UK papers, listicles).
    let quotesTitles = false;
    for (const match of text.matchAll(SINGLE_QUOTED)) {
      // ‘Poker Face,’ ‘The Bear,’ and ‘The Great’: American style puts the comma inside the quotes.
      const inner = match[1]!.replace(/[,.]$/u, '');
      if (!WHOLE_TITLE.test(inner)) continue;
      push(cleanCandidate(inner, true), true, at(match.index));
      quotesTitles = true;
    }
    for (const [index, title, startsThere] of wholeBlockTitles(reading, region, text)) push(title, true, at(index), startsThere);
    // "Fall TV Review Guide 2016 Final Round: ‘The Crown,’ ‘Dirk Gently,’ & More": a headline that quotes
    // its titles quotes them all, so its other runs are the headline's own words.
    if (titleCase && !quotesTitles) {
      for (const [index, run] of headlineRuns(text)) {
        // "Why Slow Horses Is…": the body names "Slow Horses"; "How I Met Your Father" stays whole.
        const title = body.includes(run) ? run : cleanCandidate(run);
        if (title && body.includes(title)) push(title, true, at(index));
      }
    }
  }
  for (const span of reading.spans) {
    if (span.kind === 'bold') continue;
    if (span.kind === 'link' && !SHOW_LINK.test(span.href ?? '')) continue;
    const text = reading.body.slice(span.start, span.end).trim();
    if (text.length > 80 || text.split(/\s+/).length > 8 || !WHOLE_TITLE.test(text)) continue;
    push(cleanCandidate(text, true), true, { region: 'body', index: span.start });
  }
  const text = `${headline}\n${reading.body}`;
  for (const tag of reading.tags) {
    if (tag.length <= 80 && WHOLE_TITLE.test(tag) && text.includes(tag)) push(cleanCandidate(tag), true);
  }
  return found;
}

/** The body with caption and credit blocks blanked out (offsets kept): bylines are not where shows are named. */
function withoutCaptions(reading: ArticleReading): string {
  const { blocks, body } = reading;
  if (!blocks.some((b) => b.kind === 'caption')) return body;
  let out = '';
  for (const [i, block] of blocks.entries()) {
    const end = blocks[i + 1]?.start ?? body.length;
    const part = body.slice(block.start, end);
    out += block.kind === 'caption' ? part.replace(/[^\n]/g, ' ') : part;
  }
  return body.slice(0, blocks[0]?.start ?? 0) + out;
}

/**
 * The words a Title Case headline puts between its titles ("The Bear Renewed for Season 4 at FX",
 * "HBO Cancels Westworld After Four Seasons", "Severance Star Adam Scott Talks Season 2"): verbs of
 * renewal news, "Season", "Star", "Recap" and their kind. Connectors are no break: titles have them.
 */
const HEADLINE_BREAK = new Set(
  'Renewed Renews Renew Renewal Cancelled Canceled Cancels Cancel Cancellation Axed Axes Ordered Orders Picked Revived Revives Season Seasons Series Episode Episodes Finale Premiere Premieres Recap Review Trailer Teaser Star Stars Creator Creators Showrunner Showrunners Cast Casts Boss Gets Lands Sets Returns Return Ends Ending Teases Talks Reveals Explains Says Confirms Is Are Will Has Have Was Were Won’t Won\'t Isn’t Isn\'t Release Date Spoilers Exclusive First Look Photos Video Interview Watch Plus Joins Join Joining Exit Exits Exiting Leaves Leaving Departs Adds Taps Books Boards Signs Casting News Updates Update One Two Three Four Five Six Seven Eight Nine Ten'.split(' '),
);
/** After these the next run is a person ("Severance Star Adam Scott"), not a title. */
const PERSON_NEXT = new Set('Star Stars Creator Creators Showrunner Showrunners Boss'.split(' '));
const EDGE_CONNECTOR = /^(?:for|at|after|to|on|with|by|in|of|and|or|as|from|into|over|than|vs\.?)$/iu;

/** Runs of words between a Title Case headline's break words, each trimmed of connectors at its edges. */
function* headlineRuns(headline: string): Generator<[number, string]> {
  const words = [...headline.matchAll(/[^\s:;,!?|–—]+|[:;,!?|–—]/gu)];
  let run: RegExpExecArray[] = [];
  let personNext = false;
  const flush = function* (): Generator<[number, string]> {
    let first = 0;
    let last = run.length - 1;
    // A connector may start a title only at the headline's start ("For All Mankind Renewed…").
    while (first <= last && run[first]!.index > 0 && EDGE_CONNECTOR.test(run[first]![0])) first++;
    while (last >= first && (EDGE_CONNECTOR.test(run[last]![0]) || /^the$/iu.test(run[last]![0]))) last--;
    if (first <= last && !personNext) {
      const start = run[first]!.index;
      yield [start, headline.slice(start, run[last]!.index + run[last]![0].length).replace(/['’]s$/u, '')];
    }
    run = [];
  };
  for (const word of words as RegExpExecArray[]) {
    const bare = word[0].replace(/^[“"‘']+|[”"’'.]+$/gu, '');
    // A quoted title starts a run of its own ("Sarah Drew to Exit 'Grey's Anatomy'"); a spaced hyphen breaks one.
    if (/^[“"‘']/u.test(word[0]) && run.length) {
      yield* flush();
      personNext = false;
    }
    if (/^(?:[:;,!?|–—]|-)$/u.test(word[0]) || HEADLINE_BREAK.has(bare) || /^\d/u.test(bare)) {
      if (run.length) {
        yield* flush();
        personNext = false;
      }
      personNext ||= PERSON_NEXT.has(bare);
    } else run.push(word);
  }
  yield* flush();
}

