import type { KeyValueStore } from '@/utils/lookup/cache';

/** The lookup cache's persistence as a Map, for tests. */
export class MemoryStore implements KeyValueStore {
  readonly data = new Map<string, unknown>();
  async getMany(keys: string[]) {
    return new Map(keys.filter((k) => this.data.has(k)).map((k) => [k, this.data.get(k)]));
  }
  async setMany(entries: Map<string, unknown>) {
    for (const [k, v] of entries) this.data.set(k, v);
  }
}
