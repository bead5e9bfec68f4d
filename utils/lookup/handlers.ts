import * as z from 'zod/mini';
import type { LookupService } from './service';
import { parseRequest } from '../messaging/parse-request';
import { correctTitleSchema, lookupRequestSchema, searchRequestSchema, spotArticleRequestSchema } from '../messaging/schemas';
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

/** Spots an article's shows; later answers go back to the frame that asked through `push`. */
export function handleSpotArticle(
  deps: Omit<ArticleSpotterDeps, 'push'>,
  data: unknown,
  push: (scanId: string, placements: ArticlePlacement[]) => Promise<void>,
): Promise<ArticleSpotReply> {
  const request = parseRequest(spotArticleRequestSchema, data, 'spotArticle');
  return spotAndAnswer(request.reading, request.site, { ...deps, push: (placements) => push(request.scanId, placements) });
}
