/**
 * Netflix. Browse cards carry no media type, so only title pages (`/title/<id>`) and the
 * preview modal (`?jbv=<id>`) get a badge, when they show seasons or episodes.
 * No saved page: selectors follow Netflix's `data-uia` test attributes as used by public
 * extensions; the fixture is hand-written.
 */
import { jsonLdKind, queryAll, spotHeading } from './page-reading';
import type { SiteAdapter } from './site-adapter';

// unverified, written 2026-11: logged-out title page heading, then preview modal title logo
const HEADING_SELECTORS = [
  'h1[data-uia="title-info-title"]',
  '[data-uia="previewModal--player-titleTreatment-logo"]',
  '.previewModal--player-titleTreatment-logo',
  '.title-info h1',
];
// unverified, written 2026-11: season picker and episode list of series
const SERIES_MARKER_SELECTOR =
  '[data-uia="season-selector"], [data-uia="dropdown-toggle"][aria-label*="eason"], .episodeSelector, [data-uia="episode-item"], [data-uia="episode"]';
// unverified, written 2026-11: "3 Seasons" / "Limited Series" line in the metadata
const SEASON_COUNT_SELECTOR = '[data-uia="item-seasons"], .previewModal--detailsMetadata .duration, .duration';

const SEASON_COUNT = /^\d+\s+(?:seasons?|episodes?|staffeln?|saisons?|temporadas?)$|^limited series$|^miniseries$/iu;

function isSeriesPage(root: ParentNode): boolean {
  if (queryAll(root, SERIES_MARKER_SELECTOR).length > 0) return true;
  if (queryAll(root, SEASON_COUNT_SELECTOR).some((element) => SEASON_COUNT.test(element.textContent?.trim() ?? ''))) return true;
  return jsonLdKind(root) === 'series';
}

export const netflix: SiteAdapter = {
  id: 'netflix',
  name: 'Netflix',
  matches: ['*://*.netflix.com/*'],
  testUrls: ['https://www.netflix.com/title/80057281', 'https://www.netflix.com/browse?jbv=80057281'],
  fixture: 'netflix-title-handwritten.html',
  fixtureUrl: 'https://www.netflix.com/title/80057281',
  findTitles(root, url) {
    const isTitleView = /^\/(?:[a-z-]+\/)?title\/\d+/u.test(url.pathname) || url.searchParams.has('jbv');
    return isTitleView && isSeriesPage(root) ? spotHeading(root, HEADING_SELECTORS) : [];
  },
  watchSelector: `${HEADING_SELECTORS.join(', ')}, ${SERIES_MARKER_SELECTOR}`,
};
