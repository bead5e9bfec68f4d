// Every message between pages, popup, options and the worker, with the caps that keep a hostile page's requests bounded.
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { LookupResult, Show } from '../shows/show';
import type { ShowRef } from '../shows/show-ref';
import type { TvmazeSearchResult } from '../sources/tvmaze/schemas';
import type { LookupRequest, SpotArticleMessage } from './schemas';
import type { ArticlePlacement, ArticleSpotReply } from '../articles/spot/article-spotter';
import type { ConfirmReply, JobSummary, StartReply } from '../watching/imports/import-runner';
import type { WatchedCalendar } from '../watching/calendar/watched-calendar';
import type { HistoryFile } from '../watching/imports';
import type { ShowCandidate } from '../watching/imports/merge-plan';
import type { ImportFormat } from '../watching/imports/types';
import type { BadgedShow } from '../page/badges-on-page';
import type { FollowedShow } from '../spoilers/subject-protection';
import type { ArticleSpoilerVerdict, SubjectNotice } from '../spoilers/article-verdict';
import type { EpisodeSubject } from '../spoilers/episode-subject';
import type { Settings } from '../storage/settings';

/** Caps keep a hostile page from making the worker do unbounded work. */
export const MAX_TITLES_PER_BATCH = 500;
export const MAX_TITLE_LENGTH = 200;

/** The request shapes; their validators live with the worker (./schemas.ts), so zod stays out of pages. */
export type { LookupRequest, SpotArticleMessage, SpotArticleRequest } from './schemas';

export interface CorrectTitleRequest {
  /** The title as spotted on the page. */
  title: string;
  /** The right show, or null for "not a show". */
  ref: ShowRef | null;
  name?: string;
  /** The page's hostname: the correction is kept for it alone when `onlyThisSite`. */
  site: string;
  onlyThisSite: boolean;
}

/** The worker's answer to an article's reading: its badges so far, and the spoiler verdict on it. */
export interface ArticlePageReply extends ArticleSpotReply {
  spoilers: ArticleSpoilerVerdict;
}

/** One message per page scan: a batch of titles in, a batch of results out, in the same order. */
interface ProtocolMap {
  // content/options → background
  lookupTitles(request: LookupRequest): LookupResult[];
  searchShows(request: { query: string }): TvmazeSearchResult[];
  showByRef(request: { ref: ShowRef }): Show | null;
  /** Options page: check a TMDB API key with one call; the key itself stays in the background. */
  setTmdbKey(request: { key: string | null }): { ok: true } | { ok: false; error: string };
  /** Options page: whether a TMDB key is saved (never the key itself). */
  tmdbKeyStatus(): { saved: boolean };
  /** Options page: run the watched-shows status check now. */
  checkWatchedNow(): { checked: number; changes: number };
  /**
   * Options page: a history import (Netflix, Trakt, TV Time). The worker parses the file, matches
   * its shows in the background and saves the job in storage.local after each step (the page
   * follows it there); only `importConfirm` writes the watched list.
   */
  importStart(request: { files: HistoryFile[]; profile?: string; expect?: ImportFormat }): StartReply;
  /** The page opened: what import is open, and matching carries on where it stopped. */
  importResume(): { job: JobSummary | null; notice: string | null };
  /** The user's show for an entry (null: leave it out). */
  importPick(request: { jobId: string; index: number; show: ShowCandidate | null }): { ok: boolean; error?: string };
  importCancel(request: { jobId: string }): { ok: true };
  importConfirm(request: { jobId: string }): ConfirmReply;
  /** Options page: an .ics file of the next episodes of the shows switched on for the calendar. */
  nextEpisodesCalendar(): WatchedCalendar;
  /** Badge cards: whether the show is watched, and adding it; the page never touches the stored list. */
  watchState(request: { ref: ShowRef }): { watched: boolean };
  watchShow(request: { ref: ShowRef; name: string }): { watched: true };
  /** Badge cards, "Wrong show?": the worker keeps the answer and looks the title up again. */
  correctTitle(request: CorrectTitleRequest): LookupResult;
  /** Article pages: the shows in this reading, with what is known at once; the rest follows as `articleResults`. */
  spotArticle(request: SpotArticleMessage): ArticlePageReply;
  /** Article pages: the badges the scan answered at once are up; its lookups may start. */
  articleShown(request: { scanId: string }): void;
  /** Article pages: the notices for the article's subject, after the watched list changed. */
  subjectNotices(request: { subject: EpisodeSubject | null }): SubjectNotice[];
  /** Content scripts: what they need from storage, read and validated by the worker (storage/page-requests.ts). */
  pageSettings(): Settings;
  protectedShows(): FollowedShow[];
  revealedBlocks(request: { url: string }): string[];
  rememberRevealedBlock(request: { url: string; key: string }): void;
  revealedEpisodes(request: { ref: ShowRef }): string[];
  rememberRevealedEpisode(request: { ref: ShowRef; key: string }): void;
  // background → content script of the tab that asked
  /** More badges (and fresher statuses) for an article scan, each as its own lookup lands. */
  articleResults(push: { scanId: string; placements: ArticlePlacement[] }): void;
  /** Site pages: the real answers for titles first answered from the index, by query key. */
  titleResults(push: { results: Array<{ key: string; result: LookupResult }> }): void;
  // popup → content script of the active tab
  revealAllSpoilers(): number;
  /** The shows badged on the page now, for the popup's "On this page". */
  badgesOnPage(): BadgedShow[];
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
