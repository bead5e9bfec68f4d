/**
 * The slice of `storage.sync` the sync layout needs, so tests pass an in-memory fake that
 * enforces the same quotas. Quotas as documented for Chrome's storage.sync (Firefox applies the
 * same byte and item limits): bytes are the JSON stringification of each value plus its key.
 */
export interface SyncArea {
  get(keys: string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
  getBytesInUse(keys: string[] | null): Promise<number>;
}

export const SYNC_QUOTAS = {
  QUOTA_BYTES: 102_400,
  QUOTA_BYTES_PER_ITEM: 8_192,
  MAX_ITEMS: 512,
  MAX_WRITE_OPERATIONS_PER_MINUTE: 120,
  MAX_WRITE_OPERATIONS_PER_HOUR: 1_800,
} as const;

/** How storage.sync counts one item. */
export function itemBytes(key: string, value: unknown): number {
  return key.length + new TextEncoder().encode(JSON.stringify(value)).length;
}

/** Remembers recent writes so the layout can wait instead of hitting the rate limits. */
export class WriteRateGuard {
  private readonly times: number[] = [];

  constructor(
    private readonly perMinute: number = SYNC_QUOTAS.MAX_WRITE_OPERATIONS_PER_MINUTE,
    private readonly perHour: number = SYNC_QUOTAS.MAX_WRITE_OPERATIONS_PER_HOUR,
  ) {}

  /** The time at which `ops` more writes fit, `now` when they fit already. */
  nextSlot(now: number, ops = 1): number {
    this.prune(now);
    const inMinute = this.times.filter((t) => t > now - 60_000);
    let at = now;
    if (inMinute.length + ops > this.perMinute) at = Math.max(at, inMinute[inMinute.length + ops - this.perMinute - 1]! + 60_000);
    if (this.times.length + ops > this.perHour) at = Math.max(at, this.times[this.times.length + ops - this.perHour - 1]! + 3_600_000);
    return at;
  }

  record(now: number, ops = 1): void {
    for (let i = 0; i < ops; i++) this.times.push(now);
  }

  private prune(now: number): void {
    while (this.times.length > 0 && this.times[0]! <= now - 3_600_000) this.times.shift();
  }
}
