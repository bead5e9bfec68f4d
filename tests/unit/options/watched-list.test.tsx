import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '@/components/options/OptionsApp';
import { UNDO_MS } from '@/components/options/WatchedShowList';
import { sendMessage } from '@/utils/messaging/protocol';
import type { Show } from '@/utils/shows/show';
import { getWatchedShows, saveWatchedShows, upsertWatchedShow, type WatchedShow } from '@/utils/storage/watched-shows';
import { buttonNamed, byLabel, click, commit, flush, mount, unmountAll, waitFor } from '../../support/dom';
import { tvmazeRef } from '@/utils/shows/show-ref';

vi.mock('@/utils/messaging/protocol', () => ({ sendMessage: vi.fn() }));
const send = vi.mocked(sendMessage);

const show = (tvmazeId: number, name: string, extra: Partial<WatchedShow> = {}): WatchedShow => ({
  ref: tvmazeRef(tvmazeId),
  name,
  progress: null,
  protectSpoilers: true, inCalendar: true,
  addedAt: 1_700_000_000_000,
  ...extra,
});
const theOffice = show(526, 'The Office', { progress: { season: 2, episode: 5 } });
const ballard = show(900001, 'Ballard');

const summary = (id: number, name: string, status: Show['status']): Show => ({
  ref: tvmazeRef(id),
  name,
  url: `https://www.tvmaze.com/shows/${id}`,
  network: 'NBC',
  premieredYear: 2005,
  endedYear: status === 'ended' ? 2013 : null,
  sourceStatus: null,
  status,
  nextEpisode: null,
  nextSeason: null,
  imdbId: null,
});

let answerShowById: (id: number) => Promise<Show | null>;

beforeEach(async () => {
  fakeBrowser.reset();
  send.mockReset();
  answerShowById = async (id) => (id === 526 ? summary(526, 'The Office', 'ended') : summary(id, 'Ballard', 'renewed'));
  send.mockImplementation((async (type: string, data: { ref: { id: number } }) => {
    if (type === 'showByRef') return answerShowById(data.ref.id);
    throw new Error(`unexpected message ${type}`);
  }) as unknown as typeof sendMessage);
  await saveWatchedShows([theOffice, ballard]);
});
afterEach(() => {
  unmountAll();
  vi.useRealTimers();
});

const rows = (root: HTMLElement) => [...root.querySelectorAll<HTMLElement>('li.watched-show')];
const row = (root: HTMLElement, name: string) => {
  const found = rows(root).find((r) => r.querySelector('h3')?.textContent === name);
  if (!found) throw new Error(`no row for ${name}`);
  return found;
};
const undoBar = (root: HTMLElement) => root.querySelector('.undo-bar')!;

async function openPage() {
  const root = mount(<OptionsApp />);
  await waitFor(() => expect(rows(root)).toHaveLength(2));
  return root;
}

