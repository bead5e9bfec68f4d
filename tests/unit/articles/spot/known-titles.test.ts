import { describe, expect, it } from 'vitest';
import { lookupWithIndex } from '@/utils/articles/spot/known-titles';
import type { LookupResult } from '@/utils/shows/show';
import { queryKey } from '@/utils/shows/title-query';
import { TitleIndex } from '@/utils/title-index/title-index';
import { show } from './spot-support';
import { aShow, found } from '../../../support/shows';

const reacher = show('Reacher', { status: 'renewed', asOf: '2026-02-01' });
const index = new TitleIndex([reacher]);
const answer = (title: string, id: number | null) => found(title, id ? aShow(id, title) : null);

/** A promise the test settles when it chooses: the deadline passing, or a lookup answering. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}
const never = () => new Promise<void>(() => {});

describe('lookupWithIndex (site tiles)', () => {
  it('answers a title the index knows from the index once the deadline passes, and pushes the real answer', async () => {
    const lookup = deferred<LookupResult>();
    const deadline = deferred<void>();
    const pushed = deferred<Array<{ key: string; result: LookupResult }>>();
    const pending = lookupWithIndex([{ title: 'Reacher' }], 'www.amazon.de', {
      index: async () => index,
      lookups: { lookupEach: () => [lookup.promise] },
      push: async (results) => pushed.resolve(results),
      deadline: () => deadline.promise,
    });
    deadline.resolve();
    const [result] = await pending;
    expect(result).toMatchObject({ title: 'Reacher', status: 'renewed', asOf: '2026-02-01' });
    expect(result!.show?.ref).toEqual(reacher.ref);
    lookup.resolve(answer('Reacher', reacher.id));
    expect(await pushed.promise).toEqual([{ key: queryKey({ title: 'Reacher' }), result: answer('Reacher', reacher.id) }]);
  });

  it('waits for strangers as before: no guess for a title the index does not know, even past the deadline', async () => {
    const lookup = deferred<LookupResult>();
    const pushed: unknown[] = [];
    const pending = lookupWithIndex([{ title: 'Some Film' }], undefined, {
      index: async () => index,
      lookups: { lookupEach: () => [lookup.promise] },
      push: async (results) => void pushed.push(...results),
      deadline: async () => {},
    });
    lookup.resolve(answer('Some Film', null));
    expect(await pending).toEqual([answer('Some Film', null)]);
    expect(pushed).toEqual([]);
  });

  it('a lookup that answers before the deadline (a cache hit) is the answer, and nothing is pushed', async () => {
    const pushed: unknown[] = [];
    const [result] = await lookupWithIndex([{ title: 'Reacher' }], undefined, {
      index: async () => index,
      lookups: { lookupEach: (queries) => queries.map(async (q) => answer(q.title, reacher.id)) },
      push: async (results) => void pushed.push(...results),
      deadline: never,
    });
    expect(result).toEqual(answer('Reacher', reacher.id));
    expect(pushed).toEqual([]);
  });
});
