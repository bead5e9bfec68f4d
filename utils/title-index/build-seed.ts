import { isoDay } from '../shows/status';
import { renewalStatus } from '../sources/tvmaze/status';
import type { TvmazeShow } from '../sources/tvmaze/schemas';
import { tvmazeRef } from '../shows/show-ref';
import type { SeedShow } from './seed';

/** A record older than this says nothing useful about today's status; the badge waits for the lookup. */
const STATUS_MAX_AGE_DAYS = 548;

/** TVmaze show records (and their AKAs) → seed rows; used by `npm run index:build` and the tests. */
export function seedShowsFromRecords(
  records: Array<Pick<TvmazeShow, 'id' | 'name' | 'status' | '_embedded'> & Record<string, unknown>>,
  builtAt: Date,
  akas: ReadonlyMap<number, string[]> = new Map(),
): SeedShow[] {
  const today = isoDay(builtAt);
  return records.map((record): SeedShow => {
    const updated = typeof record.updated === 'number' ? new Date(record.updated * 1000) : null;
    const fresh = updated && (builtAt.getTime() - updated.getTime()) / 86_400_000 <= STATUS_MAX_AGE_DAYS;
    const channel = (record.network as { name?: string } | null)?.name ?? (record.webChannel as { name?: string } | null)?.name ?? null;
    return {
      ref: tvmazeRef(record.id),
      name: record.name,
      akas: [...new Set(akas.get(record.id) ?? [])].filter((aka) => aka !== record.name),
      premieredYear: Number(String(record.premiered ?? '').slice(0, 4)) || null,
      endedYear: Number(String(record.ended ?? '').slice(0, 4)) || null,
      channel,
      type: typeof record.type === 'string' ? record.type : null,
      weight: typeof record.weight === 'number' ? record.weight : 0,
      status: fresh ? renewalStatus(record, today) : null,
      asOf: fresh && updated ? isoDay(updated) : null,
    };
  });
}
