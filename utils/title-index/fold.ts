/**
 * Folds text the way titles are compared (lowercase, no accents, apostrophes dropped, "&" as "and",
 * every other run of non-letters one space) while remembering where each folded character came from,
 * so a title found in the folded text maps back to the writer's own spelling.
 */
export interface FoldedText {
  text: string;
  /** `source[i]` is the offset in the original text of folded character `i`; one extra entry for the end. */
  source: Int32Array;
}

const DROP = -1;
const SPACE = -2;
const AND = -3;
/** Per UTF-16 unit: a folded code unit, DROP, SPACE or AND; 0 means not computed yet. */
const table = new Int32Array(65536);
/** Units that fold to more than one character ("ß" → "ss", "ﬁ" → "fi"). */
const multi = new Map<number, string>();
const isMulti = new Uint8Array(65536);

function foldUnit(code: number): number {
  const known = table[code]!;
  if (known !== 0) return known;
  const char = String.fromCharCode(code);
  let folded: number;
  if (code === 0x26) folded = AND;
  else if (/['’‘`ʼ*]/u.test(char)) folded = DROP; // "Grey’s" = "Greys"; "F***ing" = "Fing"
  else if (/[\p{M}]/u.test(char)) folded = DROP;
  else if (/[\p{L}\p{N}]/u.test(char) || (code >= 0xd800 && code <= 0xdfff)) {
    const out = char.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
    if (out.length === 1) folded = out.charCodeAt(0);
    else if (out.length === 0) folded = DROP;
    else {
      multi.set(code, out);
      isMulti[code] = 1;
      folded = code; // marker: look up `multi`
    }
  } else folded = SPACE;
  table[code] = folded;
  return folded;
}

const LETTER = /\p{L}/u;
/** A full stop right after a single letter ("P." in "P.D."), not after a word ("Mr."). */
function isInitial(text: string, at: number): boolean {
  return at > 0 && LETTER.test(text[at - 1]!) && (at < 2 || !LETTER.test(text[at - 2]!));
}

/** One pass; cost is linear in the text and independent of how many titles are known. */
export function foldText(text: string): FoldedText {
  const out = new Uint16Array(text.length * 2 + 8);
  const source = new Int32Array(text.length * 2 + 9);
  let n = 0;
  let pendingSpace = false;
  const push = (unit: number, from: number) => {
    out[n] = unit;
    source[n] = from;
    n++;
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Initialisms: "A.P. Bio" = "AP Bio", "Chicago P.D." = "Chicago PD".
    if (code === 0x2e && isInitial(text, i)) continue;
    const folded = foldUnit(code);
    if (folded === DROP) continue;
    if (folded === SPACE) {
      pendingSpace = n > 0;
      continue;
    }
    if (folded === AND) {
      if (n > 0) push(32, i);
      for (const c of 'and') push(c.charCodeAt(0), i);
      pendingSpace = true;
      continue;
    }
    if (pendingSpace) {
      push(32, i);
      pendingSpace = false;
    }
    const expanded = isMulti[code] ? multi.get(code) : undefined;
    if (expanded) for (let k = 0; k < expanded.length; k++) push(expanded.charCodeAt(k), i);
    else push(folded, i);
  }
  source[n] = text.length;
  let folded = '';
  // String.fromCharCode on chunks: one big spread would overflow the argument limit.
  for (let start = 0; start < n; start += 8192) folded += String.fromCharCode(...out.subarray(start, Math.min(n, start + 8192)));
  return { text: folded, source: source.slice(0, n + 1) };
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
  return /['’]/u.test(raw[folded.source[end]! - 1] ?? '');
}

export function startsOnWord(folded: FoldedText, start: number): boolean {
  return start === 0 || folded.text.charCodeAt(start - 1) === 32;
}
