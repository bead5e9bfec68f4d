
/** A unit that joins the text around it into one word ("post-Ballard", "Ballards"). */
export const WORD_CHAR = /[\p{L}\p{N}-]/u;
/** "airy Sex and the City-like reflection", "a Twin Peaks-esque mystery": the show, named as a likeness. */
const LIKENESS = /^-(?:like|esque|style|inspired|themed|sized|level)\b/u;
const CAPITALISED_WORD_BEFORE = /([\p{Lu}][\p{L}'’.]*)[ \u00a0]$/u;
const AMPERSAND_NAME_BEFORE = /[\p{Lu}\p{N}][\p{L}\p{N}'’.]*[ \u00a0]?&[ \u00a0]?$/u;
const ABBREVIATION = /^(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Det|Sgt|Lt|Capt|Prof|Gen|Col)\.$/u;
/** Capitalised at a sentence start, not part of a name: "Watch Ballard", "The Office". */
const SENTENCE_WORDS = new Set(
  'A An And As After Also But Both Even For From How If In Like Meanwhile New Now On Plus So Still The Then This Watch What When While Why With Without Yet Stream Binge Revisit Rewatch Is Are Was Were Do Does Did Will Would Can Could Should Has Have Had Where Who'.split(' '),
);

/**
 * Whether an occurrence of a title is the show and not part of something longer: not inside a word
 * ("post-Ballard"), and not after another capitalised word ("Renée Ballard" is a person) unless
 * `cuedStart`: a cue marks this very place as where a title starts.
 */
export function isStandaloneMention(text: string, start: number, end: number, cuedStart = false): boolean {
  const before = text[start - 1];
  const after = text[end];
  if ((before && WORD_CHAR.test(before)) || (after && WORD_CHAR.test(after) && !LIKENESS.test(text.slice(end, end + 12)))) return false;
  // A cue that starts the title right here ("Netflix Renews | Wednesday |for Season 2" in a Title Case
  // headline) already says where the title begins, whatever is capitalised before it.
  if (cuedStart) return true;
  // "Fox & Friends host": "&" joins a name, so a title after a capitalised word and "&" is the name's end.
  if (AMPERSAND_NAME_BEFORE.test(text.slice(Math.max(0, start - 30), start))) return false;
  const preceding = CAPITALISED_WORD_BEFORE.exec(text.slice(Math.max(0, start - 40), start))?.[1];
  if (!preceding || SENTENCE_WORDS.has(preceding)) return true;
  // An owner's possessive comes before a title: "Lil Dicky’s Dave", "AMC's Dietland".
  if (/['’]s$/u.test(preceding)) return true;
  // "…on Prime Video. Ballard" starts a new sentence; "Dr. Ballard" does not.
  return preceding.endsWith('.') && !ABBREVIATION.test(preceding);
}
