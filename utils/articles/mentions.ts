import type { PageText } from './page-text';
import type { TitleAutomaton } from './title-automaton';

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
  // "…on Prime Video. Ballard" starts a new sentence; "Dr. Ballard" does not.
  return preceding.endsWith('.') && !ABBREVIATION.test(preceding);
}

/**
 * The first standalone mention of each show in the text, leftmost-longest ("Bosch: Legacy" wins over
 * "Bosch" at the same place). One automaton pass.
 */
export function firstMentions<T>(pageText: PageText, automaton: TitleAutomaton<T>): Map<T, { start: number; end: number }> {
  const first = new Map<T, { start: number; end: number }>();
  let coveredUntil = -1;
  const candidates = [...automaton.matches(pageText.text)].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const match of candidates) {
    if (match.start < coveredUntil) continue;
    if (!isStandaloneMention(pageText.text, match.start, match.end)) continue;
    coveredUntil = match.end;
    if (!first.has(match.value)) first.set(match.value, { start: match.start, end: match.end });
  }
  return first;
}
