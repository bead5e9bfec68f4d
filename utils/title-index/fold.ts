/**
 * Folds text the way titles are compared (lowercase, no accents, apostrophes dropped, "&" as "and", "♥" as
 * "hearts", every other run of non-letters one space) while remembering where each folded character came
 * from, so a title found in the folded text maps back to the writer's own spelling.
 */
export interface FoldedText {
  text: string;
  /** `source[i]` is the offset in the original text of folded character `i`; one extra entry for the end. */
  source: Int32Array;
}

const DROP = -1;
const SPACE = -2;
/** A symbol read as a word of its own: see `SYMBOL_WORDS`. */
const WORD = -3;
/** "Law & Order", "Bob ♥ Abishola" (written "Bob Hearts Abishola"). */
const SYMBOL_WORDS = new Map([
  [0x26, 'and'],
  [0x2665, 'hearts'],
  [0x2764, 'hearts'],
]);
/** Folds to more than one unit: see `multi`. */
const MULTI = -4;
/** Per UTF-16 unit: a folded code unit, DROP, SPACE, WORD or MULTI; 0 means not computed yet. */
const table = new Int32Array(65536);
/** Units that fold to more than one character ("ß" → "ss", "ﬁ" → "fi"). */
const multi = new Map<number, string>();

function foldUnit(code: number): number {
  const known = table[code]!;
  if (known !== 0) return known;
  const char = String.fromCharCode(code);
  let folded: number;
  if (SYMBOL_WORDS.has(code)) folded = WORD;
  else if (/['’‘`ʼ*]/u.test(char)) folded = DROP; // "Grey’s" = "Greys"; "F***ing" = "Fing"
  else if (/[\p{M}]/u.test(char)) folded = DROP;
  else if (/[\p{L}\p{N}]/u.test(char) || (code >= 0xd800 && code <= 0xdfff)) {
    const out = char.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
    if (out.length === 1) folded = out.charCodeAt(0);
    else if (out.length === 0) folded = DROP;
    else {
      multi.set(code, out);
      folded = MULTI;
    }
  } else folded = SPACE;
  table[code] = folded;
  return folded;
}

const LETTER = /\p{L}/u;
/** Per UTF-16 unit: 1 a letter (as LETTER tests a one-unit string), 2 not; 0 not computed yet. */
const letters = new Uint8Array(65536);
function isLetter(code: number): boolean {
  if (letters[code] === 0) letters[code] = LETTER.test(String.fromCharCode(code)) ? 1 : 2;
  return letters[code] === 1;
}

/** A full stop right after a single letter ("P." in "P.D."), not after a word ("Mr."). */
function isInitial(text: string, at: number): boolean {
  return at > 0 && isLetter(text.charCodeAt(at - 1)) && (at < 2 || !isLetter(text.charCodeAt(at - 2)));
}

/** Folded units become a string in one call; a lone surrogate (which it would replace) sends them the slow way. */
const utf16 = new TextDecoder('utf-16le', { fatal: true });
function unitsToString(units: Uint16Array): string {
  try {
    return utf16.decode(units);
  } catch {
    let text = '';
    // String.fromCharCode on chunks: one big call would overflow the argument limit.
    for (let start = 0; start < units.length; start += 8192) text += String.fromCharCode(...units.subarray(start, start + 8192));
    return text;
  }
}

/**
 * One pass; cost is linear in the text and independent of how many titles are known. An ordinary unit
 * adds at most one folded unit, plus the space that a unit folded away before it left owing, so the
 * text's length (and the end entry) is room enough; "&" and expanding units make room as they need it.
 */
export function foldText(text: string): FoldedText {
  const length = text.length;
  let out: Uint16Array = new Uint16Array(length + 9);
  let source: Int32Array = new Int32Array(length + 9);
  let n = 0;
  let pendingSpace = false;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    // Initialisms: "A.P. Bio" = "AP Bio", "Chicago P.D." = "Chicago PD".
    if (code === 0x2e && isInitial(text, i)) continue;
    let folded = table[code]!;
    if (folded === 0) folded = foldUnit(code);
    if (folded >= 0) {
      if (pendingSpace) {
        out[n] = 32;
        source[n++] = i;
        pendingSpace = false;
      }
      out[n] = folded;
      source[n++] = i;
    } else if (folded === SPACE) pendingSpace = n > 0;
    else if (folded !== DROP) {
      const units = folded === WORD ? SYMBOL_WORDS.get(code)! : multi.get(code)!;
      // Its units, a space before and one owed after, then room as above for the rest.
      const needed = n + units.length + 2 + (length - i) + 9;
      if (needed > source.length) [out, source] = grown(out, source, n, needed);
      // "&" is a word of its own: a space before it even after another word, and one after it.
      if (folded === WORD ? n > 0 : pendingSpace) {
        out[n] = 32;
        source[n++] = i;
      }
      for (let k = 0; k < units.length; k++) {
        out[n] = units.charCodeAt(k);
        source[n++] = i;
      }
      pendingSpace = folded === WORD;
    }
  }
  source[n] = length;
  // A view, not a copy: the room left over is a few entries.
  return { text: unitsToString(out.subarray(0, n)), source: source.subarray(0, n + 1) };
}

function grown(out: Uint16Array, source: Int32Array, n: number, needed: number): [Uint16Array, Int32Array] {
  const moreOut = new Uint16Array(needed * 2);
  moreOut.set(out.subarray(0, n));
  const moreSource = new Int32Array(needed * 2);
  moreSource.set(source.subarray(0, n));
  return [moreOut, moreSource];
}

const foldedTitles = new Map<string, string>();
/** Folds a title alone: the same rule as `foldText`, without the offsets (remembered: pages repeat titles). */
export function foldTitle(title: string): string {
  let folded = foldedTitles.get(title);
  if (folded === undefined) {
    folded = foldText(title).text;
    if (foldedTitles.size > 20_000) foldedTitles.clear();
    foldedTitles.set(title, folded);
  }
  return folded;
}

/** Original [start, end) of folded [start, end). */
export function originalRange(folded: FoldedText, start: number, end: number): { start: number; end: number } {
  const from = folded.source[start]!;
  // The end is just past the last folded character's source unit (and any units folded away after it).
  const last = folded.source[end - 1]!;
  return { start: from, end: last + 1 };
}

/**
 * Whether a match ending at folded offset `end` ends on a word: at a space, the end, or a possessive
 * that folding joined to it ("For the People's" folds to "for the peoples").
 */
export function endsOnWord(folded: FoldedText, raw: string, end: number): boolean {
  const text = folded.text;
  if (end >= text.length || text.charCodeAt(end) === 32) return true;
  if (text.charCodeAt(end) !== 115 /* s */ || (end + 1 < text.length && text.charCodeAt(end + 1) !== 32)) return false;
  // The apostrophes folding drops: a left quote or a modifier letter stands in for one on some sites ("Survivor‘s").
  return /['’‘`ʼ]/u.test(raw[folded.source[end]! - 1] ?? '');
}

export function startsOnWord(folded: FoldedText, start: number): boolean {
  return start === 0 || folded.text.charCodeAt(start - 1) === 32;
}

const starts = new WeakMap<FoldedText, Int32Array>();
/** Where each word of a folded text starts, worked out once: every trie walks the same text from them. */
export function wordStarts(folded: FoldedText): Int32Array {
  let found = starts.get(folded);
  if (!found) {
    const text = folded.text;
    // Folded text has one space between words, so at most every other unit starts a word.
    const out = new Int32Array((text.length >> 1) + 1);
    let n = 0;
    if (text.length > 0) out[n++] = 0;
    for (let space = text.indexOf(' '); space >= 0 && space + 1 < text.length; space = text.indexOf(' ', space + 1)) out[n++] = space + 1;
    found = out.slice(0, n);
    starts.set(folded, found);
  }
  return found;
}

export interface WordStartsByCase {
  /** Word starts written with a capital, a digit, another script, "the " or camel case ("iZombie"). */
  capital: Int32Array;
  /** Word starts written in lowercase ("you", "house"): only a show named so ("black-ish") starts there. */
  lower: Int32Array;
}

const startsByCase = new WeakMap<FoldedText, WordStartsByCase>();
/**
 * The word starts split by how the writer cased them: most hits of a large index are common words in
 * lowercase, and a walk that cannot find a title is best not taken. Worked out once per text.
 */
export function wordStartsByCase(folded: FoldedText, raw: string): WordStartsByCase {
  let found = startsByCase.get(folded);
  if (!found) {
    const all = wordStarts(folded);
    const capital = new Int32Array(all.length);
    const lower = new Int32Array(all.length);
    let c = 0;
    let l = 0;
    for (const start of all) {
      if (inLowercase(raw, folded.source[start]!)) lower[l++] = start;
      else capital[c++] = start;
    }
    found = { capital: capital.slice(0, c), lower: lower.slice(0, l) };
    startsByCase.set(folded, found);
  }
  return found;
}

/**
 * Written in lowercase, so no title unless a show is named so: not "the …", which a sentence may
 * lowercase, nor camel case ("iZombie"). Same as testing /^\p{Ll}{1,2}\p{Lu}/u on the first 3 units,
 * without a slice and a regex for each of a long page's words.
 */
function inLowercase(raw: string, start: number): boolean {
  const first = raw.charCodeAt(start);
  if (first < 97 || first > 122 || raw.startsWith('the ', start)) return false;
  const second = raw.charCodeAt(start + 1);
  if (second >= 65 && second <= 90) return false;
  if (second < 128 || Number.isNaN(second)) {
    if (second < 97 || second > 122 || Number.isNaN(second)) return true;
    const third = raw.charCodeAt(start + 2);
    if (third < 128 || Number.isNaN(third)) return third < 65 || third > 90 || Number.isNaN(third);
  }
  return !/^\p{Ll}{1,2}\p{Lu}/u.test(raw.slice(start, start + 3));
}
