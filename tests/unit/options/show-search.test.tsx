import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ShowSearch } from '@/components/options/ShowSearch';
import { sendMessage } from '@/utils/messaging/protocol';
import { getWatchedShows, saveWatchedShows } from '@/utils/storage/watched-shows';
import { byLabel, flush, mount, press, typeInto, unmountAll, waitFor } from '../../support/dom';
import { theOfficeSearchResults } from '../../support/fixtures';
import { tvmazeRef } from '@/utils/shows/show-ref';

vi.mock('@/utils/messaging/protocol', () => ({ sendMessage: vi.fn() }));
const send = vi.mocked(sendMessage);

beforeEach(() => {
  fakeBrowser.reset();
  send.mockReset();
  send.mockImplementation((async (type: string) => {
    if (type === 'searchShows') return theOfficeSearchResults();
    throw new Error(`unexpected message ${type}`);
  }) as unknown as typeof sendMessage);
});
afterEach(() => {
  unmountAll();
  vi.useRealTimers();
});

const options = (root: HTMLElement) => [...root.querySelectorAll<HTMLElement>('[role="option"]')];

async function searchFor(query: string) {
  const root = mount(<ShowSearch watchedIds={new Set()} />);
  const input = byLabel(root, 'Add a show');
  typeInto(input, query);
  await waitFor(() => expect(options(root)).toHaveLength(2));
  return { root, input };
}

describe('show search', () => {
  it('waits for a 300 ms pause in typing and sends only the last query', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const root = mount(<ShowSearch watchedIds={new Set()} />);
    const input = byLabel(root, 'Add a show');
    typeInto(input, 'Th');
    await vi.advanceTimersByTimeAsync(200);
    typeInto(input, 'The Off');
    await vi.advanceTimersByTimeAsync(299);
    expect(send).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    await flush();
    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith('searchShows', { query: 'The Off' });
    expect(options(root)).toHaveLength(2);
    expect(input.getAttribute('aria-expanded')).toBe('true');
  });

  it('does not search for fewer than 2 characters', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const root = mount(<ShowSearch watchedIds={new Set()} />);
    typeInto(byLabel(root, 'Add a show'), ' T ');
    await vi.advanceTimersByTimeAsync(1000);
    expect(send).not.toHaveBeenCalled();
  });

  it('tells same-named shows apart by network, country and premiere year', async () => {
    const { root } = await searchFor('The Office');
    expect(options(root).map((o) => o.textContent)).toEqual([
      'The Office NBC (US) · 2005',
      'The Office BBC Two (GB) · 2001',
    ]);
  });

  it('moves through the results with the arrow keys and closes on Escape', async () => {
    const { root, input } = await searchFor('The Office');
    const [us, uk] = options(root);
    expect(input.getAttribute('aria-activedescendant')).toBeNull();

    press(input, 'ArrowDown');
    expect(input.getAttribute('aria-activedescendant')).toBe(us!.id);
    expect(us!.getAttribute('aria-selected')).toBe('true');
    press(input, 'ArrowDown');
    expect(input.getAttribute('aria-activedescendant')).toBe(uk!.id);
    press(input, 'ArrowDown');
    expect(input.getAttribute('aria-activedescendant')).toBe(us!.id);
    press(input, 'ArrowUp');
    expect(input.getAttribute('aria-activedescendant')).toBe(uk!.id);
    expect(us!.getAttribute('aria-selected')).toBe('false');

    press(input, 'Escape');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(root.querySelector('[role="listbox"]')?.hasAttribute('hidden')).toBe(true);
    expect(input.hasAttribute('aria-activedescendant')).toBe(false);
  });

  it('adds the chosen show with Enter: no progress yet, spoilers protected', async () => {
    const { root, input } = await searchFor('The Office');
    press(input, 'ArrowDown');
    press(input, 'ArrowDown');
    press(input, 'Enter');

    await waitFor(async () => expect(await getWatchedShows()).toHaveLength(1));
    const [saved] = await getWatchedShows();
    expect(saved).toMatchObject({ ref: tvmazeRef(900101), name: 'The Office', progress: null, protectSpoilers: true });
    await waitFor(() =>
      expect(root.querySelector('[role="status"]')?.textContent).toBe('Added The Office (BBC Two (GB) · 2001).'),
    );
    expect(input.value).toBe('');
    expect(input.getAttribute('aria-expanded')).toBe('false');
  });

  it('does not add anything on Enter before a result is chosen', async () => {
    const { input } = await searchFor('The Office');
    press(input, 'Enter');
    await flush();
    expect(await getWatchedShows()).toEqual([]);
  });

  it('keeps the progress of a show that is already watched', async () => {
    const watched = { ref: tvmazeRef(526), name: 'The Office', progress: { season: 3, episode: 4 }, protectSpoilers: false, inCalendar: true, addedAt: 1 };
    await saveWatchedShows([watched]);
    const root = mount(<ShowSearch watchedIds={new Set(['tvmaze:526'])} />);
    const input = byLabel(root, 'Add a show');
    typeInto(input, 'The Office');
    await waitFor(() => expect(options(root)).toHaveLength(2));
    expect(options(root)[0]!.textContent).toContain('in your list');
    press(input, 'ArrowDown');
    press(input, 'Enter');
    await waitFor(() => expect(root.querySelector('[role="status"]')?.textContent).toContain('already in your list'));
    expect(await getWatchedShows()).toEqual([watched]);
  });

  it('says when the search fails', async () => {
    send.mockRejectedValue(new Error('TVmaze is not answering'));
    const root = mount(<ShowSearch watchedIds={new Set()} />);
    typeInto(byLabel(root, 'Add a show'), 'The Office');
    await waitFor(() =>
      expect(root.querySelector('[role="status"]')?.textContent).toBe('Search failed: TVmaze is not answering'),
    );
  });
});
