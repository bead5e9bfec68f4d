/**
 * IMDb title pages (`/title/tt…/`). The page's IMDb id goes into `hints.imdbId` so the lookup
 * is exact. Series are told by `og:type` / JSON-LD; an episode page badges its series link.
 * No saved page: selectors follow IMDb's `data-testid` markup; the fixture is hand-written.
 */
import { jsonLdKind, metaContent, queryFirst, spot, spotHeading, spotSafely } from './page-reading';
import type { SiteAdapter, SpottedTitle } from './site-adapter';

// unverified, written 2026-11: hero title of a title page
const HEADING_SELECTORS = ['h1[data-testid="hero__pageTitle"]', '[data-testid="hero-title-block__title"]', 'h1'];
// unverified, written 2026-11: an episode page's link up to its series
const SERIES_LINK_SELECTORS = ['a[data-testid="hero-title-block__series-link"]', '[data-testid="hero__pageTitle"] ~ div a[href^="/title/tt"]'];

const IMDB_ID = /\/title\/(tt\d{7,10})\b/u;

function pageKind(root: ParentNode): 'series' | 'episode' | 'other' {
  const ogType = metaContent(root, 'og:type') ?? '';
  if (ogType === 'video.tv_show') return 'series';
  if (ogType === 'video.episode') return 'episode';
  if (ogType) return 'other';
  return jsonLdKind(root) === 'series' ? 'series' : 'other';
}

function spotSeriesOfEpisode(root: ParentNode): SpottedTitle | undefined {
  const link = queryFirst(root, SERIES_LINK_SELECTORS);
  const imdbId = IMDB_ID.exec(link?.getAttribute('href') ?? '')?.[1];
  return link && imdbId ? spot(link, link.textContent, 'after-heading', { imdbId }) : undefined;
}

export const imdb: SiteAdapter = {
  id: 'imdb',
  name: 'IMDb',
  matches: ['*://*.imdb.com/title/*'],
  testUrls: ['https://www.imdb.com/title/tt0903747/', 'https://m.imdb.com/title/tt12637874/?ref_=nv_sr_srsg_0'],
  fixture: 'imdb-series-handwritten.html',
  fixtureUrl: 'https://www.imdb.com/title/tt0903747/',
  findTitles(root, url) {
    const kind = pageKind(root);
    if (kind === 'episode') return spotSafely(() => spotSeriesOfEpisode(root));
    const imdbId = IMDB_ID.exec(url.pathname)?.[1];
    // Sub-pages (/episodes, /reviews…) badge the same heading.
    return kind === 'series' ? spotHeading(root, HEADING_SELECTORS, imdbId ? { imdbId } : undefined) : [];
  },
  watchSelector: HEADING_SELECTORS.join(', '),
};
