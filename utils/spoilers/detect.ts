/**
 * Spoiler-warning detection on the text of one article block.
 *
 * A warning is a sentence that tells the reader spoilers follow ("Spoilers for X ahead.",
 * "This article contains spoilers", "SPOILER ALERT", "[Spoilers]", "(spoiler alert)").
 * Sentences that merely talk about spoilers ("no spoilers here", "spoiler-free review",
 * "we won't be revealing any spoilers") are not warnings.
 */

export type SpoilerWarningKind = 'block' | 'inline';

/**
 * `block`: the block only warns; spoilers start with the next block.
 * `inline`: the block itself carries spoilers after (or around) the warning, so it is blurred too.
 */
export interface SpoilerWarning {
  kind: SpoilerWarningKind;
}

export interface DetectOptions {
  /** Headings are titles: a warning in one always starts the section below it. */
  heading?: boolean;
}

/** The same test on raw text, so the common block (no warning at all) skips normalising. */
const RAW_QUICK_CHECK =
  /spoil|plot\s+(?:points|details|twists)|look\s+away|stop\s+reading|read\s+no\s+further|turn\s+back|been\s+warned|(?:keep|continue)\s+reading|\bdetails\s+(?:from|about|of|on)\b|\b(?:follows|following|below|this|here|we)\b/i;

const QUALIFIER = '(?:major|minor|mild|light|heavy|huge|big|massive|serious|full|some|many|plot|finale|episode|ending)';
const SPOILER_NOUN = '(?:spoilers?|plot (?:points|details|twists))';

/** The whole sentence is a label: "Spoilers", "SPOILER ALERT", "Major spoilers ahead!". */
const LABEL_ONLY = new RegExp(
  `^(?:${QUALIFIER} )*spoilers?(?: (?:alert|warning|ahead|below|follow|galore|incoming|section))?$`,
);

/** A label that can sit inside a sentence: "spoiler alert", "[spoilers]", "(major spoilers!)". */
const EMBEDDED_LABEL = new RegExp(
  `\\bspoiler (?:alert|warning)s?\\b|[\\[(]\\s*(?:${QUALIFIER} )*spoilers?(?: (?:alert|warning|ahead|below))?\\s*[!.]*\\s*[\\])]`,
);

/** "Warning:", "Note —" before an announcement. */
const LEAD = '(?:(?:warning|note|caution|heads[- ]up|fair warning|be warned)\\W+)?';
/** What announces itself: the article, or the text after this sentence. */
const ARTICLE_SUBJECT =
  "what follows|the following|below|(?:the rest of )?this (?:article|recap|review|piece|post|story|interview|explainer|breakdown)|(?:in )?(?:this|the) (?:article|recap|review|piece|post|story) below|here,? we|below,? we";
const COVERING_VERB =
  '(?:discuss(?:es)?|reveals?|covers?|details?|explores?|breaks? down|digs? into|goes into|go into|talks? about|unpacks?|recaps?|describes?)';
/** What a covering verb must be about to spoil: the ending, the twist, what happened. */
const PLOT_OBJECT =
  "(?:the (?:\\w+ )?(?:ending|finale|twist|twists|cliffhanger)|(?:key |major |all the )?plot\\b|what happen(?:s|ed)|everything that happen(?:s|ed)|who (?:dies|died|wins|won|killed|goes home)|(?:the )?(?:season|series|episode) \\w+ (?:finale|premiere|ending))";

