import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  findCorrection,
  getCorrection,
  listCorrections,
  removeCorrection,
  setCorrection,
} from '@/utils/storage/corrections';
import { listStorageNotices } from '@/utils/storage/storage-notices';
import { tvmazeRef } from '@/utils/shows/show-ref';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('corrections', () => {
  it('finds a correction under any spelling of the title', async () => {
    await setCorrection('Bosch: Legacy', { ref: tvmazeRef(52290), name: 'Bosch: Legacy' }, 1);
    expect(await getCorrection('bosch legacy', 'www.primevideo.com')).toMatchObject({ ref: tvmazeRef(52290) });
    expect(await getCorrection('Bosch', 'www.primevideo.com')).toBeNull();
  });

  it('prefers a site-specific correction over a global one', async () => {
    await setCorrection('The Office', { ref: tvmazeRef(48) }, 1);
    await setCorrection('The Office', { ref: tvmazeRef(526), site: 'www.Netflix.com' }, 2);

    expect(await getCorrection('The Office', 'netflix.com')).toMatchObject({ ref: tvmazeRef(526), site: 'netflix.com' });
    expect(await getCorrection('The Office', 'bbc.co.uk')).toMatchObject({ ref: tvmazeRef(48) });
    expect(await getCorrection('The Office')).toMatchObject({ ref: tvmazeRef(48) });
  });

  it('records "not a show" as a null id', async () => {
    await setCorrection('Trailer Park', { ref: null });
    expect((await getCorrection('trailer park', 'example.com'))?.ref).toBeNull();
  });

  it('replaces an earlier correction for the same title and site', async () => {
    await setCorrection('Ghosts', { ref: tvmazeRef(1) }, 1);
    await setCorrection('GHOSTS', { ref: tvmazeRef(2) }, 2);
    expect(await listCorrections()).toEqual([{ titleKey: 'ghosts', ref: tvmazeRef(2), createdAt: 2 }]);
  });

  it('removes a correction and returns it for undo', async () => {
    await setCorrection('Ghosts', { ref: tvmazeRef(1) }, 1);
    await setCorrection('Ghosts', { ref: tvmazeRef(2), site: 'bbc.co.uk' }, 2);

    expect(await removeCorrection('Ghosts', 'bbc.co.uk')).toMatchObject({ ref: tvmazeRef(2) });
    expect(await removeCorrection('Ghosts', 'bbc.co.uk')).toBeNull();
    expect(await getCorrection('Ghosts', 'bbc.co.uk')).toMatchObject({ ref: tvmazeRef(1) });
  });

  it('rejects a title with nothing to match on', async () => {
    await expect(setCorrection('!!!', { ref: tvmazeRef(1) })).rejects.toThrow(RangeError);
  });

  it('keeps readable corrections from a corrupt list and raises a notice', async () => {
    await fakeBrowser.storage.local.set({
      corrections: [{ titleKey: 'ghosts', ref: tvmazeRef(1), createdAt: 1 }, { titleKey: 'x', tvmazeId: 'one' }],
    });
    expect(await listCorrections()).toEqual([{ titleKey: 'ghosts', ref: tvmazeRef(1), createdAt: 1 }]);
    expect(await listStorageNotices()).toHaveLength(1);
  });

  it('findCorrection works on a list already in memory', () => {
    const list = [{ titleKey: 'ghosts', ref: tvmazeRef(1), createdAt: 1 }];
    expect(findCorrection(list, 'Ghosts', 'cbs.com')).toBe(list[0]);
  });
});
