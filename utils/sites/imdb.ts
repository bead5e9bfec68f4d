/**
 * IMDb title pages (`/title/tt…/`). The page's IMDb id goes into `hints.imdbId` so the lookup
 * is exact, with the title and year beside it for when the id is unknown to the show database.
 * Series are told by `og:type` / JSON-LD (`TVSeries`, `datePublished`); an episode page badges
 * its series link.
 * Evidence: no saved page is public (the IMDb fixtures in scrapers' test folders are hand-made
 * samples). `h1[data-testid="hero__pageTitle"] span.hero__primary-text` and the year list after
 * it are what maintained scrapers read (code index, 2026-11); the fixture is hand-written.
 */
import { metaContent, queryFirst, spot, spotHeading, spotSafely } from './page-reading';
import { withoutFurniture } from './page-furniture';
import type { SiteAdapter, SpottedTitle, TitleHints } from './site-adapter';
import { structuredKind, structuredShow } from './structured-data';

// unverified, written 2026-11: hero title of a title page
const HEADING_SELECTORS = [
  'h1[data-testid="hero__pageTitle"]',
  '[data-testid="hero-title-block__title"]',
  'h1',
];
// unverified, written 2026-11: an episode page's link up to its series
const SERIES_LINK_SELECTORS = ['a[data-testid="hero-title-block__series-link"]', '[data-testid="hero__pageTitle"] ~ div a[href^="/title/tt"]'];

const IMDB_ID = /\/title\/(tt\d{7,10})\b/u;

function pageKind(root: ParentNode): 'series' | 'episode' | 'other' {
  const kind = structuredKind(root);
  if (kind === 'series' || kind === 'episode') return kind;
  return 'other';
}

// "Breaking Bad (TV Series 2008–2013) ⭐ 9.5" in og:title, "(TV Mini Series 2019)" in the document title
const TITLE_YEAR = /\((?:[^()]*?\s)?((?:19|20)\d{2})(?:[–-]|\s|\))/u;

/** The series' first year: JSON-LD first, then the year IMDb prints in og:title or the page title. */
function seriesYear(root: ParentNode): number | undefined {
  const fromLd = structuredShow(root)?.year;
  if (fromLd) return fromLd;
  const title = metaContent(root, 'og:title') ?? (root as Document).title ?? '';
  const year = Number(TITLE_YEAR.exec(title)?.[1]);
  return Number.isInteger(year) && year > 0 ? year : undefined;
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
  findTitles(root, url) {
    const kind = pageKind(root);
    if (kind === 'episode') return withoutFurniture(spotSafely(() => spotSeriesOfEpisode(root)));
    if (kind !== 'series') return [];
    const imdbId = IMDB_ID.exec(url.pathname)?.[1];
    const year = seriesYear(root);
    const hints: TitleHints = { ...(imdbId ? { imdbId } : {}), ...(year ? { year } : {}) };
    // Sub-pages (/episodes, /reviews…) badge the same heading; their "Episode list" headings are furniture.
    return withoutFurniture(spotHeading(root, HEADING_SELECTORS, hints), structuredShow(root)?.name);
  },
  watchSelector: HEADING_SELECTORS.join(', '),
};
