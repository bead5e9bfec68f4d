import * as z from 'zod/mini';
import { storage } from 'wxt/utils/storage';
import { withKeyLock } from './lock';
import { STORAGE_VERSIONS } from './versions';

/**
 * Article blocks the reader revealed, per page (origin + path), so they stay revealed on the next
 * visit. Keys are hashes of a block's text (utils/spoilers/article-targets.ts), never page text.
 * Bounded: pages unseen for four weeks are forgotten, at most MAX_PAGES pages and MAX_KEYS a page.
 */
export const REVEALS_KEPT_MS = 28 * 24 * 60 * 60 * 1000;
export const MAX_PAGES = 300;
export const MAX_KEYS = 200;

const pageEntrySchema = z.object({
  /** Last reveal on this page (epoch ms). */
  at: z.number().check(z.gte(0)),
  keys: z.array(z.string().check(z.minLength(1), z.maxLength(40))).check(z.maxLength(MAX_KEYS)),
});
type PageEntry = z.infer<typeof pageEntrySchema>;
export const revealedBlocksSchema = z.record(z.string().check(z.maxLength(2_000)), pageEntrySchema);
type RevealedBlocks = z.infer<typeof revealedBlocksSchema>;

export const REVEALED_BLOCKS_VERSION = STORAGE_VERSIONS.revealedBlocks;

export const revealedBlocksItem = storage.defineItem<RevealedBlocks>('local:revealedBlocks', {
  fallback: {},
  version: REVEALED_BLOCKS_VERSION,
  // Declared (even empty) so WXT records the version and a later version can migrate.
  migrations: {},
});

/** One page, whatever its query or fragment: "https://www.techradar.com/streaming/ballard-season-2". */
export function pageKey(url: string): string | null {
  try {
    const { origin, pathname } = new URL(url);
    return origin === 'null' ? null : `${origin}${pathname}`.slice(0, 2_000);
  } catch {
    return null;
  }
}

/**
 * The valid pages of a stored value; anything else is dropped. Disposable data (a lost reveal only
 * blurs a block again), so it is forgotten quietly rather than backed up and reported.
 */
export function salvageRevealedBlocks(raw: unknown): RevealedBlocks {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  const kept: RevealedBlocks = {};
  for (const [page, entry] of Object.entries(raw)) {
    const parsed = pageEntrySchema.safeParse(entry);
    if (parsed.success && page.length <= 2_000) kept[page] = parsed.data;
  }
  return kept;
}

async function readAll(): Promise<RevealedBlocks> {
  const raw: unknown = await revealedBlocksItem.getValue().catch(() => ({}));
  const parsed = revealedBlocksSchema.safeParse(raw);
  return parsed.success ? parsed.data : salvageRevealedBlocks(raw);
}

/** Keys revealed on this page within the last four weeks. Never throws. */
export async function getRevealedBlocks(url: string, now = Date.now()): Promise<Set<string>> {
  const page = pageKey(url);
  const entry: PageEntry | undefined = page ? (await readAll())[page] : undefined;
  return new Set(entry && now - entry.at < REVEALS_KEPT_MS ? entry.keys : []);
}

/** Remembers one reveal; prunes old pages and keeps the newest within the bounds. */
export function addRevealedBlock(url: string, key: string, now = Date.now()): Promise<void> {
  const page = pageKey(url);
  if (!page || !key || key.length > 40) return Promise.resolve();
  return withKeyLock(revealedBlocksItem.key, async () => {
    const all = await readAll();
    const keys = [...new Set([...(all[page]?.keys ?? []), key])].slice(-MAX_KEYS);
    const pages = Object.entries({ ...all, [page]: { at: now, keys } })
      .filter(([, entry]) => now - entry.at < REVEALS_KEPT_MS)
      .sort(([, a], [, b]) => b.at - a.at)
      .slice(0, MAX_PAGES);
    await revealedBlocksItem.setValue(Object.fromEntries(pages));
  });
}
