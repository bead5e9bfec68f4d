// Streaming and catalog sites: one pure adapter per site reads titles from the page; every adapter is registered here.
import { MatchPattern } from 'wxt/utils/match-patterns';
import { appleTv } from './apple-tv';
import { disneyPlus } from './disney-plus';
import { hotstar } from './hotstar';
import { hulu } from './hulu';
import { imdb } from './imdb';
import { justwatch } from './justwatch';
import { max } from './max';
import { netflix } from './netflix';
import { paramountPlus } from './paramount-plus';
import { peacock } from './peacock';
import { primeVideo } from './prime-video/adapter';
import { rottenTomatoes } from './rotten-tomatoes';
import type { SiteAdapter } from './site-adapter';
import { tmdb } from './tmdb';
import { trakt } from './trakt';

// Adding a site: its file (or folder) under utils/sites/, plus one line in one of the lists below.

/** Sites read by the shared script, entrypoints/streaming.content.ts. */
export const STREAMING_ADAPTERS: SiteAdapter[] = [
  netflix,
  disneyPlus,
  hotstar,
  max,
  hulu,
  appleTv,
  paramountPlus,
  peacock,
  imdb,
  justwatch,
  rottenTomatoes,
  tmdb,
  trakt,
];

/** Sites with a script of their own, entrypoints/<id>.content.ts (Prime Video: its guard and episode shield). */
export const OWN_SCRIPT_ADAPTERS: SiteAdapter[] = [primeVideo];

/** Every adapter; the first whose patterns accept a URL reads it. */
export const SITE_ADAPTERS: SiteAdapter[] = [...OWN_SCRIPT_ADAPTERS, ...STREAMING_ADAPTERS];

const compiledPatterns = new Map<SiteAdapter, MatchPattern[]>();

function patternsOf(adapter: SiteAdapter): MatchPattern[] {
  let patterns = compiledPatterns.get(adapter);
  if (!patterns) {
    patterns = adapter.matches.map((pattern) => new MatchPattern(pattern));
    compiledPatterns.set(adapter, patterns);
  }
  return patterns;
}

/** The adapter whose match patterns accept `url`, if any (the list is explicit so each bundle carries only its own). */
export function adapterForUrl(url: URL, adapters: readonly SiteAdapter[]): SiteAdapter | undefined {
  return adapters.find((adapter) => patternsOf(adapter).some((pattern) => pattern.includes(url)));
}

/** The adapters' match patterns, for a content script's `matches`. */
export function siteMatchPatterns(adapters: readonly SiteAdapter[]): string[] {
  return [...new Set(adapters.flatMap((adapter) => adapter.matches))];
}
