const tails = new Map<string, Promise<unknown>>();

/**
 * Runs read-modify-write steps on one key one after another within this extension context,
 * so two quick edits (e.g. two popup clicks) cannot overwrite each other.
 */
export function withKeyLock<T>(key: string, task: () => Promise<T>): Promise<T> {
  const previous = tails.get(key) ?? Promise.resolve();
  const run = previous.then(task, task);
  const tail = run.catch(() => undefined);
  tails.set(key, tail);
  void tail.then(() => {
    if (tails.get(key) === tail) tails.delete(key);
  });
  return run;
}
