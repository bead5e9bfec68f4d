import { SYNC_BUDGET } from '../../../utils/sync/budget';
import { layoutBytes, layoutItems, readSyncedList, writeSyncedList } from '../../../utils/sync/layout';
import { liveEntries, mergeSyncRecords, recordLocalChanges } from '../../../utils/sync/merge';
import { compactRecord, expandRecord, watchedKind, type ListedShow, type SyncRecord } from '../../../utils/sync/records';
import { itemBytes, SYNC_QUOTAS, WriteRateGuard } from '../../../utils/sync/sync-area';
import { syncList } from '../../../utils/sync/sync-list';
import { tvmazeRef } from '../../../utils/shows/show-ref';
import { FakeSyncArea } from './fake-sync-area';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 11, 1);
const show = (id: number, name: string, season: number | null, episode = 1): ListedShow => ({
  ref: tvmazeRef(id),
  name,
  progress: season === null ? null : { season, episode },
  protectSpoilers: true,
  inCalendar: true,
});
// Names of realistic length: TVmaze titles average about 15 characters, a few run to 40+.
const manyShows = (n: number) => Array.from({ length: n }, (_, i) => show(10_000 + i * 37, `Show number ${i} ${'x'.repeat(i % 20)}`, 1 + (i % 9), 1 + (i % 24)));

/** A browser profile: its local list plus what it last synced. */
class Profile {
  records: SyncRecord[] = [];
  constructor(private readonly area: FakeSyncArea) {}
  edit(list: ListedShow[], now: number) {
    this.records = recordLocalChanges(watchedKind, this.records, list, now);
  }
  async sync(now: number) {
    this.area.now = now;
    const round = await syncList(this.area, watchedKind, this.records, { now });
    this.records = round.records;
    return round;
  }
  get list() {
    return liveEntries(watchedKind, this.records);
  }
}

describe('sync records', () => {
  it('round-trips compactly and rejects foreign data', () => {
    const record: SyncRecord = { ref: tvmazeRef(82), name: 'Game of Thrones', progress: { season: 8, episode: 6 }, protectSpoilers: true, inCalendar: true, updatedAt: T0 };
    expect(compactRecord(record)).toEqual([82, T0 / 1000, 8, 6, 'Game of Thrones']);
    expect(expandRecord(compactRecord(record))).toEqual(record);
    expect(expandRecord(compactRecord({ ...record, progress: null }))).toMatchObject({ progress: null });
    // The two switches travel as one flags number, only when one is off.
    const switched = { ...record, protectSpoilers: false, inCalendar: false };
    expect(compactRecord(switched)).toEqual([82, T0 / 1000, 8, 6, 'Game of Thrones', 3]);
    expect(expandRecord(compactRecord(switched))).toEqual(switched);
    expect(expandRecord([82, 5])).toMatchObject({ ref: tvmazeRef(82), deleted: true });
    expect(expandRecord({ id: 82 })).toBeNull();
    expect(expandRecord([-1, 5])).toBeNull();
    expect(expandRecord(['nosuch:82', 5])).toBeNull();
  });
});

