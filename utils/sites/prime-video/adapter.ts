/**
 * Prime Video, one folder: this adapter, its match patterns, and its episode list for the spoiler shield.
 *
 * Prime Video on primevideo.com and on Amazon's video pages of every store domain.
 * Selectors checked against a detail page saved 2026-03 on amazon.de (English UI):
 * tests/fixtures/pages/primevideo-detail-young-sherlock-amazon-de-2026-03.html.
 */
import { cleanTitle } from '../clean-title';
import { PRIME_VIDEO_MATCHES } from './matches';
import { attributeText, pageTitle, plainTitle, queryAll, queryFirst, spot, spotEach, spotSafely, jsonLdKind } from '../page-reading';
import type { SiteAdapter, SpottedTitle } from '../site-adapter';
import { parsePrimeEpisodes, PRIME_GUARDED_SELECTOR } from './episodes';


// seen 2026-03 on amazon.de: every row card (more like this, browse, search)
const CARD_SELECTOR = 'article[data-card-title]';
// fallback, unverified, added 2026-03: older card markup without data-card-* attributes
const LEGACY_CARD_SELECTOR = '[data-testid="card"]:not([data-card-title])';
// seen 2026-03 on amazon.de: the card's detail link carries the clean title as text
const CARD_LINK_SELECTOR = 'a[href*="/detail/"]';
// seen 2026-03 on amazon.de: title art heading; fallbacks unverified, added 2026-03
const HEADING_SELECTORS = ['h1[data-testid="title-art"]', '[data-automation-id="title"]', 'main h1', 'h1'];
// seen 2026-03 on amazon.de: episode tab and list; season selectors unverified, added 2026-03
const SERIES_MARKER_SELECTOR = [
  '[data-testid="btf-episodes-tab"]',
  '[data-testid="episode-list-item"]',
  '[data-automation-id^="ep-title-episode"]',
  '[data-testid="season-selector"]',
  '[data-automation-id="season-selector"]',
  '[data-testid="dv-node-dp-season-selector"]',
].join(', ');
// seen 2026-03 on amazon.de: "1 season" badge (role=img, aria-label) in the title metadata
const SEASON_BADGE_SELECTOR = 'main span[role="img"][aria-label]';

const SERIES_ENTITY_TYPES = new Set(['tv show', 'tv series', 'series', 'season', 'tv season']);
const SEASON_COUNT =
  /^\d+\s+(?:seasons?|staffeln?|saisons?|temporadas?|stagion[ei]|seizoen(?:en)?|säsong(?:er)?|sezon(?:y|ów)?|sezonu?)$|シーズン/iu;
// "Watch X | Prime Video", "X ansehen | Prime Video", "Amazon.de: X ansehen | Prime Video"…
const DOCUMENT_TITLE_NOISE = [
  /\s*\|\s*(?:amazon\s+)?prime\s*video.*$/iu,
  /^amazon(?:\.[a-z.]+)?\s*:\s*/iu,
  /^(?:watch|regarder|guarda|ver|assistir|assista|bekijk|titta på|oglądaj|se|katso|sehen)\s+/iu,
  /\s+(?:ansehen|anschauen|izle|kijken|を観る|を見る|देखें|시청하기|مشاهدة)$/iu,
];

function cardKind(card: Element): 'series' | 'other' | undefined {
  const entityType = card.getAttribute('data-card-entity-type');
  if (entityType !== null) return SERIES_ENTITY_TYPES.has(entityType.trim().toLowerCase()) ? 'series' : 'other';
  return undefined;
}

function spotCard(card: Element): SpottedTitle | undefined {
  const raw = attributeText(card, ['data-card-title']) ?? plainTitle(card.querySelector(CARD_LINK_SELECTOR)?.textContent);
  if (!raw) return undefined;
  const kind = cardKind(card);
  // No entity type: only a season suffix in the title proves a series.
  if (kind === 'other' || (kind === undefined && cleanTitle(raw) === raw.trim())) return undefined;
  return spot(card, raw, 'tile');
}

function isSeriesDetail(root: ParentNode): boolean {
  if (queryAll(root, SERIES_MARKER_SELECTOR).length > 0) return true;
  if (queryAll(root, SEASON_BADGE_SELECTOR).some((badge) => SEASON_COUNT.test(badge.getAttribute('aria-label')?.trim() ?? ''))) {
    return true;
  }
  return jsonLdKind(root) === 'series';
}

function titleFromDocumentTitle(root: ParentNode): string | undefined {
  let title = pageTitle(root);
  if (!/prime\s*video/iu.test(title)) return undefined;
  for (const noise of DOCUMENT_TITLE_NOISE) title = title.replace(noise, '');
  return plainTitle(title);
}

function spotDetailTitle(root: ParentNode, url: URL): SpottedTitle | undefined {
  const isDetailPage = /\/(?:detail|dp)\//u.test(url.pathname) || queryAll(root, '[data-testid="detailpage-main"]').length > 0;
  if (!isDetailPage || !isSeriesDetail(root)) return undefined;
  const heading = queryFirst(root, HEADING_SELECTORS);
  if (!heading) return undefined;
  const raw =
    attributeText(heading.querySelector('img[alt]'), ['alt']) ?? plainTitle(heading.textContent) ?? titleFromDocumentTitle(root);
  return spot(heading, raw, 'after-heading');
}

export const primeVideo: SiteAdapter = {
  id: 'prime-video',
  name: 'Prime Video',
  matches: PRIME_VIDEO_MATCHES,
  findTitles(root, url) {
    const detail = spotSafely(() => spotDetailTitle(root, url));
    const cards = spotEach(queryAll(root, `${CARD_SELECTOR}, ${LEGACY_CARD_SELECTOR}`), spotCard);
    return [...detail, ...cards];
  },
  watchSelector: `${CARD_SELECTOR}, ${LEGACY_CARD_SELECTOR}, ${HEADING_SELECTORS[0]}`,
  spoilers: { episodes: parsePrimeEpisodes, guardedSelector: PRIME_GUARDED_SELECTOR },
};
