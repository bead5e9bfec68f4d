import { chapterNumber } from './number-words';

/**
 * Reads Netflix's titles: "Show: Season 2: Episode", "Show: Limited Series: Episode 3",
 * "Show: Episode 49" (single-season shows carry no season), films with no parts. The season word
 * follows the profile's language, so the list below holds the ones seen in real exports and
 * their neighbours. Show names may contain ": " themselves ("Peaky Blinders: Sangue, Apostas e
 * Navalhas: Temporada 5: …"), so the season part is found first and the show is what precedes it.
 */

export type NetflixTitle =
  | { kind: 'episode'; show: string; season: number | null; episode: number | null; episodeTitle: string }
  | { kind: 'two-part'; show: string; episodeTitle: string; episode: number | null }
  | { kind: 'film'; title: string }
  | { kind: 'junk'; title: string };

const SEASON_WORDS = [
  'season', 'series', 'staffel', 'temporada', 'saison', 'stagione', 'seizoen', 'sezon', 'säsong', 'sæson',
  'sesong', 'kausi', 'évad', 'sezóna', 'сезон', 'volume', 'volumen', 'vol.', 'part', 'parte', 'partie', 'teil',
  'deel', 'część', 'book', 'libro', 'livro', 'buch',
];
const LIMITED_WORDS = [
  'limited series', 'miniseries', 'mini-series', 'miniserie', 'mini-serie', 'minissérie', 'minisérie',
  'mini-série', 'miniserien', 'miniserie tv', 'limitierte serie', 'serie limitada', 'série limitée',
];
const EPISODE_WORDS =
  'episode|episodio|episódio|épisode|episod|epizoda|folge|capítulo|capitulo|chapitre|chapter|kapitel|aflevering|odcinek|avsnitt|afsnit|jakso|ep\\.?';

const seasonPattern = new RegExp(
  `^(?:${SEASON_WORDS.map(escape).join('|')})\\s*(\\d{1,3})$|^(\\d{1,3})(?:st|nd|rd|th|\\.)?\\s+(?:${SEASON_WORDS.map(escape).join('|')})$`,
  'iu',
);
const limitedPattern = new RegExp(`^(?:${LIMITED_WORDS.map(escape).join('|')})$`, 'iu');
const trailingEpisode = new RegExp(`\\((?:${EPISODE_WORDS})\\s*(\\d{1,4})\\)\\s*$`, 'iu');
const anyEpisode = new RegExp(`(?:^|[\\s(])(?:${EPISODE_WORDS})\\s*(\\d{1,4})(?=$|[\\s):.,])`, 'iu');
const chapterInWords = /(?:^|[\s(])(chapter|kapitel|cap[ií]tulo|chapitre|capitolo|hoofdstuk)\s+(\p{L}+(?:-\p{L}+)?)(?=$|[\s):.,])/iu;
// Autoplay previews and promo clips: "Show: Season 1_hook_primary_16x9", "…_backfill".
const junkPattern = /_(?:hook|cinemagraph|trailer|teaser|backfill)\b|_\d+x\d+\b|^SHOW: SEASON: VideoEpisode$/i;

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function seasonNumberOf(part: string, showSoFar: string): number | null | undefined {
  const trimmed = part.trim();
  const m = seasonPattern.exec(trimmed);
  if (m) return Number(m[1] ?? m[2]);
  if (limitedPattern.test(trimmed)) return 1;
  // "Stranger Things: Stranger Things 2: Chapter One"
  const named = new RegExp(`^${escape(showSoFar)}\\s+(\\d{1,2})$`, 'iu').exec(trimmed);
  if (named) return Number(named[1]);
  return undefined;
}

/**
 * Above this a chapter in words counts the whole series, not the season (Jane the Virgin's "Season
 * 4: Chapter Seventy-Eight" is its 14th episode), so it says nothing of the episode.
 */
const MAX_CHAPTER_IN_SEASON = 30;

/**
 * The episode number written in an episode title, if any ("Episode 3", "(Épisode 9)", "Capítulo 7"),
 * else a chapter in words ("Chapter One: The Hellfire Club", "Kapitel eins: …").
 */
export function episodeNumberOf(episodeTitle: string): number | null {
  const m = trailingEpisode.exec(episodeTitle) ?? anyEpisode.exec(episodeTitle);
  if (m) {
    const n = Number(m[1]);
    return n > 0 ? n : null;
  }
  const words = chapterInWords.exec(episodeTitle);
  const n = words ? chapterNumber(words[1]!, words[2]!) : null;
  return n !== null && n <= MAX_CHAPTER_IN_SEASON ? n : null;
}

/** "Chapter Two" or "Episode 3" as a whole part: the episode, with no season label before it. */
function isEpisodeMarker(part: string): boolean {
  return part.trim().split(/\s+/).length === 2 && episodeNumberOf(part) !== null;
}

/** "Avatar: La leyenda de Aang: Avatar: la leyenda de Aang" → "Avatar: La leyenda de Aang". */
function collapseRepeat(parts: string[]): string[] {
  if (parts.length % 2 === 0) {
    const half = parts.length / 2;
    const a = parts.slice(0, half).join(': ');
    const b = parts.slice(half).join(': ');
    if (a.toLowerCase() === b.toLowerCase()) return parts.slice(0, half);
  }
  return parts;
}

export function parseNetflixTitle(raw: string): NetflixTitle {
  const title = raw.trim().replace(/\s+/g, ' ');
  if (junkPattern.test(title)) return { kind: 'junk', title };
  const parts = title.split(/:\s+/);
  if (parts.length === 1) return { kind: 'film', title };
  for (let i = 1; i < parts.length; i++) {
    const season = seasonNumberOf(parts[i]!, parts.slice(0, i).join(': '));
    if (season === undefined) continue;
    const episodeTitle = parts.slice(i + 1).join(': ');
    return {
      kind: 'episode',
      show: collapseRepeat(parts.slice(0, i)).join(': '),
      season,
      episode: episodeTitle ? episodeNumberOf(episodeTitle) : null,
      episodeTitle,
    };
  }
  if (parts.length === 2) {
    return { kind: 'two-part', show: parts[0]!, episodeTitle: parts[1]!, episode: episodeNumberOf(parts[1]!) };
  }
  // "Show: Chapter Two: The Weirdo on Maple Street": no season label, like "Show: Episode 49"; and
  // "Stranger Things: Stranger Things: Chapter One: …", a first season named after the show itself
  // (its second is "Stranger Things 2").
  const marker = parts.findIndex((part, i) => i >= 1 && isEpisodeMarker(part));
  if (marker >= 1) {
    const before = parts.slice(0, marker);
    const show = collapseRepeat(before);
    if (marker === 1 || show.length < before.length) {
      return { kind: 'episode', show: show.join(': '), season: 1, episode: episodeNumberOf(parts[marker]!), episodeTitle: parts.slice(marker).join(': ') };
    }
  }
  // Three or more parts and no season word: a season named in words ("The Eleventh Year").
  // The first part is the show; the season stays unknown.
  const episodeTitle = parts[parts.length - 1]!;
  return { kind: 'episode', show: parts[0]!, season: null, episode: episodeNumberOf(episodeTitle), episodeTitle };
}
