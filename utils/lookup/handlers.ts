import * as z from 'zod/mini';
import type { LookupService } from './service';
import { parseRequest } from '../messaging/parse-request';
import { correctTitleSchema, lookupRequestSchema, searchRequestSchema, spotArticleRequestSchema, subjectNoticesSchema } from '../messaging/schemas';
import type { ArticlePageReply } from '../messaging/protocol';
import { articleSpoilerVerdict, type SubjectNotice } from '../spoilers/article-verdict';
import type { ScanGates } from '../articles/spot/scan-gates';
import { subjectNotices, type FollowedShow } from '../spoilers/subject-protection';
import { spotAndAnswer, type ArticleSpotReply, type ArticleSpotterDeps, type ArticlePlacement } from '../articles/spot/article-spotter';
import { showRefSchema, type LookupResult } from '../shows/show';
import { lookupWithIndex, type FastLookupDeps } from '../articles/spot/known-titles';
import { setCorrection } from '../storage/corrections';
import type { TvmazeClient } from '../sources/tvmaze/client';
import type { TvmazeSearchResult } from '../sources/tvmaze/schemas';

/** With `fast`, titles the index knows are answered at once and their real answers pushed later. */
export function handleLookupTitles(
  service: LookupService,
  data: unknown,
  fast?: Omit<FastLookupDeps, 'lookups'>,
): Promise<LookupResult[]> {
  const request = parseRequest(lookupRequestSchema, data, 'lookupTitles');
  if (fast) return lookupWithIndex(request.titles, request.site, { ...fast, lookups: service });
  return service.lookupMany(request.titles, request.site);
}

const showByRefSchema = z.object({ ref: showRefSchema });

export function handleShowByRef(service: LookupService, data: unknown) {
  return service.showByRef(parseRequest(showByRefSchema, data, 'showByRef').ref);
}

/** "Wrong show?" on a card: keeps the answer (for this site or everywhere) and answers the title anew. */
export async function handleCorrectTitle(service: LookupService, data: unknown): Promise<LookupResult> {
  const request = parseRequest(correctTitleSchema, data, 'correctTitle');
  await setCorrection(request.title, {
    ref: request.ref,
    name: request.name,
    site: request.onlyThisSite ? request.site : undefined,
  });
  const [result] = await service.lookupMany([{ title: request.title }], request.site);
  return result!;
}

export function handleSearchShows(client: TvmazeClient, data: unknown): Promise<TvmazeSearchResult[]> {
  return client.search(parseRequest(searchRequestSchema, data, 'searchShows').query);
}

export interface ArticleDeps extends Omit<ArticleSpotterDeps, 'push'> {
  /** The watched shows with spoiler protection on. */
  protectedShows(): Promise<FollowedShow[]>;
  /** Holds each scan's lookups until its page has shown the first badges. */
  gates?: ScanGates;
}

/**
 * Spots an article's shows and gives the spoiler verdict on the same reading; later answers go back
 * to the frame that asked through `push`.
 */
export async function handleSpotArticle(
  deps: ArticleDeps,
  data: unknown,
  push: (scanId: string, placements: ArticlePlacement[]) => Promise<void>,
): Promise<ArticlePageReply> {
  const request = parseRequest(spotArticleRequestSchema, data, 'spotArticle');
  const followed = await deps.protectedShows();
  // A protected show needs the headline's show resolved, badges or not.
  const lookups = request.lookups !== false || followed.length > 0;
  // Before the spotting: its lookups start as it answers, and none should go out before the page has its badges.
  const spoilers = articleSpoilerVerdict(request.reading, followed);
  const reply: ArticleSpotReply = await spotAndAnswer(
    request.reading,
    request.site,
    { ...deps, push: (placements) => push(request.scanId, placements) },
    { lookups, shown: deps.gates?.wait(request.scanId) },
  );
  return { ...reply, spoilers };
}

const scanIdSchema = z.object({ scanId: z.string().check(z.minLength(1), z.maxLength(64)) });

/** The page has put up the badges its scan answered at once: that scan's lookups may go. */
export function handleArticleShown(gates: ScanGates, data: unknown): void {
  gates.shown(parseRequest(scanIdSchema, data, 'articleShown').scanId);
}

/** The notices for an article's subject against the watched list as it is now (it changed while the page was open). */
export async function handleSubjectNotices(protectedShows: () => Promise<FollowedShow[]>, data: unknown): Promise<SubjectNotice[]> {
  const { subject } = parseRequest(subjectNoticesSchema, data, 'subjectNotices');
  return subjectNotices(subject, await protectedShows());
}
