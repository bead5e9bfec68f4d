import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '@/components/options/OptionsApp';
import { sendMessage } from '@/utils/messaging/protocol';
import { getWatchedShows, saveWatchedShows, type WatchedShow } from '@/utils/storage/watched-shows';
import { exportWatchedShows } from '@/utils/watching/import-export';
import { buttonNamed, byLabel, click, mount, unmountAll, waitFor } from '../../support/dom';
import { tvmazeRef } from '@/utils/shows/show-ref';

vi.mock('@/utils/messaging/protocol', () => ({ sendMessage: vi.fn() }));
const send = vi.mocked(sendMessage);

const friends: WatchedShow = { ref: tvmazeRef(431), name: 'Friends', progress: null, protectSpoilers: true, inCalendar: true, addedAt: 1 };
const ballard: WatchedShow = { ref: tvmazeRef(900001), name: 'Ballard', progress: null, protectSpoilers: true, inCalendar: true, addedAt: 2 };

beforeEach(async () => {
  fakeBrowser.reset();
  send.mockReset();
  send.mockImplementation((async () => null) as unknown as typeof sendMessage);
  await saveWatchedShows([friends]);
});
afterEach(() => unmountAll());

const listedNames = (root: HTMLElement) => [...root.querySelectorAll('li.watched-show h3')].map((h) => h.textContent);

async function openPage() {
  const root = mount(<OptionsApp />);
  await waitFor(() => expect(listedNames(root)).toEqual(['Friends']));
  return root;
}

const findAlert = (root: HTMLElement) =>
  waitFor(() => {
    const alert = root.querySelector('[role="alert"]');
    if (!alert) throw new Error('no alert yet');
    return alert;
  });

function chooseFile(root: HTMLElement, text: string, name = 'list.json') {
  const input = byLabel(root, 'Import a Greenlit export file');
  expect(input.type).toBe('file');
  expect(input.accept).toBe('application/json,.json');
  Object.defineProperty(input, 'files', { value: [new File([text], name, { type: 'application/json' })], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('import', () => {
  it('says what a good file added and updated', async () => {
    const root = await openPage();
    chooseFile(root, exportWatchedShows([{ ...friends, progress: { season: 1, episode: 3 } }, ballard]));
    await waitFor(() =>
      expect(root.querySelector('.import-summary')?.textContent).toBe(
        'Imported: added 1 show (Ballard); updated 1 show (Friends).',
      ),
    );
    await waitFor(() => expect(listedNames(root)).toEqual(['Ballard', 'Friends']));
    expect((await getWatchedShows()).find((s) => s.ref?.id === 431)?.progress).toEqual({ season: 1, episode: 3 });
    expect(root.querySelector('[role="alert"]')).toBeNull();
  });

  it('shows a bad file’s problem in an alert and changes nothing', async () => {
    const root = await openPage();
    const before = await fakeBrowser.storage.local.get(null);
    chooseFile(root, 'Season 1, episode 3 — not JSON at all', 'notes.json');
    const alert = await findAlert(root);
    expect(alert.textContent).toBe('This file is not valid JSON, so it is not a Greenlit export.');
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
    expect(listedNames(root)).toEqual(['Friends']);
    expect(root.querySelector('.import-summary')?.textContent).toBe('');
  });

  it('lists each problem of an invalid export on its own line', async () => {
    const root = await openPage();
    const text = JSON.stringify({ format: 'greenlit-watched', version: 1, shows: [{ tvmazeId: -1, name: '' }] });
    chooseFile(root, text);
    const alert = await findAlert(root);
    expect([...alert.querySelectorAll('p')].map((p) => p.textContent)).toEqual([
      'Nothing was imported. The file has problems:',
      'Show 1: tvmazeId must be a positive whole number (the show’s TVmaze id).',
      'Show 1: name must not be empty.',
    ]);
    expect(await getWatchedShows()).toEqual([friends]);
  });
});

describe('export', () => {
  it('downloads the list as greenlit-watched-YYYY-MM-DD.json', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:greenlit-export';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const downloads: { name: string; href: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push({ name: this.download, href: this.href });
    });

    const root = await openPage();
    click(buttonNamed(root, 'Export'));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]!.name).toMatch(/^greenlit-watched-\d{4}-\d{2}-\d{2}\.json$/);
    expect(downloads[0]!.href).toBe('blob:greenlit-export');
    expect(JSON.parse(await blobs[0]!.text())).toEqual({
      format: 'greenlit-watched',
      version: 1,
      shows: [{ tvmazeId: 431, name: 'Friends', progress: null, protectSpoilers: true }],
    });
    expect(root.querySelector('.import-summary')?.textContent).toBe('Exported 1 show.');
  });
});
