import { storage } from 'wxt/utils/storage';
import type { KeyValueStore } from './cache';

/** The lookup cache's persistence: extension local storage, so answers survive worker restarts. */
export function extensionStore(prefix = 'cache:'): KeyValueStore {
  const storageKey = (key: string) => `local:${prefix}${key}` as const;
  return {
    async getMany(keys) {
      if (!keys.length) return new Map();
      const items = await storage.getItems(keys.map(storageKey));
      return new Map(
        items.filter((item) => item.value != null).map((item) => [item.key.slice(`local:${prefix}`.length), item.value]),
      );
    },
    async setMany(entries) {
      await storage.setItems([...entries].map(([key, value]) => ({ key: storageKey(key), value })));
    },
  };
}
