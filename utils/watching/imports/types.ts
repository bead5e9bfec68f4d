/**
 * What every history parser returns. Parsers are pure and never throw: a bad file is an
 * `ok: false` result with a reason (and the line, where one is to blame).
 */

export type ImportFormat = 'netflix' | 'trakt' | 'tvtime';

/** Ids the source file itself carries; they let the resolver skip a title search. */
export interface ExternalIds {
  tvdb?: number;
  imdb?: string;
  trakt?: number;
  tmdb?: number;
}

/** The furthest episode seen. `episode` is null when the source names the season but no number. */
export interface SeenEpisode {
  season: number;
  episode: number | null;
}

export interface ImportEntry {
  /** Show title as the source wrote it (Netflix writes it in the profile's language). */
  title: string;
  year?: number;
  ids: ExternalIds;
  furthest: SeenEpisode | null;
  /** ISO 8601 date (YYYY-MM-DD) or date-time of the latest watch, when the source has one. */
  lastWatched: string | null;
  /** Episode lines (or items) of the file that fed this entry. */
  episodeCount: number;
  /** 1-based line (CSV) or item (JSON) numbers of the first few sources, for the preview. */
  sourceLines: number[];
}

export type SkipReason =
  | 'film'
  | 'maybe-film'
  | 'trailer'
  | 'blank'
  | 'not-followed'
  | 'other-profile';

export interface SkippedLine {
  line: number;
  text: string;
  reason: SkipReason;
}

export interface LineError {
  /** 1-based line (CSV) or item (JSON) number. */
  line: number;
  message: string;
}

export interface ParsedImport {
  ok: true;
  format: ImportFormat;
  entries: ImportEntry[];
  skipped: SkippedLine[];
  errors: LineError[];
  /** Netflix full download only: the profiles present, so the UI can offer a choice. */
  profiles?: string[];
}

export interface FailedImport {
  ok: false;
  format: ImportFormat | null;
  error: string;
  line?: number;
}

export type ImportResult = ParsedImport | FailedImport;
