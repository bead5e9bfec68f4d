import { BARE_NETWORK, CLOCK, EPITHET, MONTH, NETWORK, PERSON_NAME } from '../title-patterns';

/**
 * Checks a copy editor would make before calling a capitalised phrase a show: is it written as a
 * title, is it part of a longer name, does the text call it a film, is it page furniture.
 */

const CONNECTORS = new Set(
  'a an and at by de del der des di du for from in into la le les of on or the to und vs vs. with y is are was be it its my your our their this that'.split(' '),
);

/**
 * Whether `written` (the page's text) is capitalised as a title, as the show's `name` is: every word
 * capitalised (or all capitals, as in headlines), connectors either way, lowercase words only where
 * the name has them too ("black-ish", "iCarly").
 */
export function looksLikeTitleAsWritten(written: string, name: string): boolean {
  const nameWords = new Set(name.split(/\s+/).filter((w) => /^\p{Ll}/u.test(w)).map((w) => w.toLowerCase()));
  const words = written.split(/[\s\u00a0]+/).map((w) => w.replace(/^[^\p{L}\p{N}]+/u, '')).filter(Boolean);
  if (!words.length) return false;
  let significant = 0;
  for (const [i, word] of words.entries()) {
    if (/^[\p{Lu}\p{N}]/u.test(word)) {
      significant++;
      continue;
    }
    const lower = word.toLowerCase().replace(/[^\p{L}\p{N}.]+$/u, '');
    if (nameWords.has(lower)) {
      significant++;
      continue;
    }
    // "the Walking Dead": a leading article may be the sentence's own.
    if (CONNECTORS.has(lower) && (i > 0 || lower === 'the' || lower === 'a')) continue;
    return false;
  }
  return significant > 0;
}

const CUE_AFTER = /^(?:[:,]?\s+)(?:Contestant|Contestants|Host|Presenter|Season|Series|Seasons|Episode|Episodes|Part|Chapter|Vol|Volume|S\d|Star|Stars|Creator|Showrunner|Alum|Alums|Cast|Finale|Premiere|Spinoff|Spin-off|Reboot|Revival|Recap|Review|Fans|Live|Returns|Renewed|Cancelled|Canceled)\b/u;
/** The next word is capitalised and joined to the title ("Chicago Fire Department", "Twin Peaks: Fire Walk with Me"). */
export function partOfLongerName(raw: string, start: number, end: number): boolean {
  const after = raw.slice(end, end + 40);
  if (CUE_AFTER.test(after)) return false;
  // "Grey’s Anatomy: A sure thing. Officially renewed": a label, then a sentence, not "Twin Peaks: The Return".
  if (/^:\s+/u.test(after) && SENTENCE_AFTER_COLON.test(after)) return false;
  // "Stranger Things 4 will…": a season's number after a title of two words or more ends it.
  if (/^[ \u00a0]\d{1,2}(?![\d\p{L}.,:/-])(?![ \u00a0]\p{Lu})/u.test(after) && /\s/u.test(raw.slice(start, end).trim())) return false;
  // "The Fall of the House of Usher", "This Week in Fandom", "One Day at a Time": "of", "in", "at a" and a
  // capital carry a name on, unless the capital is a season, a month, a day or an event ("Fargo in Season 5",
  // "Succession at the Emmys").
  if (/^[ \u00a0](?:(?:of|in)[ \u00a0](?:the[ \u00a0])?|at[ \u00a0](?:a|the)[ \u00a0])\p{Lu}/u.test(after) && !NOT_A_NAME_AFTER_IN.test(after)) return true;
  return /^(?::\s+|[ \u00a0]|-)(?:\p{Lu}|\p{Nd})/u.test(after);
}
const NOT_A_NAME_AFTER_IN = new RegExp(
  String.raw`^[ \u00a0](?:of|in|at)[ \u00a0](?:the[ \u00a0]|a[ \u00a0])?(?:Emmys?|Golden Globes?|Globes|Oscars?|BAFTAs?|Baftas?|Comic-Con|SXSW|Sundance|Cannes|Toronto|Tribeca|Upfronts?|Season|Series|Episode|Part|Chapter|Volume|Seasons|Episodes|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Spring|Summer|Autumn|Fall|Winter)\b`,
  'u',
);
/** After a colon, a lowercase word that is no title connector within the next few words: a sentence. */
const SENTENCE_AFTER_COLON = /^:\s+(?:\S+\s+){0,2}(?!(?:of|the|and|a|an|in|on|at|to|for|with|from|or|vs\.?)\b)\p{Ll}/u;

