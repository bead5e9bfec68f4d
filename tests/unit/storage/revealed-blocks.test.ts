import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  MAX_KEYS,
  MAX_PAGES,
  REVEALS_KEPT_MS,
  addRevealedBlock,
  getRevealedBlocks,
  revealedBlocksItem,
} from '@/utils/storage/revealed-blocks';

const BALLARD = 'https://www.techradar.com/streaming/amazon-prime-video/ballard-season-2';
const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 11, 2);

beforeEach(() => {
  fakeBrowser.reset();
});

describe('revealed article blocks', () => {
  it('remembers a reveal per page, whatever its query or fragment', async () => {
    await addRevealedBlock(`${BALLARD}?utm_source=feed#recap`, 'b1abc', NOW);
    await addRevealedBlock(BALLARD, 'b2def', NOW);
    expect(await getRevealedBlocks(BALLARD, NOW)).toEqual(new Set(['b1abc', 'b2def']));
    expect(await getRevealedBlocks('https://www.techradar.com/streaming/other-story', NOW)).toEqual(new Set());
  });

  it('forgets a page four weeks after its last reveal', async () => {
    await addRevealedBlock(BALLARD, 'b1abc', NOW);
    expect((await getRevealedBlocks(BALLARD, NOW + REVEALS_KEPT_MS - DAY)).size).toBe(1);
    expect((await getRevealedBlocks(BALLARD, NOW + REVEALS_KEPT_MS)).size).toBe(0);
    await addRevealedBlock('https://variety.com/tv/recap/', 'b9', NOW + REVEALS_KEPT_MS);
    expect(Object.keys(await revealedBlocksItem.getValue())).toEqual(['https://variety.com/tv/recap/']);
  });

  it('stays bounded: the newest pages and the newest keys of a page are kept', async () => {
    for (let i = 0; i < MAX_PAGES + 5; i++) await addRevealedBlock(`https://news.example/story-${i}`, 'b1', NOW + i);
    const stored = await revealedBlocksItem.getValue();
    expect(Object.keys(stored)).toHaveLength(MAX_PAGES);
    expect(stored['https://news.example/story-0']).toBeUndefined();
    expect(stored[`https://news.example/story-${MAX_PAGES + 4}`]).toBeDefined();

    for (let i = 0; i < MAX_KEYS + 3; i++) await addRevealedBlock(BALLARD, `b${i}`, NOW + 1_000);
    const keys = await getRevealedBlocks(BALLARD, NOW + 1_000);
    expect(keys.size).toBe(MAX_KEYS);
    expect(keys.has('b0')).toBe(false);
    expect(keys.has(`b${MAX_KEYS + 2}`)).toBe(true);
  });

  it('never crashes on bad stored data: unreadable pages are dropped, readable ones kept', async () => {
    await fakeBrowser.storage.local.set({
      revealedBlocks: { [BALLARD]: { at: NOW, keys: ['b1abc'] }, 'https://bad.example/': { at: 'yesterday', keys: 7 } },
    });
    expect(await getRevealedBlocks(BALLARD, NOW)).toEqual(new Set(['b1abc']));
    await addRevealedBlock(BALLARD, 'b2', NOW);
    expect(Object.keys(await revealedBlocksItem.getValue())).toEqual([BALLARD]);

    await fakeBrowser.storage.local.set({ revealedBlocks: 'not an object' });
    expect(await getRevealedBlocks(BALLARD, NOW)).toEqual(new Set());
  });

  it('ignores what cannot be a page or a key', async () => {
    await addRevealedBlock('not a url', 'b1', NOW);
    await addRevealedBlock(BALLARD, 'x'.repeat(41), NOW);
    expect(await revealedBlocksItem.getValue()).toEqual({});
  });
});
