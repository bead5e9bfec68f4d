/**
 * Protection that knows where you are: an article whose subject (see episode-subject.ts) is past
 * the viewer's progress on a followed show is blurred from the top of its body, with a notice
 * saying why. Pure; the caller resolves which show the article is about.
 */
import { formatEpisodeCode } from '../i18n/locale';
import { i18n } from '../i18n/messages';
import type { ArticleReading, Region } from '../articles/reading';
import { sameShow, type ShowRef } from '../shows/show-ref';
import type { EpisodeProgress, WatchedShow } from '../storage/watched-shows';
import { articleHeadline, readingBlocks } from './article-spoilers';
import { findEpisodeSubject, type EpisodeSubject } from './episode-subject';

/** What the decision reads of a watched show. */
export type FollowedShow = Pick<WatchedShow, 'ref' | 'name' | 'progress' | 'protectSpoilers'>;

export type SubjectDecision =
  | { action: 'blur-from-top'; notice: string }
  | { action: 'leave'; why: 'no-subject' | 'not-following' | 'protection-off' | 'watched' };

const code = formatEpisodeCode;

/** What the subject covers, in the notice's words (worded in the reader's language), with the season filled in where unnamed. */
function coverage(subject: EpisodeSubject, season: number): string {
  const { episode, kind } = subject;
  if (kind === 'premiere') return i18n.t('spoilerNotice.premiere', [season]);
  if (kind === 'finale') {
    return episode === undefined ? i18n.t('spoilerNotice.finale', [season]) : i18n.t('spoilerNotice.finaleEpisode', [season, code(season, episode)]);
  }
  return episode === undefined ? i18n.t('spoilerNotice.season', [season]) : code(season, episode);
}

/** True when the subject goes past the progress (null progress: nothing watched yet). */
function isPastProgress(subject: EpisodeSubject, season: number, progress: EpisodeProgress | null): boolean {
  if (!progress) return true;
  if (season !== progress.season) return season > progress.season;
  // Same season: a finale or a whole season without a number reaches past any episode but its last,
  // and the season's length is not known here.
  if (subject.episode === undefined) return true;
  return subject.episode > progress.episode;
}

export function decideSubjectProtection(input: {
  /** The show the article is about, as the caller resolved it. */
  show: ShowRef;
  subject: EpisodeSubject | null;
  followed: readonly FollowedShow[];
}): SubjectDecision {
  const { show, subject } = input;
  if (!subject) return { action: 'leave', why: 'no-subject' };
  const followed = input.followed.find((f) => sameShow(f.ref, show));
  if (!followed) return { action: 'leave', why: 'not-following' };
  if (!followed.protectSpoilers) return { action: 'leave', why: 'protection-off' };
  const { progress } = followed;
  // "Everything that happened in episode 5" with no season anywhere: the season being watched.
  const season = subject.season ?? progress?.season ?? 1;
  if (!isPastProgress(subject, season, progress)) return { action: 'leave', why: 'watched' };
  const covers = i18n.t(`spoilerNotice.covers.${subject.noun}`, [coverage(subject, season)]);
  if (!progress) return { action: 'blur-from-top', notice: i18n.t('spoilerNotice.notStarted', [followed.name, covers]) };
  const where = progress.episode > 0 ? code(progress.season, progress.episode) : i18n.t('spoilerNotice.seasonStart', [progress.season]);
  return { action: 'blur-from-top', notice: i18n.t('spoilerNotice.at', [followed.name, where, covers]) };
}

/** What the subject needs of a badge placement (the worker's `ArticlePlacement`). */
export interface PlacedShow {
  region: Region;
  start: number;
  result: { show: { ref: ShowRef } | null };
}

/**
 * The shows an article is about: those the badge pipeline placed in its headline, or in the h1
 * opening its body when the headline sits there. By identity, so a renamed show still counts.
 */
export function headlineShows(reading: ArticleReading, placements: readonly PlacedShow[]): ShowRef[] {
  const blocks = readingBlocks(reading);
  const first = blocks.findIndex((b) => b.text);
  const opensWithH1 = !reading.headline.trim() && blocks[first]?.kind === 'heading' && blocks[first]?.level === 1;
  const h1 = opensWithH1 ? { start: reading.blocks[first]!.start, end: reading.blocks[first + 1]?.start ?? reading.body.length } : null;
  const refs: ShowRef[] = [];
  for (const p of placements) {
    const inHeadline = p.region === 'headline' || (h1 !== null && p.start >= h1.start && p.start < h1.end);
    const ref = p.result.show?.ref;
    if (inHeadline && ref && !refs.some((r) => sameShow(r, ref))) refs.push(ref);
  }
  return refs;
}

/**
 * The notice for an article whose subject is past the viewer's progress on one of its headline
 * shows (the first that calls for it), or null when the article is left alone.
 */
export function articleProtectionNotice(reading: ArticleReading, shows: readonly ShowRef[], followed: readonly FollowedShow[]): string | null {
  if (!shows.length || !followed.some((f) => f.protectSpoilers)) return null;
  const blocks = readingBlocks(reading);
  const subject = findEpisodeSubject({
    headline: articleHeadline(reading, blocks) ?? undefined,
    url: reading.url,
    firstParagraph: blocks.find((b) => b.kind === 'text' && b.text)?.text,
  });
  for (const show of shows) {
    const decision = decideSubjectProtection({ show, subject, followed });
    if (decision.action === 'blur-from-top') return decision.notice;
  }
  return null;
}
