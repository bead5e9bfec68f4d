import { tvmazeRef } from '../../../utils/shows/show-ref';
import type { Correction } from '../../../utils/storage/corrections';
import { applySynced, correctionRules } from '../../../utils/sync/apply';
import { SYNC_BUDGET } from '../../../utils/sync/budget';
import { correctionsKind, SYNC_TITLE_KEY_LENGTH, type SyncedCorrection } from '../../../utils/sync/correction-records';
import { readSyncedList } from '../../../utils/sync/layout';
import { SYNC_QUOTAS } from '../../../utils/sync/sync-area';
import { FakeSyncArea } from './fake-sync-area';
import { DAY, Profile, show, T0, twoProfiles } from './sync-profile';

const fix = (titleKey: string, id: number | null, extra: Partial<Correction> = {}): Correction => ({
  titleKey,
  ref: id === null ? null : tvmazeRef(id),
  ...(id === null ? {} : { name: `Show ${id}` }),
  createdAt: T0 - DAY,
  ...extra,
});
const fixesOf = (p: Profile) => [...p.corrections].map((c) => [c.titleKey, c.site ?? '', c.ref?.id ?? null]).sort((a, b) => String(a).localeCompare(String(b)));
const fixKeys = (area: FakeSyncArea) => [...area.data.keys()].filter((k) => k.startsWith('fixes:'));

describe('synced corrections: compact form', () => {
  const { compact, expand } = correctionsKind;
  const at = T0 / 1000;

  it('round-trips a global, a per-site and a "not a show" correction, and a removal', () => {
    const global: SyncedCorrection = { titleKey: 'bosch legacy', ref: tvmazeRef(60157), name: 'Bosch: Legacy', updatedAt: T0 };
    const onSite: SyncedCorrection = { ...global, site: 'netflix.com' };
    const notShow: SyncedCorrection = { titleKey: 'the batman', ref: null, updatedAt: T0 };
    expect(compact(global)).toEqual(['bosch legacy', '', at, 60157, 'Bosch: Legacy']);
    expect(compact(onSite)).toEqual(['bosch legacy', 'netflix.com', at, 60157, 'Bosch: Legacy']);
    expect(compact(notShow)).toEqual(['the batman', '', at, 0]);
    for (const c of [global, onSite, notShow]) expect(expand(compact(c))).toEqual(c);
    expect(expand(compact({ ...onSite, deleted: true }))).toEqual({ titleKey: 'bosch legacy', ref: null, site: 'netflix.com', updatedAt: T0, deleted: true });
  });

  it('cuts long show names and rejects what it cannot read', () => {
    const long = 'A show whose name runs on well past forty characters';
    expect((compact({ titleKey: 'x', ref: tvmazeRef(1), name: long, updatedAt: T0 }) as unknown[])[4]).toBe(long.slice(0, 40));
    for (const raw of [{ titleKey: 'x' }, ['', '', at], ['x', '', -1], ['x', '', at, -5], ['x', '', at, 'nosuch:1'], ['x', 7, at], ['k'.repeat(SYNC_TITLE_KEY_LENGTH + 1), '', at, 1], null]) {
      expect(expand(raw)).toBeNull();
    }
  });
});

