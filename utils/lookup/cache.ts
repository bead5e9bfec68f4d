import * as z from 'zod/mini';
import { showSummarySchema, type ShowSummary } from '../shows/show';
import type { RenewalStatus } from '../shows/status';

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

const titleEntrySchema = z.object({ showId: z.nullable(z.number()), checkedAt: z.number() });
const showEntrySchema = z.object({ show: showSummarySchema, checkedAt: z.number() });
export type TitleEntry = z.infer<typeof titleEntrySchema>;
export type ShowEntry = z.infer<typeof showEntrySchema>;

/** Raw key-value persistence; the extension backs it with storage.local, tests with a Map. */
export interface KeyValueStore {
  getMany(keys: string[]): Promise<Map<string, unknown>>;
  setMany(entries: Map<string, unknown>): Promise<void>;
}

/** Title → show id and show id → summary, validated on read (a corrupt entry is a miss, not a crash). */
export class LookupCache {
  constructor(
    private readonly store: KeyValueStore,
    private readonly now: () => number = Date.now,
  ) {}

  async getTitles(keys: string[]): Promise<Map<string, TitleEntry>> {
    return this.read(keys.map((k) => `title:${k}`), titleEntrySchema, 'title:');
  }

  async getShows(ids: number[]): Promise<Map<number, ShowEntry>> {
    const raw = await this.read(ids.map((id) => `show:${id}`), showEntrySchema, 'show:');
    return new Map([...raw].map(([k, v]) => [Number(k), v]));
  }

  async putTitle(key: string, showId: number | null): Promise<void> {
    await this.store.setMany(new Map([[`title:${key}`, { showId, checkedAt: this.now() }]]));
  }

  async putShow(show: ShowSummary): Promise<void> {
    await this.store.setMany(new Map([[`show:${show.id}`, { show, checkedAt: this.now() }]]));
  }

  isTitleFresh(entry: TitleEntry): boolean {
    return this.now() - entry.checkedAt < (entry.showId === null ? NOT_A_SHOW_TTL_MS : TITLE_TTL_MS);
  }

  isShowFresh(entry: ShowEntry): boolean {
    return this.now() - entry.checkedAt < SHOW_TTL_MS[entry.show.status];
  }

  private async read<T>(keys: string[], schema: z.ZodMiniType<T>, prefix: string): Promise<Map<string, T>> {
    const found = await this.store.getMany(keys);
    const valid = new Map<string, T>();
    for (const [key, value] of found) {
      const parsed = schema.safeParse(value);
      if (parsed.success) valid.set(key.slice(prefix.length), parsed.data);
    }
    return valid;
  }
}
