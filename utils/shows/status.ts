// The renewal-status model every source maps into, and what a badge shows while it waits.
export const RENEWAL_STATUSES = [
  'renewed',
  'airing',
  'awaiting',
  'ended',
  'cancelled',
  'development',
  'unknown',
] as const;
export type RenewalStatus = (typeof RENEWAL_STATUSES)[number];

/** What a badge shows before its lookup answers. */
export type BadgeStatus = RenewalStatus | 'loading';

/** ISO date (YYYY-MM-DD) of `now` in UTC; TVmaze dates are calendar dates. */
export function isoDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}
