/**
 * Prime Video detail page: read the episode list into episodes (the adapter's spoiler capability).
 * Pure: reads the DOM, never changes it. Which episodes to blur is decided in utils/spoilers/episodes.ts.
 */
import { DEFAULT_BLUR_PX, SPOILER_ATTR } from '../../page/contract';
import { episodeKey, type Episode } from '../../spoilers/episodes';

export interface PrimeEpisode extends Episode {
  item: Element;
  title: string;
}

// Selectors seen 2026-03 on amazon.de (English UI); later entries are fallbacks.
const EPISODE_ITEM = ['[data-testid="episode-list-item"]', 'li[id^="av-ep-episode-"]'];
const SYNOPSIS = ['[data-automation-id^="synopsis-"], [data-testid^="synopsis-"]', '[class*="synopsis"]'];
const STILL = ['[data-testid="episode-packshot"] img', '[data-testid="episode-image"] img', 'picture img', 'img'];
const TITLE = ['h3', '[data-automation-id^="ep-title-"]', '[class*="title"]'];
const PROGRESS_BAR = '[data-testid="progress-bar"], [data-automation-id="progress-bar"], [role="progressbar"]';
const WATCHED_FLAG = '[data-is-watched="true"]';
// "Play S1 E4", "Resume S1 E3"; the "Watch Again" button of a finished episode carries no numbers.
const PLAY_BUTTON = '[data-testid="episodes-playbutton"][aria-label], a[aria-label]';
const SEASON_LABEL = 'span, h2, h3, button, label, [role="combobox"]';

const SEASON_WORDS = '(?:season|staffel|saison|temporada|stagione)';
const LABEL_EPISODE = [
  /\bS(\d{1,3})\s*[:.]?\s*E(\d{1,4})\b/i,
  new RegExp(`${SEASON_WORDS}\\s*(\\d{1,3})\\D{0,12}?(?:episode|folge|épisode|episodio)\\s*(\\d{1,4})`, 'i'),
];
const TITLE_NUMBER = /^\s*(\d{1,4})\s*[.:)]\s/;
const SEASON_ONLY = new RegExp(`^${SEASON_WORDS}\\s+(\\d{1,3})$`, 'i');
const SEASON_IN_TITLE = new RegExp(`\\b${SEASON_WORDS}\\s+(\\d{1,3})\\b`, 'i');

const GUARDED = [
  '[data-testid="episode-list-item"] h3',
  '[data-testid="episode-list-item"] [data-automation-id^="synopsis-"]',
  '[data-testid="episode-list-item"] [data-testid^="synopsis-"]',
  '[data-testid="episode-list-item"] [data-testid="episode-packshot"] img',
];

/** Elements that may be blurred: the no-flash guard covers these until they are classified. */
export const PRIME_GUARDED_SELECTOR = GUARDED.join(', ');

/** For a document_start style sheet: blurs candidates until classification marks them. */
export const PRIME_EPISODE_GUARD_CSS = `${GUARDED.map((s) => `${s}:not([${SPOILER_ATTR}])`).join(',\n')} {
  filter: blur(${DEFAULT_BLUR_PX}px) !important;
}
`;

function firstMatch(scope: Element, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = scope.querySelector(selector);
    if (found) return found;
  }
  return null;
}

function synopsesOf(item: Element): Element[] {
  for (const selector of SYNOPSIS) {
    // Innermost matches only, so a wrapper and its text are not both taken.
    const found = [...item.querySelectorAll(selector)].filter((el) => !el.querySelector(selector));
    if (found.length) return found;
  }
  return [];
}

function labelNumbers(item: Element): { season: number; episode: number } | null {
  for (const button of item.querySelectorAll(PLAY_BUTTON)) {
    const label = button.getAttribute('aria-label') ?? '';
    for (const re of LABEL_EPISODE) {
      const m = re.exec(label);
      if (m) return { season: Number(m[1]), episode: Number(m[2]) };
    }
  }
  return null;
}

function watchedFraction(item: Element): number {
  if (item.matches(WATCHED_FLAG) || item.querySelector(WATCHED_FLAG)) return 1;
  let best = 0;
  for (const bar of item.querySelectorAll(PROGRESS_BAR)) {
    const now = Number(bar.getAttribute('aria-valuenow'));
    const max = Number(bar.getAttribute('aria-valuemax') || 100);
    const width = /width:\s*([\d.]+)%/.exec(bar.getAttribute('style') ?? '');
    const fraction = Number.isFinite(now) && bar.hasAttribute('aria-valuenow') ? now / max : width ? Number(width[1]) / 100 : 0;
    best = Math.max(best, fraction);
  }
  return Math.min(1, Math.max(0, best));
}

function mostCommon(values: number[]): number | null {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: number | null = null;
  for (const [v, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = v;
  return best;
}

/** The season shown, when no episode button names it: the "Season 1" label, then the page title. */
function pageSeason(root: ParentNode): number | null {
  for (const el of root.querySelectorAll(SEASON_LABEL)) {
    const m = SEASON_ONLY.exec((el.textContent ?? '').trim());
    if (m) return Number(m[1]);
  }
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const m = SEASON_IN_TITLE.exec(doc.title ?? '');
  return m ? Number(m[1]) : null;
}

function itemsOf(root: ParentNode): Element[] {
  for (const selector of EPISODE_ITEM) {
    const items = [...root.querySelectorAll(selector)];
    if (items.length) return items;
  }
  return [];
}

export function parsePrimeEpisodes(root: ParentNode): PrimeEpisode[] {
  const items = itemsOf(root);
  const labels = items.map(labelNumbers);
  const listSeason =
    mostCommon(labels.flatMap((l) => (l ? [l.season] : []))) ?? pageSeason(root) ?? 1;
  return items.map((item, index) => {
    const label = labels[index];
    const titleElement = firstMatch(item, TITLE);
    const title = (titleElement?.textContent ?? '').trim();
    const idIndex = /av-ep-episode-(\d+)$/.exec(item.id);
    const episode =
      Number(TITLE_NUMBER.exec(title)?.[1] ?? NaN) || label?.episode || (idIndex ? Number(idIndex[1]) + 1 : index + 1);
    const season = label?.season ?? listSeason;
    return {
      season,
      episode,
      key: episodeKey(season, episode),
      item,
      title,
      synopses: synopsesOf(item),
      titles: titleElement && title ? [titleElement] : [],
      still: firstMatch(item, STILL),
      watchedFraction: watchedFraction(item),
    };
  });
}
