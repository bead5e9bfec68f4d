import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CardActions } from '@/components/badge/CardActions';
import { StatusBadge } from '@/components/badge/StatusBadge';
import { sendMessage } from '@/utils/messaging/protocol';
import type { LookupResult, Show } from '@/utils/shows/show';
import { getCorrection } from '@/utils/storage/corrections';
import { getWatchedShows } from '@/utils/storage/watched-shows';
import { buttonNamed, click, mount, unmountAll, waitFor } from '../../support/dom';
import { tvmazeRef } from '@/utils/shows/show-ref';

vi.mock('@/utils/messaging/protocol', () => ({ sendMessage: vi.fn() }));
const send = vi.mocked(sendMessage);

const ballard: Show = {
  ref: tvmazeRef(900001),
  name: 'Ballard',
  url: 'https://www.tvmaze.com/shows/900001/ballard',
  network: 'Prime Video',
  premieredYear: 2025,
  endedYear: null,
  sourceStatus: 'Running',
  status: 'renewed',
  nextEpisode: null,
  nextSeason: 2,
  imdbId: null,
};
const found = (show: Show | null, title = 'Ballard'): LookupResult => ({
  title,
  status: show?.status ?? 'unknown',
  show,
  checkedAt: Date.now(),
  stale: false,
});

beforeEach(() => {
  fakeBrowser.reset();
  send.mockReset();
});
afterEach(() => unmountAll());

describe('badge card actions', () => {
  it('adds the show to the watched list, then says it is watched', async () => {
    const root = mount(<CardActions title="Ballard" result={found(ballard)} onResult={() => {}} />);
    await waitFor(() => buttonNamed(root, 'Add to watched'));
    click(buttonNamed(root, 'Add to watched'));
    await waitFor(() => expect(root.textContent).toContain('In your watched shows'));
    expect(await getWatchedShows()).toMatchObject([{ ref: tvmazeRef(900001), name: 'Ballard', progress: null, protectSpoilers: true }]);
  });

  it('"Wrong show?" → "Not a show" stores a correction for this site and re-looks the title up', async () => {
    send.mockImplementation((async (type: string) => {
      if (type === 'searchShows') return [];
      if (type === 'lookupTitles') return [found(null)];
      throw new Error(type);
    }) as unknown as typeof sendMessage);
    const onResult = vi.fn();
    const root = mount(<CardActions title="Ballard" result={found(ballard)} onResult={onResult} />);
    click(buttonNamed(root, 'Wrong show?'));
    await waitFor(() => buttonNamed(root, 'Not a show'));
    const onlyHere = root.querySelector<HTMLInputElement>('input[type=checkbox]')!;
    onlyHere.click();
    await waitFor(() => expect(onlyHere.checked).toBe(true));
    click(buttonNamed(root, 'Not a show'));
    await waitFor(() => expect(onResult).toHaveBeenCalledWith(expect.objectContaining({ show: null })));
    expect(await getCorrection('Ballard', location.hostname)).toMatchObject({ ref: null, site: expect.any(String) });
    expect(await getCorrection('Ballard', 'elsewhere.example')).toBeNull();
    expect(send).toHaveBeenCalledWith('lookupTitles', { titles: [{ title: 'Ballard' }], site: location.hostname });
  });
});

describe('status badge', () => {
  it('names the show and status for screen readers, with a word and a glyph, not colour alone', () => {
    const root = mount(<StatusBadge title="Ballard" result={found(ballard)} placement="inline" onResult={() => {}} />);
    const badge = root.querySelector('[role=button]')!;
    expect(badge.getAttribute('aria-label')).toBe('Ballard: renewed for another season');
    expect(badge.getAttribute('tabindex')).toBe('0');
    expect(badge.textContent).toContain('Renewed');
    expect(badge.textContent).toContain('✓');
  });
});
