import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { listBackupKeys, getBackup, MAX_BACKUPS_PER_KEY } from '@/utils/storage/backups';
import {
  DEFAULT_SETTINGS,
  getSettings,
  isActiveOn,
  settingsItem,
  updateSettings,
  watchSettings,
  type Settings,
} from '@/utils/storage/settings';
import { listStorageNotices } from '@/utils/storage/storage-notices';

const storeRaw = (value: unknown) => fakeBrowser.storage.local.set({ settings: value });

beforeEach(() => {
  fakeBrowser.reset();
});

describe('getSettings', () => {
  it('returns the defaults when nothing is stored', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS).toMatchObject({ blurStrength: 8, revealOn: 'click', snoozedUntil: null });
  });

  it('returns stored valid settings unchanged', async () => {
    const stored: Settings = { ...DEFAULT_SETTINGS, blurStrength: 12, revealOn: 'hover', pausedSites: ['netflix.com'] };
    await storeRaw(stored);
    expect(await getSettings()).toEqual(stored);
    expect(await listStorageNotices()).toEqual([]);
  });

  it('keeps the valid fields of corrupt settings, backs up the original and raises a notice', async () => {
    const corrupt = { ...DEFAULT_SETTINGS, blurStrength: 'lots', revealOn: 'hover', pausedSites: 'netflix.com' };
    await storeRaw(corrupt);

    const settings = await getSettings();

    expect(settings).toEqual({ ...DEFAULT_SETTINGS, revealOn: 'hover' });
    const [backupKey] = await listBackupKeys('local:settings');
    expect((await getBackup(backupKey!))?.value).toEqual(corrupt);
    const notices = await listStorageNotices();
    expect(notices).toHaveLength(1);
    // Only the valid part of the settings survived: a partial loss.
    expect(notices[0]).toMatchObject({ key: 'local:settings', backupKey, lost: 'part' });
    // The repaired value was written back, so the next read is clean.
    expect(await settingsItem.getValue()).toEqual(settings);
  });

  it.each([
    ['a string', 'dark mode please'],
    ['an array', [1, 2, 3]],
    ['a number', 42],
  ])('falls back to the defaults when settings are %s', async (_label, raw) => {
    await storeRaw(raw);
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await listBackupKeys('local:settings')).toHaveLength(1);
    expect((await listStorageNotices())[0]).toMatchObject({ key: 'local:settings', lost: 'all' });
  });

  it('treats a stored null as missing', async () => {
    await storeRaw(null);
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('backs up and reports once when several readers hit the same corrupt value', async () => {
    await storeRaw('garbage');
    await Promise.all([getSettings(), getSettings(), getSettings()]);
    expect(await listBackupKeys('local:settings')).toHaveLength(1);
    expect(await listStorageNotices()).toHaveLength(1);
  });

  it('keeps only the newest few backups', async () => {
    vi.useFakeTimers();
    try {
      for (let i = 0; i < MAX_BACKUPS_PER_KEY + 2; i++) {
        vi.setSystemTime(1_000_000 + i);
        await storeRaw(`garbage ${i}`);
        await getSettings();
      }
    } finally {
      vi.useRealTimers();
    }
    const keys = await listBackupKeys('local:settings');
    expect(keys).toHaveLength(MAX_BACKUPS_PER_KEY);
    expect((await getBackup(keys[0]!))?.value).toBe(`garbage ${MAX_BACKUPS_PER_KEY + 1}`);
    // One notice per key: the newest problem replaces the older notice.
    expect(await listStorageNotices()).toHaveLength(1);
  });

  it('does not throw when storage itself fails', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('storage unavailable'));
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });
});

describe('updateSettings', () => {
  it('applies a patch and persists it', async () => {
    const updated = await updateSettings({ spoilerBlurEnabled: false, blurStrength: 4 });
    expect(updated).toEqual({ ...DEFAULT_SETTINGS, spoilerBlurEnabled: false, blurStrength: 4 });
    expect(await getSettings()).toEqual(updated);
  });

  it('ignores invalid patched fields and keeps the rest', async () => {
    const updated = await updateSettings({ blurStrength: 50, revealOn: 'hover' });
    expect(updated).toEqual({ ...DEFAULT_SETTINGS, revealOn: 'hover' });
  });

  it('does not lose concurrent updates from the same context', async () => {
    await Promise.all([updateSettings({ pausedSites: ['a.com'] }), updateSettings({ notificationsEnabled: false })]);
    expect(await getSettings()).toMatchObject({ pausedSites: ['a.com'], notificationsEnabled: false });
  });
});

describe('isActiveOn', () => {
  const now = 1_700_000_000_000;
  const hour = 3_600_000;

  it.each([
    ['no pauses, no snooze', {}, 'www.netflix.com', true],
    ['the site is paused', { pausedSites: ['netflix.com'] }, 'netflix.com', false],
    ['a www spelling of a paused site', { pausedSites: ['www.netflix.com'] }, 'Netflix.com', false],
    ['a subdomain of a paused site', { pausedSites: ['bbc.co.uk'] }, 'news.bbc.co.uk', false],
    ['another site is paused', { pausedSites: ['netflix.com'] }, 'notnetflix.com', true],
    ['snoozed', { snoozedUntil: now + hour }, 'netflix.com', false],
    ['the snooze has run out', { snoozedUntil: now - 1 }, 'netflix.com', true],
  ] as const)('%s', (_label, patch, hostname, expected) => {
    const settings = { ...DEFAULT_SETTINGS, ...patch } as Settings;
    expect(isActiveOn(settings, hostname, now)).toBe(expected);
  });
});

describe('watchSettings', () => {
  it('reports validated values and stops after unwatch', async () => {
    const seen: Settings[] = [];
    const unwatch = watchSettings((s) => seen.push(s));

    await updateSettings({ blurStrength: 10 });
    await storeRaw({ ...DEFAULT_SETTINGS, blurStrength: 'lots', revealOn: 'hover' });
    unwatch();
    await updateSettings({ blurStrength: 3 });

    expect(seen).toEqual([
      { ...DEFAULT_SETTINGS, blurStrength: 10 },
      { ...DEFAULT_SETTINGS, revealOn: 'hover' },
    ]);
  });
});
