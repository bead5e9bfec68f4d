import * as z from 'zod/mini';
import { tvmazeRef } from '../shows/show-ref';
import { RENEWAL_STATUSES } from '../shows/status';
import type { IndexedShow } from './title-index';

/**
 * The title index shipped with the extension: widely discussed shows with their names, AKAs, era and
 * channel, so the worker can spot a plain mention of a known show before any request, and their
 * status as of the index's build, shown at once (marked as such) until the fresh status lands.
 * Built by `npm run index:build`; rows are arrays to keep the file small.
 */
export const SEED_VERSION = 1;

/** A seed show: the index's own record, from TVmaze (the seed's one source, so rows keep bare ids). */
export type SeedShow = IndexedShow;

const rowSchema = z.tuple([
  z.number(), // id
  z.string(), // name
  z.array(z.string()), // akas
  z.nullable(z.number()), // premiered year
  z.nullable(z.string()), // network or web channel
  z.nullable(z.string()), // type
  z.number(), // weight
  z.nullable(z.enum(RENEWAL_STATUSES)), // status as of asOf
  z.nullable(z.string()), // asOf
], z.number()); // then 1 when the name is coined (see IndexedShow.coined), else 0; then the year it ended, if it has
// Rows written before the ended year was kept (learned shows in storage) end at asOf or the coined flag: both still parse.
export type SeedRow = z.infer<typeof rowSchema>;

export const seedFileSchema = z.object({
  version: z.literal(SEED_VERSION),
  source: z.literal('tvmaze'),
  builtAt: z.string(),
  /** Where the rows came from: the live API or recorded answers. */
  from: z.string(),
  shows: z.array(z.unknown()),
});
export type SeedFile = Omit<z.infer<typeof seedFileSchema>, 'shows'> & { shows: SeedRow[] };

export function toRow(show: SeedShow): SeedRow {
  const row: SeedRow = [show.ref.id, show.name, show.akas, show.premieredYear, show.channel, show.type, show.weight, show.status, show.asOf];
  if (show.coined || show.endedYear) row.push(show.coined ? 1 : 0);
  if (show.endedYear) row.push(show.endedYear);
  return row;
}

/** Parses a seed file; rows that fail to parse are skipped, never fatal (a bad row costs one show). */
export function parseSeed(json: unknown): { shows: SeedShow[]; skipped: number; builtAt: string | null } {
  const file = seedFileSchema.safeParse(json);
  if (!file.success) return { shows: [], skipped: 0, builtAt: null };
  const shows = parseSeedRows(file.data.shows);
  return { shows, skipped: file.data.shows.length - shows.length, builtAt: file.data.builtAt };
}

/** Rows that parse; the rest are dropped. */
export function parseSeedRows(rows: unknown): SeedShow[] {
  if (!Array.isArray(rows)) return [];
  const shows: SeedShow[] = [];
  for (const raw of rows) {
    const row = rowSchema.safeParse(raw);
    if (!row.success) continue;
    const [id, name, akas, premieredYear, channel, type, weight, status, asOf, coined, endedYear, ...more] = row.data;
    if ((coined !== undefined && coined !== 0 && coined !== 1) || more.length) continue;
    shows.push({
      ref: tvmazeRef(id), name, akas, premieredYear, channel, type, weight, status, asOf,
      ...(endedYear ? { endedYear } : {}),
      ...(coined ? { coined: true } : {}),
    });
  }
  return shows;
}