describe('storage.sync layout', () => {
  it('500 shows fit, chunked under the per-item quota; the bytes are reported', async () => {
    const area = new FakeSyncArea();
    const records = recordLocalChanges(watchedKind, [], manyShows(500), T0);
    const outcome = await writeSyncedList(area, watchedKind, records, { now: T0 });
    expect(outcome.kind).toBe('written');
    const used = await area.getBytesInUse(null);
    console.info(`sync: 500 shows use ${used} bytes in ${area.data.size} items (quota ${SYNC_QUOTAS.QUOTA_BYTES})`);
    expect(used).toBeLessThan(SYNC_BUDGET.watched);
    for (const [key, value] of area.data) expect(key.length + value.length).toBeLessThanOrEqual(SYNC_QUOTAS.QUOTA_BYTES_PER_ITEM);
    const read = await readSyncedList(area, watchedKind);
    expect(read.ok && liveEntries(watchedKind, read.records)).toEqual(manyShows(500).map((s) => ({ ...s, name: s.name.slice(0, 40) })));
  });

  it('chunks count bytes, not characters: names in Japanese still fit the per-item quota', async () => {
    const area = new FakeSyncArea();
    const records = recordLocalChanges(watchedKind, [], manyShows(300).map((s, i) => ({ ...s, name: `進撃の巨人 ファイナルシーズン 完結編 ${i}` })), T0);
    expect(await writeSyncedList(area, watchedKind, records, { now: T0 })).toMatchObject({ kind: 'written' });
    for (const [key, value] of area.data) expect(itemBytes(key, JSON.parse(value))).toBeLessThanOrEqual(SYNC_QUOTAS.QUOTA_BYTES_PER_ITEM);
  });

  it('the lists\' and preferences\' shares add up to the quota, so no write of one can overdraw it', () => {
    expect(SYNC_BUDGET.watched + SYNC_BUDGET.corrections + SYNC_BUDGET.prefs).toBe(SYNC_QUOTAS.QUOTA_BYTES);
  });

  it('a list too large for sync stays local and nothing is written', async () => {
    const area = new FakeSyncArea();
    const records = recordLocalChanges(watchedKind, [], manyShows(2000), T0);
    const outcome = await writeSyncedList(area, watchedKind, records, { now: T0 });
    expect(outcome).toMatchObject({ kind: 'too-large' });
    expect(outcome.kind === 'too-large' && outcome.bytes).toBeGreaterThan(SYNC_BUDGET.watched);
    expect(area.data.size).toBe(0);
    expect(area.writes).toHaveLength(0);
  });

  it('an unchanged list costs no write; a shrinking list removes stale chunks', async () => {
    const area = new FakeSyncArea();
    const big = recordLocalChanges(watchedKind, [], manyShows(400), T0);
    await writeSyncedList(area, watchedKind, big, { now: T0 });
    expect(await writeSyncedList(area, watchedKind, big, { now: T0 })).toMatchObject({ kind: 'unchanged' });
    expect(area.writes).toHaveLength(1);
    const small = big.slice(0, 3);
    expect(await writeSyncedList(area, watchedKind, small, { now: T0 })).toMatchObject({ kind: 'written', chunks: 1 });
    expect([...area.data.keys()].sort()).toEqual(['watched:0', 'watched:meta']);
    expect(layoutBytes(layoutItems(watchedKind, small))).toBe(await area.getBytesInUse(null));
  });

  it('waits instead of breaking the write-rate limit', async () => {
    const area = new FakeSyncArea();
    const guard = new WriteRateGuard();
    let records = recordLocalChanges(watchedKind, [], [show(1, 'A', 1)], T0);
    let deferred = 0;
    for (let i = 0; i < 200; i++) {
      const now = T0 + i * 100;
      area.now = now;
      records = recordLocalChanges(watchedKind, records, [show(1, 'A', 1, i + 2)], now + i * 1000);
      const outcome = await writeSyncedList(area, watchedKind, records, { now, guard });
      expect(outcome.kind).not.toBe('failed');
      if (outcome.kind === 'deferred') {
        deferred++;
        expect(outcome.retryAt).toBeGreaterThan(now);
      }
    }
    expect(area.writes.length).toBe(SYNC_QUOTAS.MAX_WRITE_OPERATIONS_PER_MINUTE);
    expect(deferred).toBe(200 - SYNC_QUOTAS.MAX_WRITE_OPERATIONS_PER_MINUTE);
  });

  it('a corrupt synced copy is reported, not trusted, and not overwritten', async () => {
    const area = new FakeSyncArea();
    await area.set({ 'watched:meta': 'nonsense' });
    const round = await syncList(area, watchedKind, recordLocalChanges(watchedKind, [], [show(1, 'A', 1)], T0), { now: T0 });
    expect(round.readError).toMatch(/no readable index/);
    expect(round.records).toHaveLength(1);
    expect(area.data.get('watched:meta')).toBe('"nonsense"');
    await area.set({ 'watched:meta': { v: 1, n: 1 }, 'watched:0': [[5, 100, 1, 2, 'Ok'], ['bad'], [6]] });
    const read = await readSyncedList(area, watchedKind);
    expect(read).toMatchObject({ ok: true, dropped: 2, records: [{ ref: tvmazeRef(5) }] });
  });
});

