// Language for every runtime: which locale Greenlit speaks, and dates, times and counts through Intl in it.
import { browser } from 'wxt/browser';
import { i18n } from './messages';

/**
 * The locale to format in: the browser's UI language when Greenlit's messages are in that language
 * (en-GB days for the English catalog), otherwise the catalog's own, so a date never reads in another
 * language than the sentence around it (a Dutch browser gets English messages and English dates).
 */
export function displayLocale(): string {
  const catalog = i18n.t('language.tag');
  const ui = browser.i18n.getUILanguage();
  return primary(ui) === primary(catalog) ? ui : catalog;
}

const primary = (tag: string) => tag.toLowerCase().split(/[-_]/)[0];

/** A calendar date from the source ("2026-12-05"), as that day everywhere: "5 Dec 2026", "05.12.2026". */
export function formatCalendarDate(iso: string): string {
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(displayLocale(), { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** The day of a moment, in the reader's time zone. */
export function formatDay(epochMs: number): string {
  return new Intl.DateTimeFormat(displayLocale(), { dateStyle: 'medium' }).format(epochMs);
}

/** A time of day, in the reader's time zone and clock: "09:05", "9:05 AM". */
export function formatClock(epochMs: number): string {
  return new Intl.DateTimeFormat(displayLocale(), { timeStyle: 'short' }).format(epochMs);
}

const UNITS: Array<{ unit: Intl.RelativeTimeFormatUnit; ms: number; below: number }> = [
  { unit: 'minute', ms: 60_000, below: 60 },
  { unit: 'hour', ms: 3_600_000, below: 48 },
  { unit: 'day', ms: 86_400_000, below: Infinity },
];

/** How long ago `then` was: "5 minutes ago", "vor 3 Stunden"; null under a minute (say "just now"). */
export function formatTimeAgo(then: number, now: number): string | null {
  const elapsed = Math.max(0, now - then);
  if (elapsed < 60_000) return null;
  const format = new Intl.RelativeTimeFormat(displayLocale(), { numeric: 'always' });
  for (const { unit, ms, below } of UNITS) {
    const amount = Math.round(elapsed / ms);
    if (amount < below) return format.format(-amount, unit);
  }
  return null;
}

/** A number with `digits` decimals in the language's way: "10.0", "10,0". */
export function formatDecimal(value: number, digits: number): string {
  return new Intl.NumberFormat(displayLocale(), { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/**
 * "S2E5" ("T2E5" in Spanish and Portuguese). Built from its letters: a message "S$1E$2" would not
 * load, since Chrome reads "$1E$" as a named placeholder.
 */
export function formatEpisodeCode(season: number, episode: number): string {
  return `${i18n.t('episodeCode.season')}${season}${i18n.t('episodeCode.episode')}${episode}`;
}

/** Names joined as the language joins a list: "A, B and C", "A, B und C". */
export function formatList(items: readonly string[]): string {
  return new Intl.ListFormat(displayLocale(), { type: 'conjunction' }).format(items);
}

/** Puts the page's language on <html lang>, for screen readers and hyphenation. */
export function setDocumentLanguage(doc: Document): void {
  doc.documentElement.lang = displayLocale();
}

/** Markers (private-use characters) to pass as substitutions for content that is not text: `i18n.t(key, [SLOT[1], SLOT[2]])`. */
export const SLOT = { 1: '\uE001', 2: '\uE002', 3: '\uE003' } as const;

/**
 * A message around other content (a link), split where its substitutions go: ask with
 * `i18n.t(key, [SLOT[1], …])` and render each number (1…n) as its element.
 */
export function messageParts(text: string): Array<string | number> {
  return text
    .split(/([\uE001-\uE009])/)
    .map((part, i) => (i % 2 === 1 ? part.charCodeAt(0) - 0xe000 : part))
    .filter((part) => part !== '');
}
