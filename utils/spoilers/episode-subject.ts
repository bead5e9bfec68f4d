/**
 * Which episode or season an article is about, from its headline, URL and first paragraph:
 * "Severance season 2 finale recap", "The Bear S3E7 review", "everything that happened in
 * episode 5", "Season 8, Episode 16", "season 3 premiere". Pure, and blind to the show: matching
 * the show is the caller's job.
 *
 * Only coverage counts. Articles that name a season to look ahead ("season 2: everything we
 * know", "season 3 premiere date", "renewed through season 17") have no subject.
 */

export type EpisodeSubjectKind = 'premiere' | 'finale' | 'recap' | 'review' | 'explainer' | 'episode' | 'season';

export interface EpisodeSubject {
  /** Missing when the text names only an episode ("everything that happened in episode 5"). */
  season?: number;
  /** Missing for a whole season or a finale whose number the text does not give. */
  episode?: number;
  /** What is covered: a named premiere or finale wins over the article type. */
  kind: EpisodeSubjectKind;
  /** The article's own word for itself, for a notice: "this recap covers S2E7". */
  noun: 'recap' | 'review' | 'article';
  /** The text the subject was read from. */
  evidence: string;
}

export interface SubjectSources {
  headline?: string;
  url?: string;
  firstParagraph?: string;
}

const NUMBER_WORDS = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty',
];
const ORDINAL_WORDS = [
  '', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh',
  'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth',
];
const NUM = `(\\d{1,3}|${NUMBER_WORDS.slice(1).join('|')})`;
const ORD = `(${ORDINAL_WORDS.slice(1).join('|')}|\\d{1,2}(?:st|nd|rd|th))`;
const SEASON = '(?:season|series)';

function toNumber(token: string | undefined): number | undefined {
  if (!token) return undefined;
  if (/^\d/.test(token)) return Number.parseInt(token, 10);
  const cardinal = NUMBER_WORDS.indexOf(token);
  return cardinal > 0 ? cardinal : ORDINAL_WORDS.indexOf(token) > 0 ? ORDINAL_WORDS.indexOf(token) : undefined;
}

// Season and episode, most specific first. Groups: season, episode.
const SEASON_EPISODE: readonly RegExp[] = [
  /\bs(\d{1,2}) ?e(\d{1,3})\b/,
  /\b(\d{1,2})x(\d{2})\b/,
  new RegExp(`\\b${SEASON} ${NUM},? (?:- )?(?:episode|ep\\.?) ${NUM}\\b`),
];
const SEASON_ONLY: readonly RegExp[] = [
  new RegExp(`\\b${SEASON} ${NUM}\\b`),
  new RegExp(`\\b(?:the )?${ORD} ${SEASON}\\b`),
];
const EPISODE_ONLY = new RegExp(`\\b(?:episode|ep\\.?) ${NUM}\\b`);

const PREMIERE = /\b(?:season |series )?premiere\b/;
const FINALE = /\b(?:season |series |mid-?season |midseason )?finale\b/;
/** Past-tense telling of a season's end: "closed out its eighth season with a final showdown". */
const SEASON_ENDED = /\b(?:closed out|wrapped(?: up)?|came to an end|concluded|signed off)\b/;
const RECAP = /\b(?:recap|recapped|everything (?:that )?happened|what happened|all that happened|breakdown|post-?mortem)\b/;
const REVIEW = /\b(?:review|reviewed)\b/;
const EXPLAINER = /\b(?:ending explained|explained|ending|twist|who died|who dies|death)\b/;
/** Looking ahead, not back: these take a premiere, finale or bare episode out of coverage. */
const LOOKING_AHEAD =
  /\b(?:release|air|premiere|launch) (?:date|time)s?\b|\b(?:date|time|when|where to watch|how to watch|trailer|teaser|promo|preview|first look|renew(?:ed|s|al)?|cancel(?:led|ed|s)?|everything we know|what we know|predictions?|theor(?:y|ies)|countdown|coming|set to|will)\b/;

function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019']/g, "'")
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A URL's path words: "/2018/tv/news/walking-dead-recap-season-8-finale-recap-1202752214/". */
function urlWords(url: string): string {
  let path = url;
  try {
    path = decodeURIComponent(new URL(url).pathname);
  } catch {
    // not a URL: read the text as given
  }
  return path.replace(/[-_/+.]+/g, ' ');
}

interface Numbers {
  season?: number;
  episode?: number;
}

function numbersIn(text: string): Numbers {
  for (const re of SEASON_EPISODE) {
    const m = re.exec(text);
    if (m) return { season: toNumber(m[1]), episode: toNumber(m[2]) };
  }
  let season: number | undefined;
  for (const re of SEASON_ONLY) {
    const m = re.exec(text);
    if (m) {
      season = toNumber(m[1]);
      break;
    }
  }
  const episode = toNumber(EPISODE_ONLY.exec(text)?.[1]);
  return { season, episode };
}

function subjectIn(raw: string): EpisodeSubject | null {
  const text = normalize(raw);
  const { season, episode } = numbersIn(text);
  if (season === undefined && episode === undefined && !PREMIERE.test(text) && !FINALE.test(text)) return null;
  const noun = RECAP.test(text) ? 'recap' : REVIEW.test(text) ? 'review' : 'article';
  const covering = noun !== 'article' || EXPLAINER.test(text);
  const ahead = LOOKING_AHEAD.test(text);
  if (!covering && ahead) return null;
  const base = { season, noun, evidence: raw.trim() } as const;
  if (PREMIERE.test(text) && (covering || season !== undefined)) return { ...base, episode: episode ?? 1, kind: 'premiere' };
  if (FINALE.test(text) && (covering || season !== undefined)) return { ...base, episode, kind: 'finale' };
  if (SEASON_ENDED.test(text) && season !== undefined && !ahead) return { ...base, episode, kind: 'finale' };
  if (!covering) {
    // A bare "Season 8, Episode 16" headline is an episode page; a bare season is not coverage.
    return season !== undefined && episode !== undefined ? { ...base, episode, kind: 'episode' } : null;
  }
  if (season === undefined && episode === undefined) return null;
  // A review without an episode reviews the season; a recap or explainer may name only the season.
  const kind: EpisodeSubjectKind =
    noun === 'review' ? (episode === undefined ? 'season' : 'review') : noun === 'recap' ? 'recap' : 'explainer';
  return { ...base, episode, kind };
}

/**
 * The subject from the headline, else the URL, else the first paragraph; a season the winning
 * source leaves out is taken from the others ("everything that happened in episode 5" under a
 * "/season-2/" URL).
 */
export function findEpisodeSubject(sources: SubjectSources): EpisodeSubject | null {
  const texts = [sources.headline, sources.url && urlWords(sources.url), sources.firstParagraph].filter(
    (t): t is string => !!t?.trim(),
  );
  for (const text of texts) {
    const subject = subjectIn(text);
    if (!subject) continue;
    if (subject.season !== undefined) return subject;
    const season = texts.map((t) => numbersIn(normalize(t)).season).find((s) => s !== undefined);
    return season === undefined ? subject : { ...subject, season };
  }
  return null;
}