describe('corrections between two profiles', () => {
  it('a new device gets the corrections, per site and "not a show" included, dated from when they were made', async () => {
    const [area, laptop, desktop] = twoProfiles();
    laptop.corrections = [fix('bosch legacy', 60157), fix('bosch legacy', 49, { site: 'netflix.com' }), fix('the batman', null)];
    await laptop.sync(T0);
    await desktop.sync(T0 + 1000);
    expect(fixesOf(desktop)).toEqual(fixesOf(laptop));
    expect(desktop.corrections.find((c) => c.site)).toEqual({ titleKey: 'bosch legacy', ref: tvmazeRef(49), name: 'Show 49', site: 'netflix.com', createdAt: T0 });
    expect(laptop.status).toMatchObject({ kind: 'synced', corrections: { kind: 'synced', count: 3 } });
    // Nothing changed: no more writes, and the laptop's own list is left as it is.
    const writes = area.writes.length;
    const own = laptop.corrections;
    await laptop.sync(T0 + 2000);
    await desktop.sync(T0 + 3000);
    expect(area.writes).toHaveLength(writes);
    expect(laptop.corrections).toBe(own);
  });

  it('a removal on one device and an edit on another both hold; corrections added meanwhile on each are kept', async () => {
    const [, laptop, desktop] = twoProfiles();
    laptop.corrections = [fix('dark', 1), fix('lupin', 2), fix('house', 3)];
    await laptop.sync(T0);
    await desktop.sync(T0 + 1000);

    // Offline apart: the laptop removes "dark" and adds "office"; the desktop points "lupin" at
    // another show and adds "severance" for one site.
    laptop.corrections = laptop.corrections.filter((c) => c.titleKey !== 'dark');
    laptop.corrections.unshift(fix('office', 4));
    desktop.corrections = desktop.corrections.map((c) => (c.titleKey === 'lupin' ? fix('lupin', 20) : c));
    desktop.corrections.unshift(fix('severance', 5, { site: 'tv.apple.com' }));
    await laptop.sync(T0 + DAY);
    await desktop.sync(T0 + 2 * DAY);
    await laptop.sync(T0 + 2 * DAY + 1000);

    const expected = [
      ['house', '', 3],
      ['lupin', '', 20],
      ['office', '', 4],
      ['severance', 'tv.apple.com', 5],
    ];
    expect(fixesOf(laptop)).toEqual(expected);
    expect(fixesOf(desktop)).toEqual(expected);
    expect(desktop.base.corrections.find((c) => c.titleKey === 'dark')).toMatchObject({ deleted: true });
    // Newest first, as the list keeps them.
    expect(laptop.corrections.map((c) => c.createdAt)).toEqual([...laptop.corrections.map((c) => c.createdAt)].sort((a, b) => b - a));
  });

  it('the newer change wins one correction: an edit after a removal brings it back, a removal after an edit takes it', async () => {
    const [, a, b] = twoProfiles();
    a.corrections = [fix('dark', 1), fix('lupin', 2)];
    await a.sync(T0);
    await b.sync(T0 + 1000);
    a.corrections = [fix('lupin', 2)]; // a removes "dark" first…
    await a.sync(T0 + DAY);
    b.corrections = [fix('dark', 10), fix('lupin', 2)]; // …b, not yet synced, edits it later
    await b.sync(T0 + 2 * DAY);
    await a.sync(T0 + 2 * DAY + 1000);
    expect(fixesOf(a)).toEqual([['dark', '', 10], ['lupin', '', 2]]);

    b.corrections = [fix('dark', 10), fix('lupin', 21)]; // b edits "lupin"…
    await b.sync(T0 + 3 * DAY);
    a.corrections = [fix('dark', 10)]; // …and a, unaware, removes it later
    await a.sync(T0 + 4 * DAY);
    await b.sync(T0 + 4 * DAY + 1000);
    expect(fixesOf(a)).toEqual([['dark', '', 10]]);
    expect(fixesOf(b)).toEqual([['dark', '', 10]]);
  });

  it('corrections beyond their share stay local and say so; the watched list still syncs', async () => {
    const area = new FakeSyncArea();
    const p = new Profile(area);
    p.list = [show(1, 'Dark', 1, 3)];
    p.corrections = Array.from({ length: 400 }, (_, i) => fix(`a page title that needed fixing number ${i}`, 1000 + i, { site: 'www.example-streaming.com' }));
    await p.sync(T0);
    expect(p.status).toMatchObject({ kind: 'synced', shows: 1, corrections: { kind: 'too-large', count: 400, budget: SYNC_BUDGET.corrections } });
    expect(fixKeys(area)).toEqual([]);
    expect(area.data.has('watched:meta')).toBe(true);
    expect(p.corrections).toHaveLength(400);

    // Cut down to fit, they go (their removals shed, not kept against the share), and the notice goes with the status.
    p.corrections = p.corrections.slice(0, 20);
    await p.sync(T0 + 1000);
    expect(p.status).toMatchObject({ kind: 'synced', corrections: { kind: 'synced', count: 20 } });
    expect(fixKeys(area).sort()).toEqual(['fixes:0', 'fixes:meta']);
  });

  it('corrupt synced corrections are ignored with a clear error: nothing local is lost or overwritten, the rest syncs', async () => {
    const area = new FakeSyncArea();
    await area.set({ 'fixes:meta': 'nonsense' });
    const p = new Profile(area);
    p.list = [show(1, 'Dark', 1, 3)];
    p.corrections = [fix('dark', 1)];
    await p.sync(T0);
    expect(p.status).toEqual({ kind: 'failed', at: T0, error: 'The synced copy of the corrections has no readable index; it was left as it is.' });
    expect(p.corrections).toEqual([fix('dark', 1)]);
    expect(area.data.get('fixes:meta')).toBe('"nonsense"');
    expect(area.data.has('watched:meta')).toBe(true);

    // A readable index with some unreadable entries: those are skipped, the others taken.
    await area.set({ 'fixes:meta': { v: 1, n: 2 }, 'fixes:0': [['lupin', '', T0 / 1000, 2, 'Lupin'], ['bad'], 42], 'fixes:1': 'garbage' });
    const read = await readSyncedList(area, correctionsKind);
    expect(read).toMatchObject({ ok: true, dropped: 3, records: [{ titleKey: 'lupin' }] });
    await p.sync(T0 + 1000);
    expect(p.status).toMatchObject({ kind: 'synced' });
    expect(fixesOf(p)).toEqual([['dark', '', 1], ['lupin', '', 2]]);
  });

  it('a correction whose title is too long for sync stays on its device, untouched by rounds', async () => {
    const [, a, b] = twoProfiles();
    const odd = fix('k'.repeat(SYNC_TITLE_KEY_LENGTH + 1), 9);
    a.corrections = [odd, fix('dark', 1)];
    await a.sync(T0);
    await b.sync(T0 + 1000);
    b.corrections = [];
    await b.sync(T0 + 2000);
    await a.sync(T0 + 3000);
    expect(a.corrections).toEqual([odd]);
  });
});

