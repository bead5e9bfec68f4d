// Sentences of running text, for rules that read one sentence at a time (lists of titles).

const isStop = (unit: number) => unit === 0x2e || unit === 0x21 || unit === 0x3f || unit === 0x3b; // . ! ? ;
const isLetter = (unit: number) => (unit >= 0x41 && unit <= 0x5a) || (unit >= 0x61 && unit <= 0x7a);
/** Words whose full stop does not end a sentence ("Mrs. Davis", "Star Trek vs. Star Wars"). */
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'vs', 'vol', 'pt']);

/**
 * Whether the full stop at `at` ends the word before it without ending the sentence: after an
 * abbreviation or an initial ("A.P. Bio", "Chicago P.D."), when more text follows on the line.
 */
function abbreviationStop(text: string, at: number): boolean {
  // At most four letters back: a longer word is no abbreviation, and a long word is not walked.
  let start = at;
  while (start > 0 && at - start < 4 && isLetter(text.charCodeAt(start - 1))) start--;
  const length = at - start;
  if (length === 0 || length > 3 || (start > 0 && isLetter(text.charCodeAt(start - 1)))) return false;
  const next = text.charCodeAt(at + 1);
  if (Number.isNaN(next) || next === 0x0a) return false;
  return length === 1 ? /\p{Lu}/u.test(text[start]!) : ABBREVIATIONS.has(text.slice(start, at).toLowerCase());
}

const isDigit = (unit: number) => unit >= 0x30 && unit <= 0x39;
/** A full stop between digits is a decimal point or a clock's ("4.2 million", "9.15pm"). */
const decimalPoint = (text: string, at: number) => isDigit(text.charCodeAt(at - 1)) && isDigit(text.charCodeAt(at + 1));

/**
 * A "!" or "?" inside a title, not at a sentence's end: a comma, a closing bracket or a lowercase word
 * follows it ("Dark, Happy!, Preacher", "Riverdale (doh!), A Series of…").
 */
function titleMark(text: string, at: number): boolean {
  if (text.charCodeAt(at) === 0x3b) return false;
  const next = text.charCodeAt(at + 1);
  if (next === 0x2c || next === 0x29) return true; // , )
  return next === 0x20 && /\p{Ll}/u.test(text[at + 2] ?? '');
}

/**
 * Sentences in one linear scan: a run of text up to its stops (. ! ? ;), to a line break (a heading,
 * a list on a line of its own), or to the end of the text. A full stop after an abbreviation or an
 * initial, or between digits, does not end one, nor does a title's own "!" or "?".
 */
export function* sentences(text: string): Generator<{ index: number; text: string }> {
  const length = text.length;
  let at = 0;
  while (at < length) {
    let unit = text.charCodeAt(at);
    if (isStop(unit) || unit === 0x0a) {
      at++;
      continue;
    }
    const start = at;
    for (; at < length; at++) {
      unit = text.charCodeAt(at);
      if (unit === 0x0a || (isStop(unit) && !(unit === 0x2e ? decimalPoint(text, at) || abbreviationStop(text, at) : titleMark(text, at)))) break;
    }
    while (at < length && isStop(text.charCodeAt(at))) at++;
    yield { index: start, text: text.slice(start, at) };
  }
}
