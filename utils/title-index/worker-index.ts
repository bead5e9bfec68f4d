import { storage } from 'wxt/utils/storage';
import seedFile from './seed-index.json';
import { parseSeed, parseSeedRows, toRow, type SeedRow } from './seed';
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
