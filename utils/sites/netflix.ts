/**
 * Netflix. Browse cards carry no media type, so only title pages (`/title/<id>`) and the
 * preview modal (`?jbv=<id>`) get a badge, when they show seasons or episodes.
 * Evidence: no saved page is public. Logged-out title pages carry JSON-LD (`TVSeries` / `Movie`),
 * read first. The modal's markup follows ackinc/webext-movie-ratings (Netflix module, commit
 * 64a496d, 2026-01-03): "More Like This" cards (`div.titleCard--container` in
 * `div.moreLikeThis--wrapper`) carry their own `span.duration` ("3 Seasons"), so the season
 * count is read only in the modal's own metadata block, never inside those cards.
 */
import { queryAll, spotHeading } from './page-reading';
import { withoutFurniture } from './page-furniture';
import type { SiteAdapter } from './site-adapter';
import { hasSeasonCount, ownText, structuredKind, structuredShow } from './structured-data';

// unverified, written 2026-11: logged-out title page heading, then preview modal title logo
const HEADING_SELECTORS = [
  'h1[data-uia="title-info-title"]',
  '[data-uia="previewModal--player-titleTreatment-logo"]',
  '.previewModal--player-titleTreatment-logo',
  '.title-info h1',
];
// peer 2026-01 (ackinc/webext-movie-ratings): recommendation cards inside the modal, with their own metadata
const RECOMMENDATION_SELECTOR = '.titleCard--container, .moreLikeThis--wrapper, [data-uia="titleCard--container"]';
// unverified, written 2026-11: season picker and episode list of the series itself
const SERIES_MARKER_SELECTOR =
  '[data-uia="season-selector"], [data-uia="dropdown-toggle"][aria-label*="eason"], .episodeSelector, [data-uia="episode-item"], [data-uia="episode"]';
// peer 2026-01 (ackinc/webext-movie-ratings), title page unverified: the view's own metadata block
const OWN_METADATA_SELECTOR = '.previewModal--detailsMetadata-left, .previewModal--detailsMetadata, [data-uia="item-seasons"], .title-info-metadata-wrapper';

function isSeriesView(root: ParentNode): boolean {
  const kind = structuredKind(root);
  if (kind) return kind !== 'film';
  const ownMarkers = queryAll(root, SERIES_MARKER_SELECTOR).filter((marker) => !marker.closest(RECOMMENDATION_SELECTOR));
  if (ownMarkers.length > 0) return true;
  return queryAll(root, OWN_METADATA_SELECTOR)
    .filter((block) => !block.closest(RECOMMENDATION_SELECTOR))
    .some((block) => hasSeasonCount(ownText(block, RECOMMENDATION_SELECTOR)));
}

export const netflix: SiteAdapter = {
  id: 'netflix',
  name: 'Netflix',
  matches: ['*://*.netflix.com/*'],
  findTitles(root, url) {
    const isTitleView = /^\/(?:[a-z-]+\/)?title\/\d+/u.test(url.pathname) || url.searchParams.has('jbv');
    if (!isTitleView || !isSeriesView(root)) return [];
    const show = structuredShow(root);
    return withoutFurniture(spotHeading(root, HEADING_SELECTORS, show?.year ? { year: show.year } : undefined), show?.name);
  },
  watchSelector: `${HEADING_SELECTORS.join(', ')}, ${SERIES_MARKER_SELECTOR}`,
};
