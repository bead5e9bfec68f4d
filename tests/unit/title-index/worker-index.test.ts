import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { tvmazeRef } from '@/utils/shows/show-ref';
import { createIndexProvider, indexedFromWatched } from '@/utils/title-index/worker-index';

const dietland = { ref: tvmazeRef(900_101), name: 'Dietland', akas: [], premieredYear: 2018, channel: 'AMC', type: 'Scripted', weight: 70, status: null, asOf: null };

/** Resolves once the index has written what it learned (its one write at a time). */
async function learnedStored(): Promise<unknown[]> {
  for (;;) {
    const { titleIndexLearned } = await fakeBrowser.storage.local.get('titleIndexLearned');
    if (Array.isArray(titleIndexLearned) && titleIndexLearned.length) return titleIndexLearned;
    await new Promise<void>((resolve) => fakeBrowser.storage.onChanged.addListener(function once() {
      fakeBrowser.storage.onChanged.removeListener(once);
      resolve();
    }));
  }
}

describe('the worker’s title index', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts from the shipped seed and the watched list', async () => {
    const provider = createIndexProvider(async () => [indexedFromWatched({ ref: tvmazeRef(900_102), name: 'Mi Serie Favorita' })]);
    const index = await provider.index();
    expect(index.size).toBeGreaterThan(3_000);
    expect(index.lookup('Mi Serie Favorita')?.shows[0]?.ref).toEqual(tvmazeRef(900_102));
  });

  it('keeps what lookups confirmed across worker restarts', async () => {
    const first = createIndexProvider();
    first.learn([dietland]);
    await learnedStored();
    const restarted = await createIndexProvider().index();
    expect(restarted.lookup('Dietland')?.shows[0]?.ref).toEqual(dietland.ref);
  });

  it('never fails on learned data that does not parse: it starts from the seed', async () => {
    await fakeBrowser.storage.local.set({ titleIndexLearned: [['junk'], 'not a row', { id: 1 }] });
    const index = await createIndexProvider().index();
    expect(index.size).toBeGreaterThan(3_000);
  });
});
