import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '@/components/options/OptionsApp';
import { sendMessage } from '@/utils/messaging/protocol';
import { listCorrections, setCorrection } from '@/utils/storage/corrections';
import { getSettings } from '@/utils/storage/settings';
import { addStorageNotice, listStorageNotices } from '@/utils/storage/storage-notices';
import { addRecentChanges, listRecentChanges, type StatusChange } from '@/utils/watching/recent-changes';
import { buttonNamed, byLabel, click, mount, typeInto, unmountAll, waitFor } from '../../support/dom';
import { tvmazeRef } from '@/utils/shows/show-ref';
import { syncStatusItem } from '@/utils/sync/sync-state';

vi.mock('@/utils/messaging/protocol', () => ({ sendMessage: vi.fn() }));
const send = vi.mocked(sendMessage);
type Answer = (type: string, data: unknown) => Promise<unknown>;
let answer: Answer;

beforeEach(() => {
  fakeBrowser.reset();
  send.mockReset();
  answer = async (type) => {
    throw new Error(`unexpected message ${type}`);
  };
  send.mockImplementation(((type: string, data: unknown) => answer(type, data)) as unknown as typeof sendMessage);
});
afterEach(() => unmountAll());

/** permissions.request/remove are overloaded (callback or promise); the page uses the promise form. */
const answerPermission = (granted: boolean) =>
  (async () => granted) as unknown as typeof browser.permissions.request;

const section = (root: HTMLElement, heading: string) => {
  const found = [...root.querySelectorAll('section')].find((s) => s.querySelector('h2')?.textContent === heading);
  if (!found) throw new Error(`no section "${heading}"`);
  return found;
};
const textOf = (element: Element | null | undefined) => element?.textContent ?? '';

describe('options page', () => {
  it('has one h1 and a heading per section, in order', () => {
    const root = mount(<OptionsApp />);
    expect([...root.querySelectorAll('h1, h2')].map((h) => `${h.tagName} ${h.textContent}`)).toEqual([
      'H1 Greenlit',
      'H2 Your watched shows',
      'H2 Your calendar',
      'H2 Recent status changes',
      'H2 Notifications',
      'H2 Import and export',
      'H2 Import your history',
      'H2 Show corrections',
      'H2 TMDB (optional)',
    ]);
    const credit = root.querySelector('.credit');
    expect([...credit!.querySelectorAll('a')].map((a) => a.textContent)).toEqual(['TVmaze', 'CC BY-SA 4.0']);
  });

  it('shows storage notices at the top until dismissed', async () => {
    await addStorageNotice({
      key: 'local:watchedShows',
      lost: 'all',
      backupKey: 'local:backup:local:watchedShows:1',
      createdAt: 1,
    });
    const root = mount(<OptionsApp />);
    const notice = await waitFor(() => {
      const found = root.querySelector('main > .storage-notices li');
      if (!found) throw new Error('no notice yet');
      return found;
    });
    expect(textOf(notice.querySelector('span'))).toBe('Your watched list could not be read; a backup was kept.');
    click(buttonNamed(notice, /^Dismiss/));
    await waitFor(() => expect(root.querySelector('.storage-notices')).toBeNull());
    expect(await listStorageNotices()).toEqual([]);
  });

  it('lists corrections and removes one', async () => {
    await setCorrection('Bosch Legacy', { ref: tvmazeRef(49327), name: 'Bosch: Legacy' }, 1);
    await setCorrection('The Chase', { ref: null, site: 'www.dailystar.co.uk' }, 2);
    const root = mount(<OptionsApp />);
    const corrections = section(root, 'Show corrections');
    await waitFor(() => expect(corrections.querySelectorAll('tbody tr')).toHaveLength(2));
    const cells = [...corrections.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].slice(0, 3).map(textOf));
    expect(cells).toEqual([
      ['the chase', 'dailystar.co.uk', 'Not a show'],
      ['bosch legacy', 'all sites', 'Bosch: Legacy'],
    ]);
    click(buttonNamed(corrections, /correction for the chase/));
    await waitFor(() => expect(corrections.querySelectorAll('tbody tr')).toHaveLength(1));
    expect((await listCorrections()).map((c) => c.titleKey)).toEqual(['bosch legacy']);
  });

  it('lists recent changes, marks them seen and runs "Check now"', async () => {
    const change: StatusChange = {
      id: '900001:renewed:1',
      ref: tvmazeRef(900001),
      name: 'Ballard',
      from: 'awaiting',
      to: 'renewed',
      detail: { nextSeason: 2 },
      at: Date.UTC(2025, 6, 1),
      seen: false,
    };
    await addRecentChanges([change]);
    answer = async (type) => {
      if (type === 'checkWatchedNow') return { checked: 3, changes: 1 };
      throw new Error(`unexpected message ${type}`);
    };
    const root = mount(<OptionsApp />);
    const changes = section(root, 'Recent status changes');
    await waitFor(() => expect(textOf(changes.querySelector('li'))).toContain('Ballard — renewed for season 2'));
    await waitFor(async () => expect((await listRecentChanges())[0]?.seen).toBe(true));
    expect(textOf(changes.querySelector('.new-mark'))).toBe('New');

    click(buttonNamed(changes, 'Check now'));
    await waitFor(() => expect(textOf(changes.querySelector('[role="status"]'))).toBe('Checked 3 shows: 1 change.'));
  });

  it('shows why "Check now" failed', async () => {
    answer = async () => {
      throw new Error('Could not reach TVmaze');
    };
    const root = mount(<OptionsApp />);
    const changes = section(root, 'Recent status changes');
    click(buttonNamed(changes, 'Check now'));
    await waitFor(() =>
      expect(textOf(changes.querySelector('[role="alert"]'))).toBe('The check failed: Could not reach TVmaze'),
    );
  });

  it('saves the notification setting', async () => {
    const root = mount(<OptionsApp />);
    const checkbox = byLabel(root, 'Notify me when a watched show’s status changes');
    await waitFor(() => expect(checkbox.disabled).toBe(false));
    expect(checkbox.checked).toBe(true);
    click(checkbox);
    await waitFor(async () => expect((await getSettings()).notificationsEnabled).toBe(false));
  });

  it('sends the TMDB key to the background and shows its error in an alert', async () => {
    answer = async (type, data) => {
      if (type !== 'setTmdbKey') throw new Error(`unexpected message ${type}`);
      const { key } = data as { key: string | null };
      return key === 'good-key' || key === null ? { ok: true } : { ok: false, error: 'TMDB rejected this key (401).' };
    };
    const request = vi.spyOn(browser.permissions, 'request').mockImplementation(answerPermission(true));
    const removePermission = vi.spyOn(browser.permissions, 'remove').mockImplementation(answerPermission(true));
    const root = mount(<OptionsApp />);
    const tmdb = section(root, 'TMDB (optional)');
    const input = byLabel(tmdb, 'TMDB API key');
    expect(input.type).toBe('password');

    typeInto(input, 'bad-key');
    click(buttonNamed(tmdb, 'Save key'));
    await waitFor(() => expect(textOf(tmdb.querySelector('[role="alert"]'))).toBe('TMDB rejected this key (401).'));

    typeInto(input, ' good-key ');
    click(buttonNamed(tmdb, 'Save key'));
    await waitFor(() => expect(textOf(tmdb.querySelector('[role="status"]'))).toBe('TMDB key saved.'));
    expect(send).toHaveBeenLastCalledWith('setTmdbKey', { key: 'good-key' });
    expect(request).toHaveBeenCalledWith({ origins: ['https://api.themoviedb.org/*'] });
    expect(tmdb.querySelector('[role="alert"]')).toBeNull();
    expect(input.value).toBe('');

    click(buttonNamed(tmdb, 'Remove key'));
    await waitFor(() => expect(textOf(tmdb.querySelector('[role="status"]'))).toBe('TMDB key removed.'));
    expect(send).toHaveBeenLastCalledWith('setTmdbKey', { key: null });
    await waitFor(() => expect(removePermission).toHaveBeenCalledWith({ origins: ['https://api.themoviedb.org/*'] }));
  });

  it('saves no TMDB key without permission to reach TMDB', async () => {
    vi.spyOn(browser.permissions, 'request').mockImplementation(answerPermission(false));
    const root = mount(<OptionsApp />);
    const tmdb = section(root, 'TMDB (optional)');
    typeInto(byLabel(tmdb, 'TMDB API key'), 'some-key');
    click(buttonNamed(tmdb, 'Save key'));
    await waitFor(() => expect(textOf(tmdb.querySelector('[role="alert"]'))).toContain('Nothing was saved.'));
    expect(send).not.toHaveBeenCalledWith('setTmdbKey', expect.anything());
  });
});