/** Places that are also one-word shows' names ("Dallas", "Manhattan"): the place, unless a cue says the show. */
const PLACES = new Set(
  'America Britain England Scotland Wales Ireland Canada Australia Mexico Europe Africa Asia India China Japan Korea Texas California Florida Hawaii Alaska Manhattan Brooklyn Chicago Dallas Houston Miami Nashville Atlanta Boston Detroit Vegas Hollywood Broadway London Paris Berlin Rome Tokyo Sydney Toronto Vancouver Dublin'.split(' '),
);
/** Cities and countries of two words or more that are also shows' names ("Las Vegas", NBC 2003): the place, unless a cue says the show. */
const MULTI_WORD_PLACES = new Set(
  'Las Vegas|New York|Los Angeles|San Francisco|San Diego|New Orleans|Hong Kong|New Zealand|South Africa|South Korea|North Korea|Great Britain|United States|Northern Ireland|Beverly Hills|Palm Springs|Miami Beach|Long Island|New Jersey|New Mexico|Rhode Island|Salt Lake City|Kansas City|Mexico City|Tel Aviv|Buenos Aires|Rio de Janeiro|Cape Town|Sri Lanka|Costa Rica|Puerto Rico|Saudi Arabia'.split('|'),
);
/** A place's name as the page writes it, for a show that shares it: needs a cue of its own. */
export function namesABigPlace(written: string): boolean {
  return MULTI_WORD_PLACES.has(written.trim());
}
/** Words before a place more often than before a show: "moving to Manhattan", "born in Dallas". */
const PLACE_OR_NAME_BEFORE = /(?:^|\s)(?:in|to|from|at|near|of|the|across|around|outside|inside|into|through|via|by|for|with|on)[ \u00a0]+$/u;
/** A lowercase word or a comma, then the word, as a proper noun stands inside a sentence. */
const INSIDE_SENTENCE_BEFORE = /[\p{Ll},][ \u00a0]+[(“"‘']?$/u;
/** A connector and a capital, or an owner's possessive and a name, after it: a longer name ("Misfits of Science", "The Ringer’s Bill Simmons"). */
const LONGER_NAME_AFTER = /^(?:[ \u00a0]+(?:of|and|&|the|in|on|for|to|at|with|from)[ \u00a0]+[\p{Lu}\p{Nd}]|['’]s[ \u00a0]+\p{Lu}|[ \u00a0]+\p{Lu})/u;
/** A capitalised word and a connector before it: the end of a longer name ("The Death and Life"). */
const LONGER_NAME_BEFORE = /\p{Lu}\S*[ \u00a0]+(?:and|&|of|the|The)[ \u00a0]+$/u;
/**
 * One capitalised word inside a sentence, as a copy editor capitalises a proper noun: "with veteran
 * Frasier moving", "Now in its seventh season, Friends might": not a sentence's first word, not after
 * a preposition (a place, mostly), not inside a longer name.
 */
export function properNounMidSentence(raw: string, start: number, end: number): boolean {
  const word = raw.slice(start, end);
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || PLACES.has(word)) return false;
  const before = raw.slice(Math.max(0, start - 30), start);
  if (!INSIDE_SENTENCE_BEFORE.test(before) || PLACE_OR_NAME_BEFORE.test(before) || LONGER_NAME_BEFORE.test(before)) return false;
  return !LONGER_NAME_AFTER.test(raw.slice(end, end + 30));
}

// A first name before the quotes, a surname after that ends the name; not a headline's "Watch “Severance” Season 2".
const NICKNAME_BEFORE = /(?<![\p{L}'’])(?!(?:Watch|Stream|See|Meet|New|The|An?|In|On|From|About|Review|Recap|Why|How)\b)\p{Lu}\p{Ll}+[ \u00a0][“"‘']$/u;
const NICKNAME_AFTER = /^[”"’'][ \u00a0](?!(?:Season|Series|Episode|Part|Chapter|Stars?|Cast|Finale|Premiere|Review|Recap|Trailer|Renewed|Cancell?ed|Returns|Spoilers|Is|Was|Gets|Has)\b)\p{Lu}\p{Ll}+(?![\p{L}'’]|[ \u00a0]\p{Lu})/u;
const ACTOR_AFTER = new RegExp(String.raw`^ \((${PERSON_NAME})\)`, 'u');
const WHOLE_NETWORK = new RegExp(String.raw`^${NETWORK}$`, 'u');
const PLAYED_BY_AFTER = /^,?\s+(?:(?:will|would|is|was|to)\s+(?:be\s+)?|has been\s+|had been\s+)?(?:played|portrayed)\s+by\b/u;
const RECAST_BEFORE = /\b(?:recasts?|recasting|portrays|portraying|portrayed|the role of)\s+$/u;
/**
 * A character, not a show: "Alice (Olivia Taylor Dudley)", a character and the actor who plays her, as a
 * recap writes them; "Robin Hood will be played by…", "Once Upon a Time recasts Robin Hood".
 */
export function namesACharacter(raw: string, start: number, end: number): boolean {
  if (RECAST_BEFORE.test(raw.slice(Math.max(0, start - 24), start))) return true;
  // A nickname between a first name and a surname: Raymond “Red” Reddington, Dwayne “The Rock” Johnson.
  if (NICKNAME_BEFORE.test(raw.slice(Math.max(0, start - 24), start)) && NICKNAME_AFTER.test(raw.slice(end, end + 24))) return true;
  const after = raw.slice(end, end + 60);
  if (PLAYED_BY_AFTER.test(after)) return true;
  if (raw.charCodeAt(end + 1) !== 0x28) return false;
  const actor = ACTOR_AFTER.exec(after)?.[1];
  return !!actor && !WHOLE_NETWORK.test(actor) && !spellsOut(raw.slice(start, end), actor);
}

/** "BMF (Black Mafia Family)": the words in brackets are what the letters stand for, not an actor. */
function spellsOut(acronym: string, words: string): boolean {
  return /^\p{Lu}{2,6}$/u.test(acronym) && words.split(/\s+/u).map((word) => word[0]).join('') === acronym;
}

// A sequel's number follows the title itself ("Rocky 2"), never a comma: "(Getroud Met Rugby, 4 Mure)" is a list.
// A remake is of a film or a show alike ("the awful “Knight Rider” remake"), so it says nothing.
const FILM_AFTER = /^[”"’']?,?[^\S\n]*(?:\(\s*(?:(?:19|20)\d\d\s+)?(?:film|movie|song|album|novel|book)\s*\)|(?:movie|movies|film|films|sequel|box[- ]office|trilogy|singer|songstress|songwriter|hitmaker|rapper|song|single|album|track|music video|tour|novel|novels|books?|author|podcast|musical|video game)\b)/iu;
// On the same line: the next line's number is the next item's rank ("6. Gentefied\n7. The Stranger").
const SEQUEL_NUMBER_AFTER = /^[”"’']?[^\S\n]*(?:\d\b|II\b|III\b)/u;
/** Words of television talk; a network's name counts too. */
const TV_TALK = new RegExp(
  String.raw`\b(?:[Ss]easons?|[Ss]eries|[Ee]pisodes?|[Ss]itcoms?|[Ss]oaps?|[Dd]ramas?|[Ss]hows?|TV|[Tt]elevision|[Vv]iewers|[Pp]remieres?|[Ff]inale|[Ss]poilers?|[Ss]howrunners?|[Ss]treaming|[Rr]enewed|[Cc]ancell?ed|[Rr]ecaps?|[Cc]haracters?)\b|\b${NETWORK}\b`,
  'u',
);
/** The occurrence's paragraph (its line, up to 600 units either side) talks about television. */
export function talksTelevision(raw: string, start: number, end: number): boolean {
  const lineStart = raw.lastIndexOf('\n', start) + 1;
  const lineEnd = raw.indexOf('\n', end);
  const before = raw.slice(Math.max(lineStart, start - 600), start);
  const after = raw.slice(end, Math.min(lineEnd < 0 ? raw.length : lineEnd, end + 600));
  return TV_TALK.test(before) || TV_TALK.test(after);
}

const FILM_BEFORE = /\b(?:film|movie|films|movies|flick|blockbuster|feature|documentary film|directed|box office|cinemas?|theaters?|theatres?|song|single|album|track|hit|sang|sings|performed|performs|ballad|anthem|novel|book|podcast|musical|play|games?|video games?|comics?|comic books?)\s+(?:version\s+of\s+|adaptation\s+of\s+|(?:like|such as|including)\s+)?[“"‘']?$/iu;
/** Not a work at all: "Australian cult “The Family”", "the band The National", "the restaurant Nobu". */
const THING_BEFORE = /\b(?:cult|sect|band|gang|church|company|firm|charity|restaurant|hotel|app|website|brand|record label)\s+[“"‘']?$/iu;
/**
 * The text itself says another kind of work (or no work): "the Downton Abbey movie", "the 1996 Fargo film",
 * "the “Bad Romance” singer", "the novel Normal People".
 */
export function filmCue(raw: string, start: number, end: number): boolean {
  const after = raw.slice(end, end + 24);
  if (FILM_AFTER.test(after)) return true;
  // "Luther: The Fallen Sun, the movie follow-up", "Fargo, the 1996 film": the film in apposition, after its subtitle if any.
  const subtitle = SUBTITLE_AFTER.exec(raw.slice(end, end + 60))?.[0].length ?? 0;
  if (FILM_IN_APPOSITION.test(raw.slice(end + subtitle, end + subtitle + 40))) return true;
  // "Rocky 2" is a sequel; "the upcoming Stranger Things 4 will bring in viewers", a title of two words or
  // more in a block about television, is a season.
  if (SEQUEL_NUMBER_AFTER.test(after) && !(/\s/u.test(raw.slice(start, end).trim()) && talksTelevision(raw, start, end))) return true;
  const before = raw.slice(Math.max(0, start - 40), start);
  if (THING_BEFORE.test(before)) return true;
  if (!FILM_BEFORE.test(before) || TV_HIT.test(before)) return false;
  // "the hit Chicago Fire" after "airs on Tuesdays": a bare "hit" is the kind of work its sentence talks about.
  return !(BARE_HIT.test(before) && TV_NEARBY.test(raw.slice(Math.max(raw.lastIndexOf('\n', start) + 1, start - 200), start)));
}
/** "“See?” he says": a quotation of speech, not a title in quotes. */
const SAID_AFTER = /^[,.!?…]?[”"’']\s*(?:[,.!?—–-]\s*)?(?:(?:he|she|they|I|we|you)\s+|\p{Lu}[\p{Ll}'’-]+\s+(?:\p{Lu}[\p{Ll}'’-]+\s+)?)(?:says|said|asks|asked|adds|added|replies|replied|tells|told|explains|explained|jokes|joked|notes|noted|laughs|laughed|recalls|recalled|continues|continued)\b/u;
export function spokenQuote(raw: string, end: number): boolean {
  return SAID_AFTER.test(raw.slice(end, end + 40));
}

/** "In season 6, episode 2, “Homecoming,”", "S02E05 ‘The Bear’", "the episode titled “Pilot”": an episode's own title. */
const EPISODE_BEFORE = /\b(?:(?:[Ee]pisode|[Ee]p\.|[Cc]hapter)\s*(?:\d{1,3}\s*)?(?:[,:(–—-]\s*)?|[Ee]pisode,?\s+(?:titled|called|entitled)\s+|S\d{1,2}\s?E\d{1,3}\s*(?:[,:(–—-]\s*)?)[“"‘']$/u;
/** The quoted title right here is an episode's, as a recap writes one ("Homecoming" is a show's name too). */
export function namesAnEpisode(raw: string, start: number): boolean {
  return EPISODE_BEFORE.test(raw.slice(Math.max(0, start - 30), start));
}
const SUBTITLE_AFTER = /^:\s+\p{Lu}[\p{L}'’-]*(?:\s(?:of|the|and|a|in|on|to)?\s?\p{Lu}[\p{L}'’-]*){0,5}/u;
const FILM_IN_APPOSITION = /^,\s+(?:the|a|an)\s+(?:[\p{L}\d-]+\s+){0,2}?(?:movie|film|feature film)\b/u;
const BARE_HIT = /(?:^|\s)(?:the\s+|a\s+|its\s+|their\s+)?hit\s+[“"‘']?$/u;
const TV_NEARBY = /\b(?:airs?|aired|airing|seasons?|series|episodes?|shows?|sitcoms?|dramas?|network|TV|television|renewed|cancell?ed|primetime|schedule)\b/u;
/**
 * "recent ITV hit Litvinenko", "Sky sleeper hit Save Me", "their true crime hit The Salisbury Poisonings":
 * "the BBC’s returning hit Poldark": a hit on television, or of a television genre, is a show.
 */
const TV_HIT = new RegExp(
  String.raw`(?:\b${NETWORK}(?:['’]s)?|\bTV|\bnetwork|\bstreaming|\btelevision|\bcable|\bcrime|\bsitcom|\bsoap|\breality|\bfactual|\bprocedural|\bmedical|\bpolice|\bcop)(?:\s+(?:\p{Ll}[\p{Ll}-]*|(?:19|20)\d\d)){0,2}\s+hit\s+[“"‘']?$`,
  'u',
);

/** Never shows, whatever the catalog says: words people write capitalised for other reasons. */
const JUNK = new Set(
  [
    // interjections and one-word replies
    'hmm', 'yeah', 'yes', 'no', 'oh', 'ok', 'okay', 'wow', 'well', 'so', 'hey', 'ugh', 'lol', 'omg', 'thanks', 'sorry', 'please',
    // page furniture
    'photo', 'photos', 'image', 'images', 'video', 'videos', 'credit', 'getty images', 'advertisement', 'related', 'share', 'comments',
    'read more', 'watch', 'trailer', 'news', 'tv', 'home', 'menu', 'search', 'subscribe', 'newsletter', 'sign up', 'log in',
    // publications and platforms
    'the atlantic', 'the new york times', 'new york times', 'variety', 'deadline', 'tvline', 'the hollywood reporter', 'vulture',
    'twitter', 'instagram', 'facebook', 'youtube', 'tiktok', 'reddit', 'people', 'rotten tomatoes', 'imdb', 'nielsen',
    // networks and services
    'abc', 'nbc', 'cbs', 'fox', 'the cw', 'hbo', 'amc', 'fx', 'netflix', 'hulu', 'disney', 'disney+', 'peacock', 'showtime', 'starz',
    'bbc', 'itv', 'channel 4', 'sky', 'prime video', 'amazon', 'apple tv+', 'paramount+', 'max',
    // roles and generic nouns a possessive puts in capitals ("Netflix's CEO")
    'ceo', 'cfo', 'coo', 'cto', 'vp', 'evp', 'president', 'chairman', 'chief', 'executive', 'spokesperson', 'spokesman', 'spokeswoman',
    'fans', 'viewers', 'subscribers', 'app', 'website',
    // yearly events and ceremonies: broadcasts, but nothing is renewed or cancelled
    'super bowl', 'the super bowl', 'oscars', 'the oscars', 'academy awards', 'the academy awards', 'emmys', 'the emmys', 'emmy awards',
    'golden globes', 'the golden globes', 'grammys', 'the grammys', 'olympics', 'the olympics', 'world cup', 'the world cup',
    'world series', 'the world series', 'stanley cup', 'nba finals', 'wimbledon', 'tony awards', 'the tony awards', 'baftas', 'the baftas',
    'bafta', 'bafta tv awards', 'the bafta tv awards', 'emmy', 'golden globe', 'grammy', 'oscar',
    'golden globe awards', 'the golden globe awards', 'the emmy awards', 'primetime emmy awards', 'the primetime emmy awards',
    'grammy awards', 'the grammy awards', 'bafta awards', 'the bafta awards', 'critics choice awards', 'the critics choice awards',
    'sag awards', 'the sag awards', 'screen actors guild awards', 'the screen actors guild awards',
    // pronouns, contractions and other words a sentence opens with ("Let’s recap", "I’ve seen", "Its cast")
    'i', 'i’ve', "i've", 'i’d', "i'd", 'i’m', "i'm", 'its', 'this', 'that', 'these', 'those', 'not', 'get', 'let', 'more', 'most',
    'her', 'his', 'their', 'our', 'we', 'they', 'here', 'there', 'what', 'it', 'he', 'she',
  ],
);
/** Days, months, "Tonight": the show of that name ("Wednesday", "Today") only where a show's own cue follows. */
const CALENDAR = new Set(
  'monday tuesday wednesday thursday friday saturday sunday today tonight tomorrow january february march april may june july august september october november december'.split(' '),
);
const CALENDAR_SHOW_AFTER =
  /^(?:['’]s)?:?\s+(?:[Ss]easons?\s+(?:\d|one|two|three|four|five)|[Ss]eries\s+\d|S\d|star\b|stars\b|cast\b|creator|showrunner|fans\b|finale|premiere|spoilers|recap|review|episodes?\b|(?:was |has been |is |will be )?(?:[Rr]enewed|[Cc]ancell?ed)|[Ff]or (?:(?:a|an|its) \w+ [Ss]eason|[Ss]eason \d))/u;

/**
 * A time, not a show, at this place (a clock time always): a day or month unless a show's own cue follows it ("Wednesday
 * season 2", "renewed Wednesday for a second season"; a possessive before it is no cue: "NBC's
 * Wednesday lineup"), and a time of year before "season" ("It's the Fall Season"; "The Fall season 2"
 * has a number).
 */
export function namesATime(written: string, raw: string, end: number): boolean {
  // "Inside Buckingham Palace Prime, 7.30": a clock time, whatever show shares it.
  if (WHOLE_CLOCK.test(written.trim())) return true;
  if (CALENDAR.has(written.trim().toLowerCase())) return !CALENDAR_SHOW_AFTER.test(raw.slice(end, end + 40)) && !creditAfterName(raw, end - written.length, end);
  return TIME_OF_YEAR.test(written) && /^\s+[Ss]eason\b(?!\s+\d)/u.test(raw.slice(end, end + 12));
}
const WHOLE_CLOCK = new RegExp(String.raw`^${CLOCK}$`, 'u');
/** "Christina Ricci (Wednesday), Tawny Cypress (House of Cards)": alone in brackets after a name, a credit. */
function creditAfterName(raw: string, start: number, end: number): boolean {
  return /\p{Lu}[\p{Ll}'’-]+ \p{Lu}[\p{Ll}'’-]+ \($/u.test(raw.slice(Math.max(0, start - 40), start)) && raw.charAt(end) === ')';
}
const TIME_OF_YEAR = /^(?:the\s+)?(?:fall|summer|winter|spring|autumn|holiday|festive|awards|pilot|upfronts?)$/iu;

const WHOLE_BARE_NETWORK = new RegExp(String.raw`^${BARE_NETWORK}$`, 'iu');
// "Watch: the trailer", "Watch Now", not "Watch What Happens Live"; "Created by Ashley Lyle and Bart Nickerson", a credit line.
const FURNITURE = /^(?:photo|image|credit|source|via|follow|(?:created|written|directed|produced) by|watch(?=\s*:|\s*$|\s+(?:now|the|this|here|it|live|more|full|video|trailer|online|free)\b)|read|listen|subscribe|sign up|click|tap|getty|ap photo|reuters)\b/iu;

/** "8-10 P.M", "9 p.m.": a schedule's hours. */
const HOURS = /^\d{1,2}(?:[:.]\d\d)?(?:\s*[-–]\s*\d{1,2}(?:[:.]\d\d)?)?\s*[apAP]\.?[mM]\.?$/u;

/** Never a show; a calendar word is checked at its place instead (see `namesATime`). */
export function isJunkTitle(title: string): boolean {
  const trimmed = title.trim();
  if (JUNK.has(trimmed.toLowerCase().replace(/[.!?]+$/u, ''))) return true;
  // A network alone ("Hamish Blake, Lego Masters Australia, Nine": its last item).
  if (WHOLE_NETWORK.test(trimmed) || WHOLE_BARE_NETWORK.test(trimmed)) return true;
  // "Oscar-winning" alone: an epithet whose noun was cut off.
  if (FURNITURE.test(trimmed) || HOURS.test(trimmed) || EPITHET.test(trimmed)) return true;
  return /\b(?:on twitter|on instagram|on facebook|getty images|\/ ?getty)\b/iu.test(title);
}


/** The words of TV talk and page furniture, folded: what a headline, a section label or an awards category is made of. */
const TALK_WORDS = new Set(
  `season seasons series episode episodes renewed renewal renewals cancelled canceled cancellation cancellations revival revivals
  released release releases returning returns return recap recaps review reviews spoiler spoilers ahead miniseries program programs
  programme programmes show shows tv television news trending stories story tools print single page popular
  list honorable mention scorecard roundup pilot pilots primetime ratings premiere premieres finale finales coming back streaming
  originals week anticipated part new latest more top best most
  drama dramas comedy comedies mini mini-series international leading supporting actor actress actors actresses male female
  performance performances award awards nominees nominations winners bafta baftas emmy emmys outstanding debut debuts
  buzz announce announces announced platform ott date rest bubble very these what whats sitcom sitcoms guide schedule
  schedules lineup slate upfront upfronts cable broadcast viewers viewership`.split(/\s+/),
);
/** Words that join TV talk ("Shows After Just One Season") but alone name nothing: "The 100", "The First 48" are titles. */
const TALK_JOINERS = new Set(
  `the of a and to for in on all this first second third final last next
  after just only before since with from at by than ever now again still so far yet`.split(/\s+/),
);
const ENDS_ON_A_DATE = new RegExp(String.raw`(?:^|\s)${MONTH}\s+\d{1,4}(?:st|nd|rd|th)?$`, 'iu');

/**
 * A title the index does not know that names no work: only words of TV talk, with numbers and joiners ("Season 8",
 * "Spoilers Ahead", "New TV Shows", "Shows After Just One Season"), or a date ("Released: May 2019", "September 27").
 * Never looked up: a lookup would spend the rate limit on it.
 */
export function namesNoWork(key: string): boolean {
  if (ENDS_ON_A_DATE.test(key)) return true;
  // A number alone is a title ("1923", "24").
  const words = key.split(' ');
  return words.some((word) => TALK_WORDS.has(word)) && words.every((word) => TALK_WORDS.has(word) || TALK_JOINERS.has(word) || /^\d+$/u.test(word));
}
