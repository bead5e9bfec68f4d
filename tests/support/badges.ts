// Reading Greenlit badges through the public DOM contract only: hosts carry data-greenlit-* attributes.
import type { Page } from 'playwright-core';

export const BADGE_SELECTOR = '[data-greenlit-status]';

export interface BadgeInfo {
  status: string;
  title: string | null;
  showId: string | null;
  /** Last ~80 characters of page text before the badge host, trailing space trimmed. */
  textBefore: string;
  /** Accessible name of the focusable element inside the shadow root, if any. */
  label: string | null;
}

/** All badges on the page, in document order. */
export function readBadges(page: Page): Promise<BadgeInfo[]> {
  return page.evaluate((selector) => {
    return [...document.querySelectorAll(selector)].map((host) => {
      const range = document.createRange();
      range.setStart(document.body, 0);
      range.setEndBefore(host);
      const before = range.toString().replace(/\s+/g, ' ').trimEnd();
      const focusable = host.shadowRoot?.querySelector<HTMLElement>(
        '[aria-label], button, a[href], [tabindex]:not([tabindex="-1"])',
      );
      return {
        status: host.getAttribute('data-greenlit-status') ?? '',
        title: host.getAttribute('data-greenlit-title'),
        showId: host.getAttribute('data-greenlit-show-id'),
        textBefore: before.slice(-80),
        label: focusable?.getAttribute('aria-label') ?? focusable?.textContent?.trim() ?? null,
      };
    });
  }, BADGE_SELECTOR);
}

export interface SettleOptions {
  /** How long the badge set must stay the same (default 1 s). */
  quietMs?: number;
  /** Give up and return what is there after this long (default 10 s). */
  timeoutMs?: number;
  /** Don't call an empty page settled before this long (default 2 s): the content script may start late. */
  minWaitMs?: number;
}

/** Waits until no badge is `loading` and the set has not changed for `quietMs`. */
export async function waitForBadgesSettled(page: Page, options: SettleOptions = {}): Promise<BadgeInfo[]> {
  const { quietMs = 1000, timeoutMs = 10_000, minWaitMs = 2000 } = options;
  const start = Date.now();
  let last = '';
  let stableSince = Date.now();
  let badges: BadgeInfo[] = [];
  for (;;) {
    badges = await readBadges(page);
    const snapshot = JSON.stringify(badges.map((b) => [b.status, b.title, b.showId]));
    const now = Date.now();
    if (snapshot !== last) {
      last = snapshot;
      stableSince = now;
    }
    const loading = badges.some((b) => b.status === 'loading');
    const quiet = now - stableSince >= quietMs;
    if (!loading && quiet && (badges.length > 0 || now - start >= minWaitMs)) return badges;
    if (now - start >= timeoutMs) return badges;
    await page.waitForTimeout(100);
  }
}

/** Does the text right before the badge end with `title` (and not with a longer name around it)? */
export function badgeFollows(badge: BadgeInfo, title: string): boolean {
  return badge.textBefore.toLowerCase().endsWith(title.toLowerCase());
}

/**
 * Resolves once every one of `showIds` ("tvmaze:900001") has a badge on the page with its status: the
 * state a test expects, not a quiet period.
 */
export async function waitForShowBadges(page: Page, showIds: readonly string[], timeout = 30_000): Promise<BadgeInfo[]> {
  await page.waitForFunction(
    (ids) =>
      ids.every((id) =>
        [...document.querySelectorAll(`[data-greenlit-show-id="${id}"]`)].some((host) => host.getAttribute('data-greenlit-status') !== 'loading'),
      ),
    [...showIds],
    { timeout },
  );
  return readBadges(page);
}

/** The seed article's shows (TechRadar, Ballard season 2): Ballard and Bosch: Legacy. */
export const SEED_ARTICLE_SHOWS = ['tvmaze:900001', 'tvmaze:900002'] as const;
