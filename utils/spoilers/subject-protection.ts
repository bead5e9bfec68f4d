/**
 * Protection that knows where you are: an article whose subject (see episode-subject.ts) is past
 * the viewer's progress on a followed show is blurred from the top of its body, with a notice
 * saying why. Pure; the caller resolves which show the article is about.
 */
import { sameShow, type ShowRef } from '../shows/show-ref';
import type { EpisodeProgress, WatchedShow } from '../storage/watched-shows';
import type { EpisodeSubject } from './episode-subject';

/** What the decision reads of a watched show. */
export type FollowedShow = Pick<WatchedShow, 'ref' | 'name' | 'progress' | 'protectSpoilers'>;

export type SubjectDecision =
  | { action: 'blur-from-top'; notice: string }
  | { action: 'leave'; why: 'no-subject' | 'not-following' | 'protection-off' | 'watched' };

const code = (season: number, episode: number) => `S${season}E${episode}`;

/** What the subject covers, in the notice's words, with the season filled in where unnamed. */
function coverage(subject: EpisodeSubject, season: number): string {
  const { episode, kind } = subject;
  if (kind === 'premiere') return `the season ${season} premiere`;
  if (kind === 'finale') return episode === undefined ? `the season ${season} finale` : `the season ${season} finale (${code(season, episode)})`;
  return episode === undefined ? `season ${season}` : code(season, episode);
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
  const covers = `this ${subject.noun} covers ${coverage(subject, season)}`;
  if (!progress) return { action: 'blur-from-top', notice: `You haven't started ${followed.name} — ${covers}` };
  const where = progress.episode > 0 ? code(progress.season, progress.episode) : `the start of season ${progress.season}`;
  return { action: 'blur-from-top', notice: `${followed.name}: you're at ${where} — ${covers}` };
}
