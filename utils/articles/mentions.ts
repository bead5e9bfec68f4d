import type { PageText } from './page-text';
import type { AutomatonMatch, TitleAutomaton } from './title-automaton';

const WORD_CHAR = /[\p{L}\p{N}-]/u;
const CAPITALISED_WORD_BEFORE = /([\p{Lu}][\p{L}'’.]*)[ \u00a0]$/u;
const ABBREVIATION = /^(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Det|Sgt|Lt|Capt|Prof|Gen|Col)\.$/u;
/** Capitalised at a sentence start, not part of a name: "Watch Ballard", "The Office". */
const SENTENCE_WORDS = new Set(
  'A An And As After Also But Both Even For From How If In Like Meanwhile New Now On Plus So Still The Then This Watch What When While Why With Without Yet'.split(' '),
);

/**
 * Whether an occurrence of a title is the show and not part of something longer: not inside a word
 * ("post-Ballard"), and not after another capitalised word ("Renée Ballard" is a person).
 */
export function isStandaloneMention(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  if ((before && WORD_CHAR.test(before)) || (after && WORD_CHAR.test(after))) return false;
  const preceding = CAPITALISED_WORD_BEFORE.exec(text.slice(Math.max(0, start - 40), start))?.[1];
  if (!preceding || SENTENCE_WORDS.has(preceding)) return true;
  // An owner's possessive comes before a title: "Lil Dicky’s Dave", "AMC's Dietland".
  if (/['’]s$/u.test(preceding)) return true;
  // "…on Prime Video. Ballard" starts a new sentence; "Dr. Ballard" does not.
  return preceding.endsWith('.') && !ABBREVIATION.test(preceding);
}

/**
 * The first standalone mention of each show in the text, leftmost-longest ("Bosch: Legacy" wins over
 * "Bosch" at the same place). One automaton pass, which stops early once every show has a mention
 * that no later match can overlap.
 */
export function firstMentions<T>(pageText: PageText, automaton: TitleAutomaton<T>): Map<T, { start: number; end: number }> {
  const matches: Array<AutomatonMatch<T>> = [];
  const seen = new Set<T>();
  const limit = { end: Infinity };
  for (const match of automaton.matches(pageText.text, limit)) {
    if (match.end > limit.end) break;
    matches.push(match);
    if (isStandaloneMention(pageText.text, match.start, match.end)) seen.add(match.value);
    if (limit.end === Infinity && seen.size === automaton.values.size) limit.end = match.end + automaton.maxLength;
  }
  let first = leftmostLongest(pageText.text, matches);
  if (first.size < automaton.values.size && limit.end !== Infinity) {
    // A mention counted early was covered by a longer one: read the rest after all.
    for (const match of automaton.matches(pageText.text)) matches.push(match);
    first = leftmostLongest(pageText.text, dedupe(matches));
  }
  return first;
}

function leftmostLongest<T>(text: string, matches: Array<AutomatonMatch<T>>): Map<T, { start: number; end: number }> {
  const first = new Map<T, { start: number; end: number }>();
  let coveredUntil = -1;
  const ordered = [...matches].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const match of ordered) {
    if (match.start < coveredUntil) continue;
    if (!isStandaloneMention(text, match.start, match.end)) continue;
    coveredUntil = match.end;
    if (!first.has(match.value)) first.set(match.value, { start: match.start, end: match.end });
  }
  return first;
}

function dedupe<T>(matches: Array<AutomatonMatch<T>>): Array<AutomatonMatch<T>> {
  const byPlace = new Map<string, AutomatonMatch<T>>();
  for (const match of matches) byPlace.set(`${match.start}:${match.end}`, match);
  return [...byPlace.values()];
}
