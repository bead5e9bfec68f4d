// The seam between Greenlit and a TV data source: what lookups and the watched-shows check ask of one.
import type { Show } from '../shows/show';
import type { ShowRef, ShowSourceId } from '../shows/show-ref';

/** IDs of a show in other databases, for enrichers (TMDB finds shows by IMDb or TheTVDB id). */
export interface ExternalIds {
  imdb?: string | null;
  thetvdb?: number | null;
}

export type ExternalIdKind = 'imdb' | 'thetvdb';

/** A show as a source lists it: enough to decide whether it is the show a page means. */
export interface SourceCandidate {
  ref: ShowRef;
  name: string;
  /** Networks and streaming channels, for telling same-name shows apart. */
  channels: string[];
  /** ISO country code of the network, when the source gives one ("US", "GB"). */
  country?: string | null;
  premieredYear: number | null;
  /** The year it ended, when it has; absent in answers cached before it was kept. */
  endedYear?: number | null;
  /** The source's popularity weight; breaks ties between equally good matches. */
  weight: number;
}

/** A full record: the candidate plus what it takes to summarise it. */
export interface SourceShow extends SourceCandidate {
  externalIds: ExternalIds;
  /** The neutral show as of `now` (the status depends on the day: a season may be on air). */
  summarize(now: Date): Show;
}

export interface ShowSource {
  readonly id: ShowSourceId;
  /** The source's single best match for a title, in full, or null. One request where the source allows. */
  bestMatch(title: string): Promise<SourceShow | null>;
  /** Candidates for a title, best first; not necessarily in full. */
  search(title: string): Promise<SourceCandidate[]>;
  /** One show in full, or null when the source has no such id. */
  byId(id: number): Promise<SourceShow | null>;
  /** The source's show for an IMDb id, or null. */
  byImdbId(imdbId: string): Promise<ShowRef | null>;
  /** Other names of one show, distinct: the titles stores in other countries sell it under ("Die Simpsons"). */
  akas(ref: ShowRef): Promise<string[]>;
  /** The source's show for another database's id, as a candidate, or null. One request where the source allows. */
  byExternalId(kind: ExternalIdKind, id: string): Promise<SourceCandidate | null>;
  /** Source id → last change (unix seconds) of shows changed in the period. */
  updates(since: 'day' | 'week'): Promise<Record<string, number>>;
}

/** Adds another source's view (TMDB's "Canceled") to a fresh summary; must not throw. */
export type ShowEnricher = (show: Show, externalIds: ExternalIds) => Promise<Show>;
