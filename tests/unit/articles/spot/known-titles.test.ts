import { describe, expect, it } from 'vitest';
import { lookupWithIndex, type FastLookupDeps } from '@/utils/articles/spot/known-titles';
import type { LookupResult } from '@/utils/shows/show';
import { tvmazeRef } from '@/utils/shows/show-ref';
import { queryKey } from '@/utils/shows/title-query';
import { TitleIndex } from '@/utils/title-index/title-index';
import { show } from './spot-support';

const reacher = show('Reacher', { status: 'renewed', asOf: '2026-02-01' });
const index = new TitleIndex([reacher]);
const answer = (title: string, id: number | null): LookupResult => ({
  title,
  status: id ? 'airing' : 'unknown',
  show: id ? { ref: tvmazeRef(id), name: title, url: '', network: null, premieredYear: null, endedYear: null, sourceStatus: null, status: 'airing', nextEpisode: null, nextSeason: null, imdbId: null } : null,
  checkedAt: 1,
  stale: false,
});

/** A lookup that answers when released, and the pushes the page receives. */
function harness() {
  const held: Array<() => void> = [];
  const pushed: Array<{ key: string; result: LookupResult }> = [];
  let onPush: () => void = () => {};
  const deps: FastLookupDeps = {
    index: async () => index,
    lookups: {
      lookupMany: (queries) => new Promise((resolve) => held.push(() => resolve(queries.map((q) => answer(q.title, q.title === 'Reacher' ? reacher.id : null))))),
    },
    push: async (results) => {
      pushed.push(...results);
      onPush();
    },
    waitMs: 20,
  };
  return { deps, pushed, release: () => held.splice(0).forEach((go) => go()), nextPush: () => new Promise<void>((r) => (onPush = r)) };
}

describe('lookupWithIndex (site tiles)', () => {
  it('answers a title the index knows at once, with its status as of the index, and pushes the real answer', async () => {
    const { deps, pushed, release, nextPush } = harness();
    const [result] = await lookupWithIndex([{ title: 'Reacher' }], 'www.amazon.de', deps);
    expect(result).toMatchObject({ title: 'Reacher', status: 'renewed', asOf: '2026-02-01' });
    expect(result!.show?.ref).toEqual(reacher.ref);
    const pushedNow = nextPush();
    release();
    await pushedNow;
    expect(pushed).toEqual([{ key: queryKey({ title: 'Reacher' }), result: answer('Reacher', reacher.id) }]);
  });

  it('waits for strangers as before: no guess for a title the index does not know', async () => {
    const pushed: unknown[] = [];
    const slow = new Promise<LookupResult[]>((resolve) => setTimeout(() => resolve([answer('Some Film', null)]), 60));
    const result = await lookupWithIndex([{ title: 'Some Film' }], undefined, {
      index: async () => index,
      lookups: { lookupMany: () => slow },
      push: async (results) => void pushed.push(...results),
      waitMs: 10,
    });
    expect(result).toEqual([answer('Some Film', null)]);
    expect(pushed).toEqual([]);
  });

  it('a lookup that answers within the wait (a cache hit) is the answer, and nothing is pushed', async () => {
    const pushed: unknown[] = [];
    const [result] = await lookupWithIndex([{ title: 'Reacher' }], undefined, {
      index: async () => index,
      lookups: { lookupMany: async (queries) => queries.map((q) => answer(q.title, reacher.id)) },
      push: async (results) => void pushed.push(...results),
    });
    expect(result).toEqual(answer('Reacher', reacher.id));
    expect(pushed).toEqual([]);
  });
});
