// How a status reads, shared by the page badge and the options page: word, glyph, spoken sentence.
import { i18n } from '../i18n/messages';
import type { BadgeStatus } from './status';

/** The badge word: "Renewed", "Verlängert". */
export const statusLabel = (status: BadgeStatus): string => i18n.t(`status.label.${status}`);

/** Spoken after the show's name: "Ballard: awaiting renewal decision". */
export const statusSpoken = (status: BadgeStatus): string => i18n.t(`status.spoken.${status}`);

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