describe('two profiles syncing through one area', () => {
  it('merge by show id: newest progress wins, removals hold as tombstones, nothing is lost', async () => {
    const area = new FakeSyncArea();
    const laptop = new Profile(area);
    const desktop = new Profile(area);

    laptop.edit([show(1, 'Dark', 1, 3), show(2, 'Lupin', 1, 1)], T0);
    await laptop.sync(T0);
    await desktop.sync(T0 + 1000);
    expect(desktop.list).toEqual(laptop.list);

    // Meanwhile, offline: the laptop watches on and removes Lupin; the desktop adds a show and
    // (later) watches Dark further still.
    laptop.edit([show(1, 'Dark', 2, 1)], T0 + DAY);
    desktop.edit([show(1, 'Dark', 2, 5), show(2, 'Lupin', 1, 1), show(3, 'Severance', 1, 2)], T0 + 2 * DAY);
    await laptop.sync(T0 + 3 * DAY);
    await desktop.sync(T0 + 3 * DAY + 1000);
    await laptop.sync(T0 + 3 * DAY + 2000);

    const expected = [show(1, 'Dark', 2, 5), show(3, 'Severance', 1, 2)];
    expect(laptop.list).toEqual(expected);
    expect(desktop.list).toEqual(expected);
    expect(laptop.records.find((r) => r.ref.id === 2)).toMatchObject({ deleted: true });

    // Tombstones expire; a show is then only gone where no device still lists it.
    await laptop.sync(T0 + 40 * DAY);
    expect(laptop.records.find((r) => r.ref.id === 2)).toBeUndefined();
  });

  it('a newer edit on another device never loses a show the first device added', async () => {
    const area = new FakeSyncArea();
    const a = new Profile(area);
    const b = new Profile(area);
    a.edit([show(1, 'Dark', 1)], T0);
    b.edit([show(2, 'Lupin', 1)], T0 + 5000);
    await a.sync(T0 + 6000);
    await b.sync(T0 + 7000);
    await a.sync(T0 + 8000);
    expect(a.list.map((s) => s.ref.id)).toEqual([1, 2]);
    expect(b.list.map((s) => s.ref.id)).toEqual([1, 2]);
  });

  it('two devices settle a same-second tie alike, so neither writes its own back', () => {
    const a: SyncRecord = { ref: tvmazeRef(7), name: 'Dark', progress: { season: 1, episode: 1 }, protectSpoilers: true, inCalendar: true, updatedAt: T0 };
    const b: SyncRecord = { ...a, inCalendar: false };
    expect(mergeSyncRecords(watchedKind, [a], [b], T0)).toEqual(mergeSyncRecords(watchedKind, [b], [a], T0));
  });

  it('a list over its share sheds its tombstones before it stays local', async () => {
    const area = new FakeSyncArea();
    const before = recordLocalChanges(watchedKind, [], manyShows(1500), T0);
    const cut = recordLocalChanges(watchedKind, before, manyShows(1400), T0 + DAY);
    const budget = layoutBytes(layoutItems(watchedKind, cut.filter((r) => !r.deleted)));
    expect(layoutBytes(layoutItems(watchedKind, cut))).toBeGreaterThan(budget);
    const round = await syncList(area, watchedKind, cut, { now: T0 + DAY, budget });
    expect(round.write).toMatchObject({ kind: 'written' });
    expect(round.records.filter((r) => r.deleted)).toHaveLength(100);
    const read = await readSyncedList(area, watchedKind);
    expect(read.ok && read.records.length).toBe(1400);
  });

  it('mergeSyncRecords prefers the live show on a tie and keeps the full name', () => {
    const live: SyncRecord = { ref: tvmazeRef(7), name: 'A very long show title that sync had to shorten here', progress: { season: 1, episode: 1 }, protectSpoilers: true, inCalendar: true, updatedAt: T0 };
    const gone: SyncRecord = { ...live, name: '', progress: null, deleted: true };
    expect(mergeSyncRecords(watchedKind, [gone], [live], T0)).toEqual([live]);
    const short = { ...live, name: live.name.slice(0, 40), updatedAt: T0 + 1000, progress: { season: 2, episode: 1 } };
    expect(mergeSyncRecords(watchedKind, [live], [short], T0)[0]).toMatchObject({ name: live.name, progress: { season: 2, episode: 1 } });
  });
});
