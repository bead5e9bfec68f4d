import { storage } from 'wxt/utils/storage';
import seedFile from './seed-index.json';
import { parseSeed, parseSeedRows, toRow, type SeedRow } from './seed';
import type { WatchedShow } from '../storage/watched-shows';
import { TitleIndex, type IndexedShow } from './title-index';

/**
 * The worker's one title index: built once from the shipped seed and the shows learned on earlier
 * pages (kept across worker restarts), then grown as lookups confirm shows.
 */

/** Learned shows kept; the oldest go first past this. */
export const MAX_LEARNED = 5_000;
const learnedItem = storage.defineItem<unknown[]>('local:titleIndexLearned', { fallback: [] });

export interface IndexProvider {
  index(): Promise<TitleIndex>;
  learn(shows: IndexedShow[]): void;
}

/**
 * `extra`: shows the index must know besides the seed (the watched list), read when the index is first
 * built; `learn` adds more later (a show added to the watched list, a show a lookup confirmed).
 */
export function createIndexProvider(extra: () => Promise<IndexedShow[]> = async () => []): IndexProvider {
  let building: Promise<TitleIndex> | undefined;
  let learned: SeedRow[] = [];
  let saving: Promise<void> | undefined;
  const index = () =>
    (building ??= (async () => {
      const seed = parseSeed(seedFile).shows;
      const stored = parseSeedRows(await learnedItem.getValue().catch(() => []));
      learned = stored.map(toRow);
      const built = new TitleIndex([...seed, ...stored]);
      built.add(await extra().catch(() => []));
      return built;
    })());
  return {
    index,
    learn(shows) {
      void index().then((built) => {
        const fresh = shows.filter((show) => !built.show(show.ref) && show.ref.source === 'tvmaze');
        built.add(shows);
        if (!fresh.length) return;
        learned = [...learned, ...fresh.map(toRow)].slice(-MAX_LEARNED);
        // One write at a time; the last list wins.
        saving = (saving ?? Promise.resolve()).then(() => learnedItem.setValue(learned)).catch(() => undefined);
      });
    },
  };
}

/** A watched show as the index knows it: its name is how the user (and the page) calls it. */
export function indexedFromWatched(show: Pick<WatchedShow, 'ref' | 'name' | 'lastStatus'>): IndexedShow {
  return { ref: show.ref, name: show.name, akas: [], premieredYear: null, channel: null, type: null, weight: 100, status: show.lastStatus ?? null, asOf: null };
}