describe('watched list', () => {
  it('lists the shows by name with their status, "Checking…" until it answers', async () => {
    let answer: (value: Show) => void = () => {};
    answerShowById = (id) =>
      id === 526 ? new Promise((resolve) => (answer = resolve)) : Promise.resolve(summary(id, 'Ballard', 'renewed'));
    const root = await openPage();
    expect(rows(root).map((r) => r.querySelector('h3')?.textContent)).toEqual(['Ballard', 'The Office']);
    expect(row(root, 'The Office').querySelector('.badge')?.textContent).toBe('Status: … Checking…');
    await waitFor(() => expect(row(root, 'Ballard').querySelector('.badge.status-renewed')?.textContent).toContain('Renewed'));

    answer(summary(526, 'The Office', 'ended'));
    await waitFor(() => expect(row(root, 'The Office').querySelector('.badge.status-ended')?.textContent).toContain('Ended'));
    expect(row(root, 'The Office').textContent).toContain('NBC · 2005–2013');
  });

  it('shows a failed status lookup as text', async () => {
    answerShowById = () => Promise.reject(new Error('TVmaze answered 500'));
    const root = await openPage();
    await waitFor(() =>
      expect(row(root, 'Ballard').querySelector('.status-note')?.textContent).toBe(
        'Could not check the status: TVmaze answered 500',
      ),
    );
  });

  it('saves edited progress, and waits for both numbers', async () => {
    const root = await openPage();
    const ballardRow = row(root, 'Ballard');
    commit(byLabel(ballardRow, 'Season'), '1');
    await waitFor(() => expect(ballardRow.querySelector('[role="status"]')?.textContent).toBe('Enter both a season and an episode number.'));
    expect(byLabel(ballardRow, 'Season').getAttribute('aria-invalid')).toBe('true');
    expect((await getWatchedShows()).find((s) => s.ref.id === 900001)?.progress).toBeNull();

    commit(byLabel(ballardRow, 'Episode'), '3');
    await waitFor(async () =>
      expect((await getWatchedShows()).find((s) => s.ref.id === 900001)?.progress).toEqual({ season: 1, episode: 3 }),
    );
    await waitFor(() => expect(ballardRow.querySelector('[role="status"]')?.textContent).toBe('Progress saved.'));

    const officeRow = row(root, 'The Office');
    expect(byLabel(officeRow, 'Season').value).toBe('2');
    commit(byLabel(officeRow, 'Season'), '');
    commit(byLabel(officeRow, 'Episode'), '');
    await waitFor(async () => expect((await getWatchedShows()).find((s) => s.ref.id === 526)?.progress).toBeNull());
  });

  it('saves "Protect from spoilers" per show', async () => {
    const root = await openPage();
    const checkbox = byLabel(row(root, 'The Office'), 'Protect from spoilers for The Office');
    expect(checkbox.checked).toBe(true);
    click(checkbox);
    await waitFor(async () =>
      expect((await getWatchedShows()).find((s) => s.ref.id === 526)?.protectSpoilers).toBe(false),
    );
  });

  it('saves "In calendar" per show, apart from spoiler protection', async () => {
    const root = await openPage();
    const checkbox = byLabel(row(root, 'The Office'), 'In calendar for The Office');
    expect(checkbox.checked).toBe(true);
    click(checkbox);
    await waitFor(async () => expect((await getWatchedShows()).find((s) => s.ref.id === 526)).toMatchObject({ inCalendar: false, protectSpoilers: true }));
  });

  it('removes a show and puts it back with Undo', async () => {
    const root = await openPage();
    click(buttonNamed(row(root, 'The Office'), 'Remove The Office'));
    await waitFor(() => expect(rows(root)).toHaveLength(1));
    expect((await getWatchedShows()).map((s) => s.name)).toEqual(['Ballard']);
    expect(undoBar(root).getAttribute('role')).toBe('status');
    expect(undoBar(root).textContent).toBe('Removed The Office. Undo');
    expect(document.activeElement?.textContent).toBe('Undo');

    click(buttonNamed(undoBar(root), 'Undo'));
    await waitFor(() => expect(rows(root)).toHaveLength(2));
    expect((await getWatchedShows()).find((s) => s.ref.id === 526)).toEqual(theOffice);
    expect(undoBar(root).textContent).toBe('The Office is back in your list.');
  });

  it('offers Undo for 10 seconds only', async () => {
    const root = await openPage();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    click(buttonNamed(row(root, 'Ballard'), 'Remove Ballard'));
    await flush();
    expect(undoBar(root).textContent).toContain('Undo');
    await vi.advanceTimersByTimeAsync(UNDO_MS - 1);
    expect(undoBar(root).textContent).toContain('Undo');
    await vi.advanceTimersByTimeAsync(1);
    await flush();
    expect(undoBar(root).textContent).toBe('');
    expect(document.activeElement?.classList.contains('watched-list')).toBe(true);
  });

  it('follows changes made elsewhere', async () => {
    const root = await openPage();
    await upsertWatchedShow({ ...ballard, progress: { season: 4, episode: 1 } });
    await waitFor(() => expect(byLabel(row(root, 'Ballard'), 'Season').value).toBe('4'));
    await upsertWatchedShow(show(431, 'Friends'));
    await waitFor(() => expect(rows(root)).toHaveLength(3));
  });
});
