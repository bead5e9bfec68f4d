// History of `local:watchedShows`. Migrations never drop data: anything they cannot convert is
// passed through unchanged, so the validating getter backs it up instead of losing it silently.

/** v1 (0.0.x): keyed by show name; no progress means season/episode were absent. */
export type WatchedShowsV1 = Record<string, { id: number; season?: number; episode?: number }>;

/** v2 (0.1.x): a list, progress flattened, plus TVmaze's raw status word. */
export type WatchedShowsV2 = Array<{
  tvmazeId: number;
  name: string;
  season: number | null;
  episode: number | null;
  addedAt: number;
  status?: string;
}>;

type Loose = Record<string, unknown>;

const isRecord = (value: unknown): value is Loose =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const wholeOrNull = (value: unknown): number | null =>
  Number.isInteger(value) && (value as number) >= 0 ? (value as number) : null;

/** v1 → v2: name-keyed object → list. */
export function toV2(value: unknown): unknown {
  if (!isRecord(value)) return value; // already a list (version marker lost) or not ours
  return Object.entries(value).map(([name, entry]) => {
    if (!isRecord(entry) || typeof entry.id !== 'number') return { name, unreadableV1Entry: entry };
    return {
      tvmazeId: entry.id,
      name,
      season: wholeOrNull(entry.season),
      episode: wholeOrNull(entry.episode),
      // v1 did not record when a show was added.
      addedAt: Date.now(),
    };
  });
}

/** v2 → v3: progress becomes an object, spoiler protection per show (on, as the old global default). */
export function toV3(value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  return value.map((entry: unknown) => {
    if (!isRecord(entry) || 'progress' in entry || typeof entry.tvmazeId !== 'number') return entry;
    const season = wholeOrNull(entry.season);
    const { season: _season, episode, status, ...rest } = entry;
    return {
      ...rest,
      progress: season === null ? null : { season, episode: wholeOrNull(episode) ?? 0 },
      protectSpoilers: true,
      // The raw word only settles "Ended"; "Running" needs the season list, so the next check decides.
      ...(status === 'Ended' ? { lastStatus: 'ended' } : {}),
    };
  });
}

/** v3 → v4: the TVmaze id becomes a ShowRef, the one identity every stored show uses. */
export function toV4(value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  return value.map((entry: unknown) => {
    if (!isRecord(entry) || 'ref' in entry || typeof entry.tvmazeId !== 'number') return entry;
    const { tvmazeId, ...rest } = entry;
    return { ref: { source: 'tvmaze', id: tvmazeId }, ...rest };
  });
}

/** v4 → v5: a per-show switch for the calendar export; every show was in it before. */
export function toV5(value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  return value.map((entry: unknown) => (!isRecord(entry) || 'inCalendar' in entry ? entry : { ...entry, inCalendar: true }));
}

export const WATCHED_SHOWS_MIGRATIONS = { 2: toV2, 3: toV3, 4: toV4, 5: toV5 };
