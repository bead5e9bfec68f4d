import { itemBytes, SYNC_QUOTAS, type SyncArea } from '../../../utils/sync/sync-area';

/**
 * storage.sync in memory, refusing what Chrome refuses: items over 8 kB, more than 100 kB or
 * 512 items in all, more than 120 writes a minute or 1,800 an hour (the clock is the test's).
 * Values are copied in and out, as the real area serialises them.
 */
export class FakeSyncArea implements SyncArea {
  readonly data = new Map<string, string>();
  writes: number[] = [];
  now = 0;

  async get(keys: string[] | null): Promise<Record<string, unknown>> {
    const out: Record<string, unknown> = {};
    for (const [key, value] of this.data) if (keys === null || keys.includes(key)) out[key] = JSON.parse(value);
    return out;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    this.countWrite();
    const next = new Map(this.data);
    for (const [key, value] of Object.entries(items)) {
      if (itemBytes(key, value) > SYNC_QUOTAS.QUOTA_BYTES_PER_ITEM) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
      next.set(key, JSON.stringify(value));
    }
    if (next.size > SYNC_QUOTAS.MAX_ITEMS) throw new Error('MAX_ITEMS quota exceeded');
    if (FakeSyncArea.bytesOf(next) > SYNC_QUOTAS.QUOTA_BYTES) throw new Error('QUOTA_BYTES quota exceeded');
    this.data.clear();
    for (const [k, v] of next) this.data.set(k, v);
  }

  async remove(keys: string[]): Promise<void> {
    this.countWrite();
    for (const key of keys) this.data.delete(key);
  }

  async getBytesInUse(keys: string[] | null): Promise<number> {
    const chosen = new Map([...this.data].filter(([key]) => keys === null || keys.includes(key)));
    return FakeSyncArea.bytesOf(chosen);
  }

  private countWrite(): void {
    const minute = this.writes.filter((t) => t > this.now - 60_000).length;
    const hour = this.writes.filter((t) => t > this.now - 3_600_000).length;
    if (minute >= SYNC_QUOTAS.MAX_WRITE_OPERATIONS_PER_MINUTE) throw new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded');
    if (hour >= SYNC_QUOTAS.MAX_WRITE_OPERATIONS_PER_HOUR) throw new Error('MAX_WRITE_OPERATIONS_PER_HOUR quota exceeded');
    this.writes.push(this.now);
  }

  private static bytesOf(map: Map<string, string>): number {
    let sum = 0;
    for (const [key, value] of map) sum += key.length + new TextEncoder().encode(value).length;
    return sum;
  }
}
