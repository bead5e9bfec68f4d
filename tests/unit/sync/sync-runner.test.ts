import { tvmazeRef } from '../../../utils/shows/show-ref';
import { applySyncedShows } from '../../../utils/sync/apply';
import { SYNC_BUDGET } from '../../../utils/sync/budget';
import { FakeSyncArea } from './fake-sync-area';
import { DAY, Profile, show, T0, twoProfiles } from './sync-profile';

describe('sync between two profiles', () => {
  it('a new device gets the list with progress and switches; each keeps its own status history', async () => {
    const [area, laptop, desktop] = twoProfiles();
    laptop.list = [show(1, 'Dark', 2, 5, { lastStatus: 'ended', addedAt: 7 }), show(2, 'Lupin', null, 1, { protectSpoilers: false, inCalendar: false })];
    await laptop.sync(T0);
    await desktop.sync(T0 + 1000);
    expect(desktop.summary).toEqual(laptop.summary);
    expect(desktop.list[0]).not.toHaveProperty('lastStatus');
    expect(laptop.status).toMatchObject({ kind: 'synced', shows: 2 });
    // Nothing changed: no more writes anywhere.
    const writes = area.writes.length;
    await laptop.sync(T0 + 2000);
    await desktop.sync(T0 + 3000);
    expect(area.writes).toHaveLength(writes);
    expect([laptop.listWrites, desktop.listWrites]).toEqual([0, 1]);
  });

  it('edits made apart merge by show: newest progress wins, a removal sticks, no show is lost', async () => {
    const [, laptop, desktop] = twoProfiles();
    laptop.list = [show(1, 'Dark', 1, 3), show(2, 'Lupin', 1, 1)];
    await laptop.sync(T0);
    await desktop.sync(T0 + 1000);

    laptop.list = [show(1, 'Dark', 2, 1)]; // watched on, removed Lupin
    desktop.list = [...desktop.list.map((s) => (s.ref.id === 1 ? { ...s, progress: { season: 2, episode: 5 } } : s)), show(3, 'Severance', 1, 2)];
    await laptop.sync(T0 + DAY);
    await desktop.sync(T0 + 2 * DAY);
    await laptop.sync(T0 + 2 * DAY + 1000);

    const expected = [
      ['Dark', { season: 2, episode: 5 }, true, true],
      ['Severance', { season: 1, episode: 2 }, true, true],
    ];
    expect(laptop.summary).toEqual(expected);
    expect(desktop.summary).toEqual(expected);
  });

  it('an edit made while a round runs is not undone; it goes out with the next round', async () => {
    const [, a, b] = twoProfiles();
    a.list = [show(1, 'Dark', 1, 1)];
    await a.sync(T0);
    await b.sync(T0 + 1000);
    b.list = [show(1, 'Dark', 1, 9)];
    await b.sync(T0 + 2000);
    // On a, the user sets episode 4 just after the round read the list.
    a.duringRound = () => (a.list = [{ ...a.list[0]!, progress: { season: 1, episode: 4 } }]);
    await a.sync(T0 + 3000);
    expect(a.list[0]!.progress).toEqual({ season: 1, episode: 4 });
    await a.sync(T0 + 4000);
    await b.sync(T0 + 5000);
    expect(b.list[0]!.progress).toEqual({ season: 1, episode: 4 });
  });

  it('preferences follow the newest change; a device joining sync takes the account\'s', async () => {
    const [, a, b] = twoProfiles();
    a.settings = { ...a.settings, blurStrength: 12, pausedSites: ['example.com'], snoozedUntil: T0 + DAY };
    await a.sync(T0);
    b.settings = { ...b.settings, enabledSites: ['https://www.techradar.com'] };
    await b.sync(T0 + 1000);
    expect(b.settings).toMatchObject({ blurStrength: 12, pausedSites: ['example.com'], snoozedUntil: null, enabledSites: ['https://www.techradar.com'] });
    b.settings = { ...b.settings, revealOn: 'hover' };
    await b.sync(T0 + 5000);
    await a.sync(T0 + 6000);
    expect(a.settings).toMatchObject({ revealOn: 'hover', blurStrength: 12, snoozedUntil: T0 + DAY });
  });

  it('a list too big for sync stays local, says so, and leaves the synced copy alone', async () => {
    const area = new FakeSyncArea();
    const big = new Profile(area);
    big.list = Array.from({ length: 2000 }, (_, i) => show(10_000 + i, `A show with a long enough name ${i}`, 1 + (i % 9), 1 + (i % 20)));
    await big.sync(T0);
    expect(big.status).toMatchObject({ kind: 'too-large', shows: 2000 });
    expect(big.status?.kind === 'too-large' && big.status.bytes).toBeGreaterThan(SYNC_BUDGET.watched);
    expect([...area.data.keys()].filter((k) => k.startsWith('watched:'))).toEqual([]);
    expect(big.list).toHaveLength(2000);
  });

  it('storage.sync refusing a write is reported, and the local list is kept', async () => {
    const area = new FakeSyncArea();
    area.set = async () => {
      throw new Error('QUOTA_BYTES quota exceeded');
    };
    const p = new Profile(area);
    p.list = [show(1, 'Dark', 1, 1)];
    await p.sync(T0);
    expect(p.status).toEqual({ kind: 'failed', at: T0, error: 'QUOTA_BYTES quota exceeded' });
    expect(p.list).toHaveLength(1);
  });
});

describe('applySyncedShows', () => {
  it('returns the same list when nothing changes, and keeps a long local name against its synced cut', () => {
    const long = show(1, 'The Marvelous Mrs. Maisel and a Title That Runs Past Forty', 1, 2);
    const records = [{ ref: tvmazeRef(1), name: long.name.slice(0, 40), progress: { season: 1, episode: 2 }, protectSpoilers: true, inCalendar: true, updatedAt: T0 }];
    const list = [long];
    expect(applySyncedShows(list, list, records, T0)).toBe(list);
    const further = applySyncedShows(list, list, [{ ...records[0]!, progress: { season: 1, episode: 3 } }], T0);
    expect(further).toEqual([{ ...long, progress: { season: 1, episode: 3 } }]);
  });
});
