import { AUDIENCE_FIGURE, ORDINAL, WHOLE_TITLE } from '../title-patterns';
import { sentences } from './sentences';

/**
 * Lists of titles in running text, the way roundups write them: "Crazy Ex-Girlfriend, Jane the Virgin,
 * The Flash, iZombie and Arrow will all be back", "Fox: APB, Making History, Sleepy Hollow". Each item
 * with where it starts; whether the list is one of shows is for the caller to judge.
 */
export interface ListItem {
  index: number;
  title: string;
}

// "&" is no separator: titles have it ("Julie & The Phantoms", "Grace & Frankie", "Law & Order").
const SEPARATOR = /,\s+(?:and\s+|or\s+|&\s+)?|\s+(?:and|or|as well as)\s+/gu;
const MAX_ITEM_WORDS = 8;
/** Leading words of a first item that belong to the sentence ("The CW also picked up Riverdale"). */
const WORD = String.raw`(?:[\p{Lu}\p{Nd}]|\p{Ll}{1,2}\p{Lu})[\p{L}\p{Nd}'’*&!?.\-]*`;
const CONNECTOR = String.raw`(?:of|the|and|a|an|in|on|to|for|with|from|or|&)(?=\s)`;
const RUN = String.raw`${WORD}(?:\s+(?:${CONNECTOR}\s+)*${WORD})*`;
const TITLE_TAIL = new RegExp(String.raw`(?:^|\s)(${RUN})$`, 'u');
const TITLE_HEAD = new RegExp(String.raw`^(${RUN})`, 'u');
const ITEM = new RegExp(String.raw`^${RUN}$`, 'u');
const SEASON_OF = new RegExp(String.raw`^(?:the\s+)?(?:${ORDINAL}\s+season|season\s+\d{1,2})\s+of\s+`, 'u');
const LOWERCASE_THE = /^the \p{Lu}/u;
/** "Fox: APB, Making History": a label before the first item. */
const LABEL = /^[\p{Lu}][\p{L}+]*(?:\s[\p{Lu}][\p{L}+]*)?:\s+/u;

/** "Timeless! Supergirl! X-Files! and more": a headline's run of titles, each cried out; three at least. */
const EXCLAIMED_ITEM = String.raw`[\p{Lu}\p{Nd}][\p{L}\p{Nd}'’&.\-]*(?:\s(?:${CONNECTOR}\s)*[\p{Lu}\p{Nd}][\p{L}\p{Nd}'’&.\-]*){0,5}!`;
const EXCLAIMED_RUN = new RegExp(String.raw`(?<![\p{L}\p{Nd}'’&.\-])${EXCLAIMED_ITEM}(?:\s+${EXCLAIMED_ITEM}){2,}`, 'gu');
const EXCLAIMED_ONE = new RegExp(EXCLAIMED_ITEM, 'gu');

function exclaimedLists(text: string): ListItem[][] {
  const lists: ListItem[][] = [];
  // The pattern runs only on a line with three cries at least: on every line of a long page it would be costly.
  for (let first = text.indexOf('!'); first >= 0; ) {
    const start = text.lastIndexOf('\n', first) + 1;
    const newline = text.indexOf('\n', first);
    const end = newline < 0 ? text.length : newline;
    const second = text.indexOf('!', first + 1);
    const third = second < 0 ? -1 : text.indexOf('!', second + 1);
    if (third >= 0 && third < end) {
      for (const run of text.slice(start, end).matchAll(EXCLAIMED_RUN)) {
        const items = [...run[0].matchAll(EXCLAIMED_ONE)].map((item) => ({ index: start + run.index + item.index, title: item[0].slice(0, -1) }));
        if (items.every((item) => words(item.title) <= MAX_ITEM_WORDS)) lists.push(items);
      }
    }
    first = newline < 0 ? -1 : text.indexOf('!', newline);
  }
  return lists;
}

