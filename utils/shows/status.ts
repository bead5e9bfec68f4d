import type { TvmazeSeason, TvmazeShow } from '../sources/tvmaze/schemas';

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

export const STATUS_LABELS: Record<BadgeStatus, string> = {
  loading: 'Checking…',
  renewed: 'Renewed',
  airing: 'Airing',
  awaiting: 'Awaiting decision',
  ended: 'Ended',
  cancelled: 'Cancelled',
  development: 'In development',
  unknown: 'Unknown',
};

/** A glyph per status beside the word, so colour is never the only cue. */
export const STATUS_GLYPHS: Record<BadgeStatus, string> = {
  loading: '…',
  renewed: '✓',
  airing: '▶',
  awaiting: '?',
  ended: '■',
  cancelled: '✕',
  development: '✎',
  unknown: '–',
};

/** Spoken after the show's name: "Ballard: awaiting renewal decision". */
export const STATUS_SENTENCES: Record<BadgeStatus, string> = {
  loading: 'checking renewal status',
  renewed: 'renewed for another season',
  airing: 'currently airing',
  awaiting: 'awaiting renewal decision',
  ended: 'ended',
  cancelled: 'cancelled',
  development: 'in development',
  unknown: 'status unknown',
};

/** ISO date (YYYY-MM-DD) of `now` in UTC; TVmaze dates are calendar dates. */
export function isoDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/**
 * TVmaze's status plus its season list → renewal status.
 * Running shows are split: a season on air → airing; a later season announced but not started → renewed;
 * otherwise the network has not decided yet → awaiting.
 */
export function renewalStatus(show: Pick<TvmazeShow, 'status' | '_embedded'>, today: string): RenewalStatus {
  switch (show.status) {
    case 'In Development':
      return 'development';
    case 'Ended':
      return 'ended';
    case 'To Be Determined':
      return 'awaiting';
    case 'Running':
      return runningStatus(show._embedded?.seasons ?? [], today);
    default:
      return 'unknown';
  }
}

function runningStatus(seasons: readonly TvmazeSeason[], today: string): RenewalStatus {
  const premiered = seasons.filter((s) => s.premiereDate && s.premiereDate <= today);
  const onAir = premiered.some((s) => !s.endDate || s.endDate >= today);
  if (onAir) return 'airing';
  const lastPremiered = Math.max(0, ...premiered.map((s) => s.number));
  const announced = seasons.some(
    (s) => s.number > lastPremiered && (!s.premiereDate || s.premiereDate > today),
  );
  return announced ? 'renewed' : 'awaiting';
}
