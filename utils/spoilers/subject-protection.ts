/**
 * Protection that knows where you are: an article whose subject (see episode-subject.ts) is past
 * the viewer's progress on a followed show is blurred from the top of its body, with a notice
 * saying why. Pure; the caller resolves which show the article is about.
 */
import { formatEpisodeCode } from '../i18n/locale';
import { i18n } from '../i18n/messages';
import type { ArticleReading } from '../articles/reading';
import { sameShow, type ShowRef } from '../shows/show-ref';
import type { EpisodeProgress, WatchedShow } from '../storage/watched-shows';
import { articleHeadline, readingBlocks, type TextBlock } from './article-spoilers';
import { findEpisodeSubject, type EpisodeSubject } from './episode-subject';
import type { BodyHeadline } from './headline-shows';

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

/** The body's opening h1 when the page puts its headline there (headline-shows.ts reads placements in it). */
export function bodyHeadline(reading: ArticleReading, blocks: readonly TextBlock[] = readingBlocks(reading)): BodyHeadline | null {
  const first = blocks.findIndex((b) => b.text);
  const opensWithH1 = !reading.headline.trim() && blocks[first]?.kind === 'heading' && blocks[first]?.level === 1;
  return opensWithH1 ? { start: reading.blocks[first]!.start, end: reading.blocks[first + 1]?.start ?? reading.body.length } : null;
}

/** The episode or season the article covers, read from its headline, address and first paragraph. */
export function articleSubject(reading: ArticleReading, blocks: readonly TextBlock[] = readingBlocks(reading)): EpisodeSubject | null {
  return findEpisodeSubject({
    headline: articleHeadline(reading, blocks) ?? undefined,
    url: reading.url,
    firstParagraph: blocks.find((b) => b.kind === 'text' && b.text)?.text,
  });
}

/** For each followed show with protection on that the subject goes past: the notice to show. */
export function subjectNotices(subject: EpisodeSubject | null, followed: readonly FollowedShow[]): Array<{ ref: ShowRef; notice: string }> {
  if (!subject) return [];
  return followed.flatMap((show) => {
    const decision = decideSubjectProtection({ show: show.ref, subject, followed });
    return decision.action === 'blur-from-top' ? [{ ref: show.ref, notice: decision.notice }] : [];
  });
}