export function titleLists(text: string, limit = 200): ListItem[][] {
  const lists: ListItem[][] = exclaimedLists(text);
  for (const sentence of sentences(text)) {
    if (lists.length >= limit) break;
    const body = sentence.text;
    // A list has three items at least, so two separators; most sentences have fewer commas than that.
    if (!mayHoldList(body)) continue;
    const parts: Array<{ start: number; text: string }> = [];
    let last = 0;
    for (const separator of body.matchAll(SEPARATOR)) {
      parts.push({ start: last, text: body.slice(last, separator.index) });
      last = separator.index + separator[0].length;
    }
    parts.push({ start: last, text: body.slice(last) });
    if (parts.length < 3) continue;
    let run: ListItem[] = [];
    const flush = () => {
      if (run.length >= 3) lists.push(run);
      run = [];
    };
    for (const part of parts) {
      // "Arrested Development (good riddance)": an aside after an item is the writer's, not the title's.
      let trimmed = withoutAudience(withoutEndStops(withoutAside(part.text.trim())));
      // "the Berlantiverse quartet (Arrow, The Flash, …)": a list in parentheses starts after the bracket.
      if (run.length === 0) trimmed = trimmed.slice(trimmed.lastIndexOf('(') + 1).replace(LABEL, '');
      // "…, Sharp Objects, and the third season of True Detective": the item is the show.
      else {
        if (trimmed.endsWith(')')) trimmed = trimmed.slice(0, -1);
        if (trimmed.startsWith('the ') || trimmed.startsWith('season ')) trimmed = trimmed.replace(SEASON_OF, '');
      }
      // "Galactica, the Shield, and Nip Tuck": a later item may keep the sentence's own lowercase "the".
      const offset = sentence.index + part.start + part.text.indexOf(trimmed);
      const lowercaseThe = run.length > 0 && LOWERCASE_THE.test(trimmed);
      const unquoted = unquote(trimmed);
      // The title regexes are the costly part: each runs only where its branch is reached, and only
      // on words that start as a title does ("and then", "who said" never do).
      const titleStart = startsLikeTitle(lowercaseThe ? unquoted.slice(4) : unquoted);
      // A part that ends a run may begin the next with its tail: "Plus, new seasons of Music Buzz, Turn Up
      // Friday, Owambe Saturday and…" ("Plus" was a run of one).
      if (!titleStart && run.length > 0) flush();
      let item: ListItem | null = null;
      if (titleStart && words(trimmed) <= MAX_ITEM_WORDS && (WHOLE_TITLE.test(unquoted) || ITEM.test(unquoted))) item = { index: offset, title: unquoted };
      else if (run.length === 0) {
        // The first item may trail the sentence's own words.
        const tail = startsLikeTitle(lastWord(trimmed)) ? TITLE_TAIL.exec(trimmed) : null;
        if (tail) item = { index: offset + trimmed.lastIndexOf(tail[1]!), title: tail[1]! };
      } else {
        // The last may lead into them.
        const head = TITLE_HEAD.exec(unquoted);
        if (head && words(head[1]!) <= MAX_ITEM_WORDS) {
          run.push({ index: offset + (trimmed.startsWith(head[1]!) ? 0 : 1), title: head[1]! });
          flush();
          continue;
        }
      }
      if (item && words(item.title) <= MAX_ITEM_WORDS) run.push(item);
      else flush();
    }
    flush();
  }
  return lists;
}

/** "Skeem Saam 4.5-million", "The Legacy with 4.7-million", "2.58-million": a ratings roundup's audience is no part of an item. */
const AUDIENCE = new RegExp(String.raw`(?:^|\s+(?:with\s+|on\s+)?)${AUDIENCE_FIGURE}$`, 'u');
const withoutAudience = (item: string) => item.replace(AUDIENCE, '');

/** How far a side of a pair is read from its join: eight words of title. */
const PAIR_REACH = 80;
// "an X-files/ Supernatural mix", "reruns of The Block/X Factor": a slash joins two titles too ("Fosse/Verdon" is one,
// but then neither side is a show the index knows).
const JOINS = [' and ', ' or ', '/ ', '/'];

/**
 * Two titles joined by "and" or "or" in a sentence ("Killing Eve and Patrick Melrose were the big
 * winners", "like Younger or The Bold Type"): each side with where it starts. A left side may hold the
 * sentence's own capitals; the caller looks for a known show at the join. A side with a join of its own
 * is a list's or a title's.
 */
