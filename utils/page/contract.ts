// The page contract: every `data-greenlit-*` attribute Greenlit writes into a page, and its values.
// Sites, tests and user styles may rely on these; nothing else in the code spells them.
import type { LookupResult } from '../shows/show';
import { parseShowKey, showKey, type ShowRef } from '../shows/show-ref';

/** The custom element that hosts a badge's shadow root. */
export const BADGE_HOST_NAME = 'greenlit-badge';
/** Present on every badge host. */
export const BADGE_ATTR = 'data-greenlit-badge';
export const BADGE_SELECTOR = `[${BADGE_ATTR}]`;
/** Where the badge sits: `inline` after a title, `tile` overlaid on a card. */
export const PLACEMENT_ATTR = 'data-greenlit-placement';
export type BadgePlacement = 'inline' | 'tile';
/** A RenewalStatus, or `loading` until the lookup answers. */
export const STATUS_ATTR = 'data-greenlit-status';
/** The show's title as looked up: the page's title cleaned of season, edition and year ("Reacher - Season 2" → "Reacher"). */
export const TITLE_ATTR = 'data-greenlit-title';
/** The show the badge resolved to, as `<source>:<id>` ("tvmaze:123"); absent for "not a show". */
export const SHOW_ID_ATTR = 'data-greenlit-show-id';

/** On every element the spoiler shield classified. */
export const SPOILER_ATTR = 'data-greenlit-spoiler';
/** `clear` marks an element that was classified and needs no blur (releases the no-flash guard). */
export type SpoilerState = 'blurred' | 'revealed' | 'clear';
export const BLURRED_SELECTOR = `[${SPOILER_ATTR}="blurred"]`;
/** Elements blurred together (one episode) share this key. */
export const SPOILER_KEY_ATTR = 'data-greenlit-spoiler-key';
/** What the page had before blurring, restored on reveal. */
export const SPOILER_SAVED_ATTR = 'data-greenlit-spoiler-saved';
export const SPOILER_TABINDEX_ATTR = 'data-greenlit-spoiler-tabindex';
/** Set while a keyboard-revealed element keeps focus through a temporary tabindex. */
export const SPOILER_FOCUS_ATTR = 'data-greenlit-spoiler-focus';
/** The `<style>` of the document_start no-flash guard. */
export const GUARD_ATTR = 'data-greenlit-guard';
/** An article block the document_start guard hides until the article script has classified the page. */
export const GUARDED_ATTR = 'data-greenlit-guarded';

/** The custom element of the notice above an article blurred for a watched show ("You're at S1E2 — …"). */
export const NOTICE_HOST_NAME = 'greenlit-spoiler-notice';
export const NOTICE_ATTR = 'data-greenlit-spoiler-notice';
export const NOTICE_SELECTOR = `[${NOTICE_ATTR}]`;

/** Blur radius before settings are read (the guard style sheet, and the settings default). */
export const DEFAULT_BLUR_PX = 8;

export function showIdValue(ref: ShowRef): string {
  return showKey(ref);
}

export function showIdOf(host: Element): ShowRef | null {
  const value = host.getAttribute(SHOW_ID_ATTR);
  return value ? parseShowKey(value) : null;
}

/** What a page feature asks of the badge mounter: one badge for one spotted title. */
export interface BadgeRequest {
  /** The title as looked up (cleaned): becomes `data-greenlit-title`. */
  title: string;
  placement: BadgePlacement;
  /** Puts the host element into the page (after a mention, inside a tile…). */
  insert(host: HTMLElement): void;
  /** Known at once (articles look up before badging); sites update the badge when the lookup answers. */
  result?: LookupResult | null;
}
