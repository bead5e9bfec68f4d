// How a status reads, shared by the page badge and the options page: word, glyph, spoken sentence.
import type { BadgeStatus } from './status';

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
