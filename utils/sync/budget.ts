/**
 * How Greenlit shares storage.sync's 100 kB. Fixed shares, not first come first served: each list
 * is written on its own, by whichever device changed it, so only shares that add up to the quota
 * keep one list's growth on one device from making another device's write of the other list fail
 * (a test checks the sum). 84 kB hold about 1,600 watched shows (500 take 26 kB); 12 kB about 200
 * corrections.
 */
export const SYNC_BUDGET = {
  watched: 86_016,
  corrections: 12_288,
  /** One item; the paused sites are most of it. */
  prefs: 4_096,
} as const;
