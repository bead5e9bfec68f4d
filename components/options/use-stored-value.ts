import { useEffect, useState } from 'preact/hooks';

/**
 * A stored value kept live: read once, then follow the storage watcher.
 * Null until the first read answers.
 */
export function useStoredValue<T>(read: () => Promise<T>, watch: (cb: (value: T) => void) => () => void): T | null {
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => {
    let active = true;
    // A change seen by the watcher is newer than the first read, which may answer later.
    let watched = false;
    const unwatch = watch((next) => {
      watched = true;
      if (active) setValue(next);
    });
    void read().then((initial) => {
      if (active && !watched) setValue(initial);
    });
    return () => {
      active = false;
      unwatch();
    };
    // The reader and watcher are module functions: one subscription per mount.
  }, []);
  return value;
}
