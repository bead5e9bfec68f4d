import * as z from 'zod/mini';
import { showRefSchema, showSchema, type Show } from '../shows/show';
import { showKey, tvmazeRef, type ShowRef } from '../shows/show-ref';
import type { RenewalStatus } from '../shows/status';
import type { SourceCandidate } from '../sources/show-source';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** How long an answer stays fresh: ended shows rarely change, airing ones often. */
export const SHOW_TTL_MS: Record<RenewalStatus, number> = {
  ended: 30 * DAY,
  cancelled: 30 * DAY,
  development: 3 * DAY,
  awaiting: 2 * DAY,
  renewed: 2 * DAY,
  airing: 12 * HOUR,
  unknown: DAY,
};
/** A title that is not a show is remembered too, so pages do not ask again every visit. */
export const NOT_A_SHOW_TTL_MS = 3 * DAY;
export const TITLE_TTL_MS = 30 * DAY;
/** A show's other names change about as rarely as which show a title means. */
export const AKAS_TTL_MS = 30 * DAY;
/** Search answers for history imports: a file resumed or imported again a few days later asks nothing. */
export const CANDIDATES_TTL_MS = 7 * DAY;

const titleEntrySchema = z.object({ show: z.nullable(showRefSchema), checkedAt: z.number() });
/** Title entries before shows had a ShowRef (0.1.x): a bare TVmaze id. */
const titleEntryV1Schema = z.object({ showId: z.nullable(z.number().check(z.int(), z.positive())), checkedAt: z.number() });
const showEntrySchema = z.object({ show: showSchema, checkedAt: z.number() });
const akasEntrySchema = z.object({ akas: z.array(z.string()), checkedAt: z.number() });
const candidateSchema = z.object({
  ref: showRefSchema,
  name: z.string(),
  channels: z.array(z.string()),
  country: z.optional(z.nullable(z.string())),
  premieredYear: z.nullable(z.number()),
  endedYear: z.optional(z.nullable(z.number())),
  weight: z.number(),
});
const candidatesEntrySchema = z.object({ candidates: z.array(candidateSchema), checkedAt: z.number() });
export type TitleEntry = z.infer<typeof titleEntrySchema>;
export type CandidatesEntry = { candidates: SourceCandidate[]; checkedAt: number };
export type ShowEntry = z.infer<typeof showEntrySchema>;
export type AkasEntry = z.infer<typeof akasEntrySchema>;

/** Raw key-value persistence; the extension backs it with storage.local, tests with a Map. */
export interface KeyValueStore {
  getMany(keys: string[]): Promise<Map<string, unknown>>;
  setMany(entries: Map<string, unknown>): Promise<void>;
}

/**
 * Cache entries are many keys, not one storage item, so they migrate on read: v1 title entries
 * (`{ showId }`) become v2 (`{ show: ShowRef }`). v1 show entries sat under `show:<id>` and are
 * simply not read any more: the show is fetched again (a cache may forget).
 */
export function migrateTitleEntry(raw: unknown): TitleEntry | null {
  const current = titleEntrySchema.safeParse(raw);
  if (current.success) return current.data;
  const v1 = titleEntryV1Schema.safeParse(raw);
  if (!v1.success) return null;
  return { show: v1.data.showId === null ? null : tvmazeRef(v1.data.showId), checkedAt: v1.data.checkedAt };
}

/** Title → ShowRef, ShowRef → show and ShowRef → other names, validated on read (a corrupt entry is a miss, not a crash). */
export class LookupCache {
  constructor(
    private readonly store: KeyValueStore,
    private readonly now: () => number = Date.now,
  ) {}

  async getTitles(keys: string[]): Promise<Map<string, TitleEntry>> {
    return this.read(keys.map((k) => `title:${k}`), migrateTitleEntry, 'title:');
  }

  /** Keyed by showKey(ref). */
  async getShows(refs: ShowRef[]): Promise<Map<string, ShowEntry>> {
    return this.read(refs.map((ref) => `show:${showKey(ref)}`), (raw) => parsed(showEntrySchema, raw), 'show:');
  }

  /** The show's other names, if cached and fresh. */
  async getAkas(ref: ShowRef): Promise<string[] | null> {
    const key = showKey(ref);
    const entry = (await this.read([`akas:${key}`], (raw) => parsed(akasEntrySchema, raw), 'akas:')).get(key);
    return entry && this.now() - entry.checkedAt < AKAS_TTL_MS ? entry.akas : null;
  }

  async putAkas(ref: ShowRef, akas: string[]): Promise<void> {
    await this.store.setMany(new Map([[`akas:${showKey(ref)}`, { akas, checkedAt: this.now() }]]));
  }

  /** A search's candidates, or an external id's show (one candidate or none), by the caller's key. */
  async getCandidates(key: string): Promise<CandidatesEntry | undefined> {
    return (await this.read([`candidates:${key}`], (raw) => parsed(candidatesEntrySchema, raw), 'candidates:')).get(key);
  }

  async putCandidates(key: string, candidates: SourceCandidate[]): Promise<void> {
    await this.store.setMany(new Map([[`candidates:${key}`, { candidates, checkedAt: this.now() }]]));
  }

  isCandidatesFresh(entry: CandidatesEntry): boolean {
    return this.now() - entry.checkedAt < CANDIDATES_TTL_MS;
  }

  async putTitle(key: string, show: ShowRef | null): Promise<void> {
    await this.store.setMany(new Map([[`title:${key}`, { show, checkedAt: this.now() }]]));
  }

  async putShow(show: Show): Promise<void> {
    await this.store.setMany(new Map([[`show:${showKey(show.ref)}`, { show, checkedAt: this.now() }]]));
  }

  isTitleFresh(entry: TitleEntry): boolean {
    return this.now() - entry.checkedAt < (entry.show === null ? NOT_A_SHOW_TTL_MS : TITLE_TTL_MS);
  }

  isShowFresh(entry: ShowEntry): boolean {
    return this.now() - entry.checkedAt < SHOW_TTL_MS[entry.show.status];
  }

  private async read<T>(keys: string[], parse: (raw: unknown) => T | null, prefix: string): Promise<Map<string, T>> {
    const found = await this.store.getMany(keys);
    const valid = new Map<string, T>();
    for (const [key, value] of found) {
      const entry = parse(value);
      if (entry !== null) valid.set(key.slice(prefix.length), entry);
    }
    return valid;
  }
}

function parsed<T>(schema: z.ZodMiniType<T>, raw: unknown): T | null {
  const result = schema.safeParse(raw);
  return result.success ? result.data : null;
}