describe('sync notice', () => {
  it('says when the list outgrew sync and stays on this computer, and goes once it syncs again', async () => {
    await syncStatusItem.setValue({ kind: 'too-large', at: 1, bytes: 104_000, budget: 90_112, shows: 1900 });
    const root = mount(<OptionsApp />);
    await waitFor(() =>
      expect(root.querySelector('.sync-notice')?.textContent).toBe(
        'Your watched list (1900 shows, 102 kB) is larger than your browser’s sync allows (88 kB), so it stays on this computer; other devices keep the last list that fitted. Remove shows you no longer watch to sync it again.',
      ),
    );
    await syncStatusItem.setValue({ kind: 'synced', at: 2, bytes: 26_000, shows: 500 });
    await waitFor(() => expect(root.querySelector('.sync-notice')).toBeNull());
  });

  it('says when the corrections outgrew their share of sync, beside a list that syncs', async () => {
    const corrections = { kind: 'too-large', bytes: 24_000, budget: 12_288, count: 400 } as const;
    await syncStatusItem.setValue({ kind: 'synced', at: 1, bytes: 26_000, shows: 500, corrections });
    const root = mount(<OptionsApp />);
    await waitFor(() =>
      expect(root.querySelector('.sync-notice')?.textContent).toBe(
        'Your show corrections (400 corrections, 24 kB) are more than your browser’s sync allows them (12 kB), so they stay on this computer; other devices keep the last ones that fitted. Remove corrections you no longer need to sync them again.',
      ),
    );
    await syncStatusItem.setValue({ kind: 'too-large', at: 2, bytes: 104_000, budget: 86_016, shows: 1900, corrections });
    await waitFor(() => expect(root.querySelector('.sync-notice')?.textContent).toMatch(/^Your watched list \(1900 shows, 102 kB\) .* Your show corrections \(400 corrections/));
    await syncStatusItem.setValue({ kind: 'synced', at: 3, bytes: 26_000, shows: 500, corrections: { kind: 'synced', bytes: 3_000, count: 40 } });
    await waitFor(() => expect(root.querySelector('.sync-notice')).toBeNull());
  });
});
