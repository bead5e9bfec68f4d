// The current version of every stored item, by storage key. Pure (no storage API), so test setup can
// seed storage at the version the code expects without repeating numbers.
export const STORAGE_VERSIONS = {
  watchedShows: 5,
  corrections: 2,
  recentChanges: 3,
  revealedEpisodes: 2,
  revealedBlocks: 1,
  settings: 1,
  storageNotices: 2,
} as const;
