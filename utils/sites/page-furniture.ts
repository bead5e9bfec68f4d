/**
 * Page furniture: headings and links that name a kind of page or a section of a catalog
 * ("Episodes", "Cast & Crew", "More Like This", "TV Shows", "Top 10") rather than a show.
 * Real catalog pages put these next to show titles, in the same heading and link markup, so
 * every adapter passes its finds through `withoutFurniture`.
 */
import type { SpottedTitle } from './site-adapter';

// English first, then the other languages the supported stores serve, where the words are cheap to list.
const FURNITURE_PHRASES = [
  // episode lists and seasons
  'episodes', 'episode', 'episode list', 'episode guide', 'all episodes', 'full episodes', 'seasons', 'season',
  'all seasons', 'seasons and episodes', 'seasons & episodes', 'episodes and info', 'episodes & info', 'schedule',
  'folgen', 'episoden', 'alle folgen', 'staffeln', 'staffel', 'épisodes', 'épisode', 'saisons', 'saison',
  'episodios', 'temporadas', 'temporada', 'episodi', 'stagioni', 'stagione', 'afleveringen', 'seizoenen',
  'エピソード', 'シーズン', '에피소드', '시즌',
  // credits and details
  'cast', 'crew', 'cast & crew', 'cast and crew', 'full cast', 'full cast & crew', 'top cast', 'details', 'more details',
  'overview', 'about', 'synopsis', 'storyline', 'summary', 'reviews', 'user reviews', 'critic reviews', 'critics reviews',
  'ratings', 'rating', 'photos', 'images', 'videos', 'news', 'trivia', 'faq', 'awards', 'where to watch', 'watch now',
  'besetzung', 'darsteller', 'besetzung & crew', 'handlung', 'distribution', 'casting', 'reparto', 'elenco', 'cast e crew',
  // trailers, extras, recommendations
  'trailers', 'trailer', 'trailers & more', 'trailers and more', 'bonus', 'bonus content', 'clips', 'teasers', 'behind the scenes',
  'more like this', 'you may also like', 'you might also like', 'related', 'related shows', 'similar titles', 'similar shows',
  'recommendations', 'recommended', 'because you watched', 'customers also watched', 'people also watch',
  'mehr davon', 'ähnliche titel', 'ähnliche serien', 'das könnte dir auch gefallen', 'titres similaires', 'plus de titres similaires',
  'títulos similares', 'más títulos similares', 'titoli simili',
  // sections of a catalog, navigation and footer
  // Not "Home", "Extras" or "Popular": shows carry those names; navigation regions catch the links.
  'browse', 'search', 'my list', 'my stuff', 'watchlist', 'continue watching', 'library', 'profile', 'account',
  'tv', 'tv shows', 'tv series', 'shows', 'series', 'movies', 'films', 'movies & tv', 'tv & movies', 'kids', 'sports', 'live',
  'new & popular', 'new and popular', 'new releases', 'popular shows', 'trending', 'trending now', 'trending shows',
  'coming soon', 'upcoming', 'top rated', 'top rated tv shows', 'most popular', 'categories', 'genres', 'collections', 'networks',
  'originals', 'channels', 'lists', 'calendar', 'help', 'help center', 'contact us', 'privacy', 'terms of use', 'cookie preferences',
  'sign in', 'sign up', 'log in', 'start your free trial',
  'startseite', 'serien', 'filme', 'neu und beliebt', 'meine liste', 'accueil', 'séries', 'films et séries', 'ma liste',
  'inicio', 'películas', 'mi lista', 'home page', 'serie tv', 'film', 'la mia lista',
];

const PHRASES = new Set(FURNITURE_PHRASES);

// "Top 10", "Top 10 TV Shows in the U.S. Today", "Season 2", "3 Seasons", "Episode 4", "S1 E3", "Staffel 1"
const FURNITURE_PATTERNS = [
  /^top\s+\d+\b/u,
  /^(?:season|series|staffel|saison|temporada|stagione|seizoen|volume|vol\.|part|episode|folge|épisode|episodio|chapter)\s*\d+$/u,
  /^\d+\s+(?:seasons?|episodes?|staffeln|folgen|saisons|épisodes|temporadas|episodios|stagioni|episodi)$/u,
  /^s\d+\s*[:.]?\s*e\d+\b/u,
  /^(?:more|new|popular|trending|top|best|all|watch|browse)\s+(?:tv\s+)?(?:shows?|series|movies|films)\b/u,
  /^(?:limited series|miniseries|documentary series|docuseries|reality tv|tv-\w+)$/u,
];

// Navigation, footer and breadcrumb regions never hold the page's show.
const FURNITURE_REGION =
  'nav, footer, [role="navigation"], [role="contentinfo"], [role="menubar"], [role="menu"], [role="tablist"], [aria-label*="breadcrumb" i]';

function normalize(text: string): string {
  return text
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase()
    .replace(/[\s:.,!?…›»>]+$/u, '')
    .replace(/^(?:view|see|explore|show|browse)\s+(?:all\s+)?/u, '');
}

/** True when the text names a page kind or a catalog section, not a show. */
export function isFurnitureText(text: string | null | undefined): boolean {
  if (!text) return false;
  const normalized = normalize(text);
  if (!normalized) return true;
  if (PHRASES.has(normalized)) return true;
  return FURNITURE_PATTERNS.some((pattern) => pattern.test(normalized));
}

/** True when the element sits in the page's navigation, footer, breadcrumbs or tab list. */
export function isInFurnitureRegion(element: Element): boolean {
  try {
    return element.closest(FURNITURE_REGION) !== null;
  } catch {
    return false;
  }
}

/**
 * Spotted titles without the page furniture among them. `showName` is the name the page's own
 * structured data gives its show: a show really called "Episodes" keeps its heading.
 */
export function withoutFurniture(spotted: SpottedTitle[], showName?: string): SpottedTitle[] {
  const kept = showName ? normalize(showName) : undefined;
  return spotted.filter((title) => {
    if (isInFurnitureRegion(title.anchor)) return false;
    if (kept && normalize(title.title) === kept) return true;
    return !isFurnitureText(title.title) && !isFurnitureText(title.rawTitle);
  });
}
