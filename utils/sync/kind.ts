/**
 * A list that syncs the way the watched list does (chunked in its own share of storage.sync, merged
 * by id across devices, newest change wins, removals kept as tombstones for a while). Each list says
 * here what is particular to it; layout, merge and apply do the rest the same way for every list.
 */

/** One entry as synced: what of it travels, when it last changed (ms), and whether it was removed. */
export type Synced<L> = L & {
  updatedAt: number;
  deleted?: true;
};

export interface SyncedKind<L> {
  /** For error messages: "watched list", "corrections". */
  label: string;
  /** storage.sync keys of this list: `${prefix}meta` and `${prefix}0`, `${prefix}1`, … */
  prefix: string;
  /** Its share of storage.sync, in bytes (see budget.ts). */
  budget: number;
  /** The identity two devices' entries are merged by. */
  keyOf(entry: L): string;
  /** A fresh copy of what syncs of an entry (a local entry may carry more). */
  listing(entry: L): L;
  /** Whether two entries of one key say the same, as sync keeps them (names cut short). */
  same(a: L, b: L): boolean;
  /** What a removal keeps of the entry it removes. */
  tombstone(entry: Synced<L>): Synced<L>;
  compact(entry: Synced<L>): unknown;
  /** Null for anything unreadable: sync data from another version never crashes us. */
  expand(raw: unknown): Synced<L> | null;
  /** Merge order of two live entries changed in the same second: the higher rank wins. */
  rank?(entry: Synced<L>): number;
  /** The merged entry, given the one it beat (e.g. to keep a fuller name than sync carries). */
  combine?(winner: Synced<L>, other: Synced<L>): Synced<L>;
  /** Stable order in storage.sync, so an unchanged list writes nothing. */
  compare(a: L, b: L): number;
}
