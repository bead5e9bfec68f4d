import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CardActions } from '@/components/badge/CardActions';
import { StatusBadge } from '@/components/badge/StatusBadge';
import { handleCorrectTitle } from '@/utils/lookup/handlers';
import type { LookupService } from '@/utils/lookup/service';
import { sendMessage } from '@/utils/messaging/protocol';
import type { LookupResult, Show } from '@/utils/shows/show';
import { getCorrection } from '@/utils/storage/corrections';
import { getWatchedShows } from '@/utils/storage/watched-shows';
import { handleWatchShow, handleWatchState } from '@/utils/watching/card-requests';
import { buttonNamed, click, mount, unmountAll, waitFor } from '../../support/dom';
import { tvmazeRef } from '@/utils/shows/show-ref';
import { aShow } from '../../support/shows';

vi.mock('@/utils/messaging/protocol', async (original) => ({ ...(await original<object>()), sendMessage: vi.fn() }));
const send = vi.mocked(sendMessage);

const ballard: Show = aShow(900001, 'Ballard', { network: 'Prime Video', premieredYear: 2025, sourceStatus: 'Running', status: 'renewed', nextSeason: 2, url: 'https://www.tvmaze.com/shows/900001/ballard' });
const found = (show: Show | null, title = 'Ballard'): LookupResult => ({
  title,
  status: show?.status ?? 'unknown',
  show,
  checkedAt: Date.now(),
  stale: false,
});

/** The worker's side, as the background wires it; lookups answer "not a show" for whatever is asked. */
const lookups = { lookupMany: vi.fn(async (queries: { title: string }[]) => queries.map(({ title }) => found(null, title))) };
function worker(type: string, data: unknown): Promise<unknown> {
  if (type === 'watchState') return handleWatchState(data);
  if (type === 'watchShow') return handleWatchShow(data);
  if (type === 'correctTitle') return handleCorrectTitle(lookups as unknown as LookupService, data);
  if (type === 'searchShows') return Promise.resolve([]);
  return Promise.reject(new Error(`unexpected message ${type}`));
}

beforeEach(() => {
  fakeBrowser.reset();
  send.mockReset();
  send.mockImplementation(worker as unknown as typeof sendMessage);
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
    expect(lookups.lookupMany).toHaveBeenCalledWith([{ title: 'Ballard' }], location.hostname);
  });

  it('says a show is watched without offering to add it again', async () => {
    await handleWatchShow({ ref: tvmazeRef(900001), name: 'Ballard' });
    const root = mount(<CardActions title="Ballard" result={found(ballard)} onResult={() => {}} />);
    await waitFor(() => expect(root.textContent).toContain('In your watched shows'));
    expect(() => buttonNamed(root, 'Add to watched')).toThrow();
  });

  it('the worker refuses malformed card requests, naming the field', async () => {
    await expect(handleWatchShow({ ref: { source: 'tvmaze', id: -1 }, name: 'X' })).rejects.toThrow(/^Invalid watchShow request: ref\.id/);
    await expect(handleCorrectTitle(lookups as unknown as LookupService, { title: 'X', ref: null, site: 'a.example' })).rejects.toThrow(
      /^Invalid correctTitle request: onlyThisSite/,
    );
    expect(await getWatchedShows()).toEqual([]);
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