/** Directive forms: each says spoilers come next. */
const DIRECTIVE_CUES: readonly RegExp[] = [
  // "Spoilers for Ballard season 1 finale ahead.", "Major spoilers below", "spoilers follow"
  /\bspoilers?\b[^.!?]{0,100}?\b(?:ahead|below|follow|to follow|coming up|incoming|galore|abound)\b(?! (?:of|the|suit)\b)/,
  // "Spoilers for the season 1 finale." at the start of a sentence
  new RegExp(`^(?:${QUALIFIER} )*spoilers? (?:for|about|from|through|up to|on)\\b`),
  // "This article contains spoilers for …", "the following discusses major plot points"
  new RegExp(
    `\\b(?:contains?|containing|includes?|including|discuss(?:es|ing)?|features?|reveals?|will (?:contain|include|discuss|reveal)|(?:is|are) full of|there (?:are|will be|may be))(?: [\\w'-]+){0,3} ${SPOILER_NOUN}\\b`,
  ),
  // "Warning: this post spoils the finale", "Heads up: spoilers"
  /^(?:warning|caution|heads[- ]up|fair warning|be warned|beware)\b[\s:!,.-]+.*\bspoil/,
  // "Beware of spoilers", "expect spoilers"
  /\b(?:beware(?: of)?|expect|brace (?:yourself|yourselves) for)(?: \w+){0,2} spoilers?\b/,
  // The text announces what it covers: "What follows discusses the ending", "This review reveals the twist"
  new RegExp(`^${LEAD}(?:${ARTICLE_SUBJECT}) ${COVERING_VERB}(?: [\\w'-]+){0,4}? ${PLOT_OBJECT}`),
  // "This story contains details from the season 1 finale", "the following includes details about episode 5"
  new RegExp(`\\b(?:${ARTICLE_SUBJECT}) (?:contains?|includes?|has) (?:\\w+ )?details (?:from|about|of|on)\\b`),
];

/** "Stop reading now" style directives; they win over a negation in the same sentence. */
const STOP_READING =
  /\b(?:stop reading|do(?: not|n't) (?:keep|continue|read) (?:reading|on|further|any further)|look away|turn (?:back|away)|read no further|click away|bookmark this|come back later|proceed with caution|(?:read|continue|proceed)(?: on)? at your own (?:risk|peril)|you(?:'ve| have) been warned)\b/;