export function titlePairs(text: string, limit = 400): Array<[ListItem, ListItem]> {
  const pairs: Array<[ListItem, ListItem]> = [];
  for (const sentence of sentences(text)) {
    const body = sentence.text;
    for (const join of JOINS) {
      for (let at = body.indexOf(join); at >= 0 && pairs.length < limit; at = body.indexOf(join, at + 1)) {
        const after = at + join.length;
        if (!startsLikeTitle(body.slice(after, after + 3))) continue;
        const before = body.slice(Math.max(0, at - PAIR_REACH), at);
        if (!startsLikeTitle(lastWord(before))) continue;
        const left = TITLE_TAIL.exec(before)?.[1];
        const head = TITLE_HEAD.exec(unquote(body.slice(after, after + PAIR_REACH)))?.[1];
        const right = head && withoutEndStops(head);
        if (!left || !right || /\s(?:and|or)\s/u.test(left) || /\s(?:and|or)\s/u.test(right) || !withoutAudience(left) || !withoutAudience(right)) continue;
        // "24/7", "9/11": numbers with a slash are no pair of titles.
        if (join.startsWith('/') && (/^\d+$/u.test(left) || /^\d/u.test(right))) continue;
        pairs.push([{ index: sentence.index + at - left.length, title: left }, { index: sentence.index + after, title: right }]);
      }
    }
    if (pairs.length >= limit) break;
  }
  return pairs;
}

const words = (text: string) => text.split(/\s+/).length;

/** The text without a closing parenthetical aside of a few words ("Riverdale (doh!)"). */
function withoutAside(text: string): string {
  if (!text.endsWith(')')) return text;
  const open = text.lastIndexOf(' (');
  // "The Voice - (Monday & Tuesday)": a dash may lead into the aside.
  return open > 0 && text.length - open <= 30 ? text.slice(0, open).replace(/\s[-–—]$/u, '') : text;
}

const isEndStop = (unit: number) => unit === 0x2e || unit === 0x21 || unit === 0x3f || unit === 0x3b || unit === 0x3a; // . ! ? ; :
/** `text` without the stops that end it, as /[.!?;:]+$/ would cut them. */
function withoutEndStops(text: string): string {
  let end = text.length;
  while (end > 0 && isEndStop(text.charCodeAt(end - 1))) end--;
  return end === text.length ? text : text.slice(0, end);
}
const OPENING_QUOTES = '“"‘\'';
const CLOSING_QUOTES = '”"’\'';
/** `text` without one quote mark at each end (as /^[“"‘']|[”"’']$/g would drop them). */
function unquote(text: string): string {
  const from = text.length > 0 && OPENING_QUOTES.includes(text[0]!) ? 1 : 0;
  const to = text.length > from && CLOSING_QUOTES.includes(text[text.length - 1]!) ? text.length - 1 : text.length;
  return from === 0 && to === text.length ? text : text.slice(from, to);
}
const SPACE = /\s/u;
/** The last white-space-separated word of a trimmed text. */
function lastWord(text: string): string {
  let at = text.length;
  while (at > 0 && !SPACE.test(text[at - 1]!)) at--;
  return text.slice(at);
}

/** At least two separators, counted without a regex; over-counting ", and " is fine, the split decides. */
function mayHoldList(text: string): boolean {
  let separators = 0;
  for (const separator of [', ', ' and ', ' or ', ' as well as ']) {
    for (let at = text.indexOf(separator); at >= 0; at = text.indexOf(separator, at + 1)) if (++separators >= 2) return true;
  }
  // White space other than a plain space (a no-break space, a tab) can join them too: count those the slow way.
  return OTHER_SPACE.test(text) && (text.match(SEPARATOR)?.length ?? 0) >= 2;
}
const OTHER_SPACE = /[^\S ]/u;

const UPPER_A = 65, UPPER_Z = 90, LOWER_A = 97, LOWER_Z = 122, DIGIT_0 = 48, DIGIT_9 = 57;
const TITLE_FIRST = /^(?:[\p{Lu}\p{Nd}]|\p{Ll}{1,2}\p{Lu})/u;
/** Whether a part can begin a title as WORD reads one ("Arrow", "24", "iZombie"), in a few unit tests. */
export function startsLikeTitle(text: string): boolean {
  const first = text.charCodeAt(0);
  if ((first >= UPPER_A && first <= UPPER_Z) || (first >= DIGIT_0 && first <= DIGIT_9)) return true;
  if (first >= LOWER_A && first <= LOWER_Z) {
    const second = text.charCodeAt(1);
    const third = text.charCodeAt(2);
    return (second >= UPPER_A && second <= UPPER_Z) || (second >= LOWER_A && second <= LOWER_Z && third >= UPPER_A && third <= UPPER_Z);
  }
  return first > 127 && TITLE_FIRST.test(text);
}