describe('applying synced corrections', () => {
  it('keeps a correction edited during the round and a full local name against its synced cut', () => {
    const long = fix('maisel', 7, { name: 'The Marvelous Mrs. Maisel and a Title That Runs Past Forty' });
    const record: SyncedCorrection = { titleKey: 'maisel', ref: tvmazeRef(7), name: long.name!.slice(0, 40), updatedAt: T0 };
    const list = [long];
    expect(applySynced(correctionRules, list, list, [record])).toBe(list);
    const edited = [fix('maisel', 8)];
    expect(applySynced(correctionRules, edited, list, [{ ...record, ref: tvmazeRef(70) }])).toBe(edited);
  });
});

describe('sync figures', () => {
  it('500 watched shows and 150 corrections fit their shares', async () => {
    const area = new FakeSyncArea();
    const p = new Profile(area);
    p.list = Array.from({ length: 500 }, (_, i) => show(10_000 + i * 37, `Show number ${i} ${'x'.repeat(i % 20)}`, 1 + (i % 9), 1 + (i % 24)));
    p.corrections = Array.from({ length: 150 }, (_, i) => fix(`some page title ${i}`, 20_000 + i, i % 3 === 0 ? { site: 'netflix.com' } : {}));
    await p.sync(T0);
    const watched = await area.getBytesInUse([...area.data.keys()].filter((k) => k.startsWith('watched:')));
    const corrections = await area.getBytesInUse(fixKeys(area));
    const all = await area.getBytesInUse(null);
    console.info(`sync: 500 shows ${watched} B (share ${SYNC_BUDGET.watched}), 150 corrections ${corrections} B (share ${SYNC_BUDGET.corrections}), all ${all} B in ${area.data.size} items (quota ${SYNC_QUOTAS.QUOTA_BYTES})`);
    expect(p.status).toMatchObject({ kind: 'synced', shows: 500, corrections: { kind: 'synced', count: 150 } });
    expect(watched).toBeLessThanOrEqual(SYNC_BUDGET.watched);
    expect(corrections).toBeLessThanOrEqual(SYNC_BUDGET.corrections);
  });
});