/** What a stop-reading directive must be about, so plot text ("they turn back") does not count. */
const STOP_READING_CONTEXT =
  /spoil|\b(?:haven't|have not|not yet|yet to)\b[^.!?]*\b(?:seen|watched|finished|caught up|watch|see|finish)\b/;

/** Sentences that talk about spoilers without warning of any. */
const NEGATIONS: readonly RegExp[] = [
  /\bno (?:\w+ )?spoilers?\b/,
  /\bspoiler[- ]?(?:free|less|light)\b/,
  /\bwithout (?:\w+ ){0,2}spoil/,
  /\bavoid(?:s|ed|ing)? (?:\w+ ){0,2}spoil/,
  /\b(?:won't|will not|wont|not going to|aren't going to|don't want to|do not want to|never|not|nothing to) (?:\w+ ){0,3}(?:reveal|spoil|give away|giving away|ruin)/,
];

/** Text after the warning that still belongs to the warning ("Read at your own risk."). */
const WARNING_TAIL = /spoil|risk|warned|look away|stop reading|caught up|\b(?:haven't|have not) (?:seen|watched)\b/;

function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201B\u2032`]/g, "'")
    .replace(/[\u201C\u201D\u201E]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?…])\s+/)
    .map((s) => s.trim())
    .filter((s) => /[a-z0-9]/.test(s));
}

function lettersOnly(sentence: string): string {
  return sentence
    .replace(/[^a-z0-9' ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function wordCount(text: string): number {
  return lettersOnly(text).split(' ').filter(Boolean).length;
}

type SentenceCue = 'label' | 'directive' | 'embedded' | 'colon' | 'reporting';

/**
 * Spoilers reported as news in the sentence itself: "Spoilers for the episode confirm that Moira…",
 * "Spoilers have revealed that Kim will be found dead". The sentence spoils, and so does what follows.
 */
const REPORTING_SPOILERS =
  /^(?:(?:the )?(?:latest |new |official |early )?spoilers?(?: for| from)?(?: [\w'-]+){0,6}?) (?:(?:have|has) )?(?:confirm(?:s|ed)?|reveal(?:s|ed)?|show(?:s|ed|n)?|suggest(?:s|ed)?|tease[sd]?|indicate[sd]?) that \w/;

/** "Spoilers: Kim Tate is found dead" (plural: the singular "Spoiler: nobody knows" is a punchline). */
const COLON_LABEL = new RegExp(`^(?:${QUALIFIER} )*spoilers ?(?::|- ) ?(.*)$`);

/**
 * "Spoiler Alert" the 2022 film (and any title that is the phrase): quoted, or with a title's
 * neighbours ("the film Spoiler Alert", "Spoiler Alert review"). Read on the original case.
 */
const SPOILER_ALERT_TITLE = [
  /["“‘']Spoiler Alert[,.!]?["”’']/g,
  /\b(?:film|movie|romcom|rom-com|drama|adaptation|memoir|book|in|of|watch|watching|starring|stars|directed|[A-Z][a-z]+['’]s) Spoiler Alert\b/g,
  /\bSpoiler Alert(?= (?:review|trailer|stars?|cast|director|film|movie|premiere|is (?:a|an|the|now|streaming)|\(\d{4}\)|on (?:Netflix|Prime|Peacock|Hulu|Max|Disney)))/g,
];

/** Takes film and show titles that read "Spoiler Alert" out of the text before detection. */
function withoutTitles(raw: string): string {
  return SPOILER_ALERT_TITLE.reduce((text, re) => text.replace(re, (m) => m.replace(/Spoiler Alert/, 'TITLE')), raw);
}

function sentenceCue(sentence: string): SentenceCue | null {
  const bare = lettersOnly(sentence);
  if (LABEL_ONLY.test(bare)) return 'label';
  if (STOP_READING.test(sentence) && STOP_READING_CONTEXT.test(sentence)) return 'directive';
  if (NEGATIONS.some((re) => re.test(sentence))) return null;
  if (REPORTING_SPOILERS.test(sentence)) return 'reporting';
  if (DIRECTIVE_CUES.some((re) => re.test(sentence))) return 'directive';
  if (COLON_LABEL.test(sentence)) return 'colon';
  if (EMBEDDED_LABEL.test(sentence)) return 'embedded';
  return null;
}

/** An embedded label is a plain warning when the rest of its sentence is only warning talk. */
function embeddedLabelCarriesContent(sentence: string): boolean {
  const rest = sentence.replace(EMBEDDED_LABEL, ' ');
  if (wordCount(rest) < 4) return false;
  return !/\b(?:article|post|review|recap|story|piece|following|below|ahead|episode \d+|season \d+ finale)\b/.test(rest);
}

export function detectSpoilerWarning(text: string, options: DetectOptions = {}): SpoilerWarning | null {
  if (!RAW_QUICK_CHECK.test(text)) return null;
  const normalized = normalize(withoutTitles(text));
  const sentences = splitSentences(normalized);
  for (let i = 0; i < sentences.length; i++) {
    const sentence = sentences[i] ?? '';
    const cue = sentenceCue(sentence);
    if (!cue) continue;
    if (options.heading) return { kind: 'block' };
    const tail = sentences.slice(i + 1).filter((s) => wordCount(s) >= 3 && !WARNING_TAIL.test(s));
    const inline =
      cue === 'reporting' ||
      tail.length > 0 ||
      (cue === 'embedded' && embeddedLabelCarriesContent(sentence)) ||
      (cue === 'colon' && wordCount(COLON_LABEL.exec(sentence)?.[1] ?? '') >= 3);
    return { kind: inline ? 'inline' : 'block' };
  }
  return null;
}

const END_MARKER =
  /\b(?:end(?:s|ed)? (?:of (?:the )?)?spoilers?|spoilers? (?:end|ends|are over|over)|no more spoilers|spoiler[- ]free from here|safe to (?:read|continue) (?:again|from here))\b|^\/ ?spoilers?$/;

/** "End of spoilers", "Spoilers end here", "[/spoilers]": a short block closing a spoiler section. */
export function isSpoilerEndMarker(text: string): boolean {
  const bare = normalize(text)
    .replace(/[^a-z0-9'/ ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!bare.includes('spoil') || wordCount(bare) > 12) return false;
  return END_MARKER.test(bare);
}

/**
 * Headline words that may stand before "spoilers" in a spoiler page's headline: the show, a count,
 * a time ("Seven huge Emmerdale spoilers", "Next week's EastEnders spoilers", "Love Island spoilers").
 */
const HEADLINE_SUBJECT_WORD =
  /^(?:[A-Z0-9][\w'’&.!-]*|&|of|the|and|in|at|a|an|de|la|huge|major|big|biggest|latest|new|exclusive|more|all|our|this|next|last|week['’]s|weekend['’]s|tonight['’]s|today['’]s|soap|tv|season|series|episode|part|finale|premiere|\d+)$/;
/** Title Case hides verbs; these, anywhere before "spoilers", make it news about spoilers. */
const HEADLINE_NOT_SUBJECT =
  /^(?:on|over|about|against|to|with|without|no|avoid\w*|ban\w*|sue[sd]?|leak\w*|hates?|ruin\w*|why|how|what|stop\w*|warn\w*|cracks?|crack(?:ing|ed)|down|fights?|shares?|shared|reveal\w*|tease[sd]?|spill\w*|post\w*|drops?|dropped|accidentally|says?|said|admits?|gives?|gave|responds?|react\w*|is|are|was|were|has|have|had|will|can|could|after|amid|over|from|for|by|into)$/i;
/** What may follow "spoilers" in such a headline. */
const HEADLINE_FOLLOWER =
  /^(?:$|[:|—–([,-]|(?:for|ahead|including|revealed|reveal|tease|teases|from|this|next|tonight|today|as|and|-)\b)/i;

/** "Fallout Recap With Spoilers: Episodes 5 and 6", "Andor review (with spoilers)": the article says what it is. */
const COVERAGE_WITH_SPOILERS =
  /\b(?:recap|review|breakdown|explainer|explained|analysis|discussion|deep dive|rewatch)\s*[([]?\s*(?:with|w\/)\s+(?:full\s+|major\s+|heavy\s+|all\s+the\s+)?spoilers\s*(?:$|[:|—–()[\]-])/i;
/** Where a headline's clauses meet: the subject of "… and 23 soap spoilers" is "23 soap". */
const HEADLINE_CLAUSE_BREAK = /^(?:.*(?:[,;]|\s(?:and|plus)\s))?/i;

export type HeadlineWarningForm = 'headline-label' | 'headline-warning';

/**
 * A headline that files its article as spoilers: "Emmerdale spoilers: Kim Tate is found dead",
 * "Seven huge Emmerdale spoilers for next week", "Love Island spoilers — who is dumped tonight",
 * or one carrying a warning ("Ballard season 1 ending explained [Spoilers]"). News about spoilers
 * ("Netflix cracks down on spoilers", "HBO sues over Game of Thrones spoilers") is not one.
 */
export function detectHeadlineWarning(headline: string): HeadlineWarningForm | null {
  const text = withoutTitles(headline.normalize('NFKC').replace(/\s+/g, ' ').trim());
  if (!/spoil/i.test(text)) return null;
  const lowered = normalize(text);
  if (NEGATIONS.some((re) => re.test(lowered))) return null;
  if (COVERAGE_WITH_SPOILERS.test(text)) return 'headline-warning';
  for (const match of text.matchAll(/\bspoilers?\b/gi)) {
    const before = text.slice(0, match.index).replace(HEADLINE_CLAUSE_BREAK, '').trim();
    const after = text.slice(match.index + match[0].length).trim();
    if (!HEADLINE_FOLLOWER.test(after)) continue;
    const words = before ? before.split(' ').map((w) => w.replace(/^["“‘'(]+|["”’'),:]+$/g, '')) : [];
    // A bare "Spoiler:" opens a punchline; "Emmerdale spoiler:" or "Spoilers:" file the page.
    if (!words.length && !/s$/i.test(match[0]) && !/^alert\b/i.test(after)) continue;
    if (words.some((w) => HEADLINE_NOT_SUBJECT.test(w) || !HEADLINE_SUBJECT_WORD.test(w))) continue;
    return 'headline-label';
  }
  return detectSpoilerWarning(text, { heading: true }) ? 'headline-warning' : null;
}
