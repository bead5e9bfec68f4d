/**
 * Where a show's title tends to stand in news text ("X season 2", "season 3 of X",
 * "the X spinoff", `AMC's series "X"`). Each rule yields a candidate; only a confident
 * TVmaze match turns a candidate into a show, so rules favour recall within title-like text.
 */

// A title: capitalised words, joined by a few lowercase connectors ("Night of the Living Dead").
const WORD = String.raw`[\p{Lu}\p{Nd}][\p{L}\p{Nd}'’*&!?.\-]*:?`;
const CONNECTOR = String.raw`(?:of|the|and|a|an|in|on|at|to|for|with|from|or|de|la|le|vs\.?|&|-|–)`;
// Starts only at a word start, so a long run of letters is not retried at every position.
const TITLE = String.raw`(?<![\p{L}\p{Nd}'’*&.\-])${WORD}(?:[ \u00a0](?:${CONNECTOR}[ \u00a0])*${WORD}){0,7}`;
const SEASON_NUMBER = String.raw`(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\b`;
const ORDINAL = String.raw`(?:first|second|third|fourth|fifth|sixth|new|final|latest|next|upcoming|debut|last)`;
const SHOW_NOUN = String.raw`(?:series|show|sitcom|drama|comedy|miniseries|limited series|docuseries|spinoff|spin-off|reboot|revival)`;
const QUOTED = String.raw`[“"](${TITLE}?)[.,!?]?[”"]`;

export const TITLE_RULES: readonly RegExp[] = [
  // Ballard season 2 · Ballard's Season 2 · Ballard: Season 2 · Doctor Who series 14
  new RegExp(String.raw`(${TITLE})(?:['’]s)?\s+(?:[Ss]eason|[Ss]eries)\s+${SEASON_NUMBER}`, 'gu'),
  // Ballard's second season
  new RegExp(String.raw`(${TITLE})['’]s?\s+${ORDINAL}\s+season`, 'gu'),
  // season 3 of Twin Peaks · season 2 premiere of The End of the F***ing World
  new RegExp(String.raw`\b[Ss]eason\s+${SEASON_NUMBER}\s+(?:premiere\s+|finale\s+|episodes?\s+)?of\s+(${TITLE})`, 'gu'),
  // the Bosch: Legacy spinoff · the Severance finale
  new RegExp(String.raw`(${TITLE})\s+(?:spinoff|spin-off|prequel|reboot|revival|showrunner|(?:season |series )?finale|season premiere)\b`, 'gu'),
  // AMC's series "The Walking Dead"
  new RegExp(String.raw`\b${SHOW_NOUN}\s+${QUOTED}`, 'gu'),
  // Ballard S2 · Severance S02E05
  new RegExp(String.raw`(${TITLE})\s+S\d{1,2}(?:E\d{1,2})?\b`, 'gu'),
];

/** Quoted titles in running text: films and songs too, so lookups must confirm them. */
export const QUOTED_TITLE = new RegExp(QUOTED, 'gu');
/** A whole string that reads as a title (for italics, links, keywords). */
export const WHOLE_TITLE = new RegExp(String.raw`^(?:[Tt]he\s+)?${TITLE}$`, 'u');

/** Capitalised only because they start a sentence, or a possessive before the title ("Netflix's"). */
const LEADING_NOISE = new Set(
  'A An And As After Also Although Because Before But Both Can Could Did Does Even Exclusive For From Here How If In Is Its Just Like Major Meanwhile My Now On Our Plus Recap Review Since So Spoiler Spoilers Still Then There These This Those Though Trailer Until Update Warning Was Watch What When Where While Who Why Will With Without Would Yes Yet Your'.split(
    ' ',
  ),
);
const NOT_TITLES = new Set('Season Series Episode Part Chapter TV Netflix HBO Hulu Disney Prime Video'.split(' '));
/** Abbreviations whose full stop does not end a sentence ("Mr. Robot"). */
const ABBREVIATIONS = /^(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Vs|vs|No)\.$/u;

/** Trims a raw match to the title itself, or null when nothing title-like is left. */
export function cleanCandidate(raw: string): string | null {
  let words = raw.replace(/\u00a0/g, ' ').trim().replace(/(?:['’]s?)?[:.,!?\-–]*$/u, '').split(/\s+/);
  const sentenceEnd = words.findLastIndex((w, i) => i < words.length - 1 && /[.!?]$/u.test(w) && !ABBREVIATIONS.test(w));
  if (sentenceEnd >= 0) words = words.slice(sentenceEnd + 1);
  const possessive = words.findLastIndex((w, i) => i < words.length - 1 && /['’]s$/u.test(w));
  if (possessive >= 0) words = words.slice(possessive + 1);
  while (words.length && (LEADING_NOISE.has(words[0]!) || /^\p{Ll}/u.test(words[0]!))) words = words.slice(1);
  const title = words.join(' ').replace(/[:.,!?\-–]+$/u, '');
  if (title.length < 2 || title.length > 80) return null;
  if (words.length === 1 && NOT_TITLES.has(title)) return null;
  if (!/^[\p{Lu}\p{Nd}]/u.test(title)) return null;
  return title;
}

/** Candidate titles in a text, in order of first appearance. */
export function titleCandidatesInText(text: string): string[] {
  const found: Array<[number, string]> = [];
  for (const rule of TITLE_RULES) {
    for (const match of text.matchAll(rule)) {
      const title = match[1] && cleanCandidate(match[1]);
      if (title) found.push([match.index, title]);
    }
  }
  for (const match of text.matchAll(QUOTED_TITLE)) {
    const inner = match[1];
    if (inner && inner.split(/\s+/).length <= 6 && WHOLE_TITLE.test(inner)) {
      const title = cleanCandidate(inner);
      if (title) found.push([match.index, title]);
    }
  }
  return [...new Set(found.sort((a, b) => a[0] - b[0]).map(([, title]) => title))];
}
