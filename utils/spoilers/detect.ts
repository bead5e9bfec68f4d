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

const QUICK_CHECK = /spoil|plot (?:points|details|twists)|look away|stop reading|read no further|turn back|been warned/;
/** The same test on raw text, so the common block (no warning at all) skips normalising. */
const RAW_QUICK_CHECK = /spoil|plot\s+(?:points|details|twists)|look\s+away|stop\s+reading|read\s+no\s+further|turn\s+back|been\s+warned/i;

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
];

/** "Stop reading now" style directives; they win over a negation in the same sentence. */
const STOP_READING =
  /\b(?:stop reading|look away|turn (?:back|away)|read no further|click away|bookmark this|come back later|proceed with caution|(?:read|continue|proceed)(?: on)? at your own (?:risk|peril)|you(?:'ve| have) been warned)\b/;
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

type SentenceCue = 'label' | 'directive' | 'embedded';

function sentenceCue(sentence: string): SentenceCue | null {
  const bare = lettersOnly(sentence);
  if (LABEL_ONLY.test(bare)) return 'label';
  if (STOP_READING.test(sentence) && STOP_READING_CONTEXT.test(sentence)) return 'directive';
  if (NEGATIONS.some((re) => re.test(sentence))) return null;
  if (DIRECTIVE_CUES.some((re) => re.test(sentence))) return 'directive';
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
  const normalized = normalize(text);
  if (!QUICK_CHECK.test(normalized)) return null;
  const sentences = splitSentences(normalized);
  for (let i = 0; i < sentences.length; i++) {
    const sentence = sentences[i] ?? '';
    const cue = sentenceCue(sentence);
    if (!cue) continue;
    if (options.heading) return { kind: 'block' };
    const tail = sentences.slice(i + 1).filter((s) => wordCount(s) >= 3 && !WARNING_TAIL.test(s));
    const inline = tail.length > 0 || (cue === 'embedded' && embeddedLabelCarriesContent(sentence));
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
