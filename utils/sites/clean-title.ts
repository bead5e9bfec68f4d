/**
 * Turns a catalog title into the show name to look up: drops season/volume suffixes in the
 * languages the supported sites use, release tags like "[OV]" or "(4K UHD)", and a trailing
 * year, which is kept apart as a hint.
 */
export interface ParsedTitle {
  title: string;
  year?: number;
}

const SEASON_WORDS = [
  'seasons?', 'series', 'staffeln?', 'saisons?', 'temporadas?', 'stagion[ei]', 'seizoen(?:en)?',
  'säsong(?:er)?', 'sæson(?:er)?', 'sesong(?:er)?', 'sezon(?:y)?', 'kausi', 'sezóna', 'évad', 'сезон',
  'volume', 'vol\\.', 'part', 'teil', 'partie',
].join('|');
const NUMBER = '(?:\\d+(?:\\s*[-–]\\s*\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|[ivx]+)';
const ORDINAL_SUFFIX = '(?:\\.|ª|º|st|nd|rd|th|e|ème|a|o)?';
const SEPARATOR = '(?:\\s*[-–—:,|]\\s*|\\s+)';

const TRAILING_SEASON = [
  // "Fallout - Season 1", "Marshals, Season 1", "Elementary - Staffel 1 and more"
  new RegExp(`${SEPARATOR}(?:the\\s+complete\\s+)?(?:${SEASON_WORDS})\\s*${NUMBER}\\b.*$`, 'iu'),
  // "Dark - 2. Staffel", "La casa - 2ª Temporada", "The Complete First Season"
  new RegExp(`${SEPARATOR}(?:the\\s+complete\\s+)?(?:\\d+${ORDINAL_SUFFIX}|first|second|third|fourth|fifth)\\s*(?:${SEASON_WORDS})\\b.*$`, 'iu'),
  // "ザ・ボーイズ シーズン2", "킹덤 시즌 2", "三体 第2季"
  /\s*(?:シーズン|시즌)\s*\d+.*$/u,
  /\s*第\s*[\d一二三四五六七八九十]+\s*(?:季|シーズン|期).*$/u,
  // "The Office: The Complete Series", "Friends - Complete Season"
  /\s*[-–—:,]\s*(?:the\s+)?complete\s+(?:series|seasons?|collection)\b.*$/iu,
];

const RELEASE_TAG_WORDS =
  /^(?:4k|uhd|hd|sd|hdr|ov|omu|omdu|dt\.?|ger|eng|dub(?:bed)?|sub(?:bed|titled)?|vf|vost(?:fr)?|vo|doblad[ao]|subtitulad[ao]|legendado|dublado|original(?:\s+version)?|[\w.]+\s*\/\s*ov|plus|prime|ad-free|with ads|english|deutsch|français|español|italiano)(?:[\s./+,-]+(?:4k|uhd|hd|ov|omu|dt\.?|ultra|hd|version|dub|sub))*$/iu;

const TRAILING_BRACKETS = /\s*\[[^\]]*\]\s*$/u;
const TRAILING_PARENS = /\s*\(([^)]*)\)\s*$/u;
const TRAILING_YEAR = /\s*[([]((?:19|20)\d{2})[)\]]\s*$/u;

export function parseTitle(raw: string): ParsedTitle {
  // Bidi isolates and marks ("⁨Title⁩") are invisible wrapping, never part of a title.
  let title = raw.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, '').replace(/\s+/gu, ' ').trim();
  let year: number | undefined;
  for (let previous = ''; previous !== title; ) {
    previous = title;
    const yearMatch = TRAILING_YEAR.exec(title);
    if (yearMatch?.[1]) {
      year ??= Number(yearMatch[1]);
      title = title.slice(0, yearMatch.index);
    }
    title = title.replace(TRAILING_BRACKETS, '');
    const parens = TRAILING_PARENS.exec(title);
    if (parens?.[1] !== undefined && RELEASE_TAG_WORDS.test(parens[1].trim())) title = title.slice(0, parens.index);
    for (const pattern of TRAILING_SEASON) {
      const stripped = title.replace(pattern, '');
      // Never strip a title down to nothing ("Season 1" alone stays as it is).
      if (stripped.trim()) title = stripped;
    }
    title = title.replace(/[\s\-–—:,|]+$/u, '').trim();
  }
  return year === undefined ? { title } : { title, year };
}

export function cleanTitle(raw: string): string {
  return parseTitle(raw).title;
}
