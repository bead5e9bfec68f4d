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

export const SITE_ADAPTERS: SiteAdapter[] = [
  primeVideo,
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

const compiledPatterns = new Map<SiteAdapter, MatchPattern[]>();

function patternsOf(adapter: SiteAdapter): MatchPattern[] {
  let patterns = compiledPatterns.get(adapter);
  if (!patterns) {
    patterns = adapter.matches.map((pattern) => new MatchPattern(pattern));
    compiledPatterns.set(adapter, patterns);
  }
  return patterns;
}

/** The adapter whose match patterns accept `url`, if any. */
export function adapterForUrl(url: URL): SiteAdapter | undefined {
  return SITE_ADAPTERS.find((adapter) => patternsOf(adapter).some((pattern) => pattern.includes(url)));
}

/** Every adapter's match patterns, for the content script's `matches`. */
export function siteMatchPatterns(): string[] {
  return [...new Set(SITE_ADAPTERS.flatMap((adapter) => adapter.matches))];
}
