import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { HistoryImport } from '@/components/options/HistoryImport';
import { sendMessage } from '@/utils/messaging/protocol';
import { tvmazeRef } from '@/utils/shows/show-ref';
import type { WatchedShow } from '@/utils/storage/watched-shows';
import { parseHistoryFile, type ParsedImport } from '@/utils/watching/imports';
import { createImportJob, recordResolution, type ImportJobState } from '@/utils/watching/imports/import-job';
import { importJobItem } from '@/utils/watching/imports/job-store';
import type { Resolution } from '@/utils/watching/imports/merge-plan';
import { buttonNamed, byLabel, click, mount, press, typeInto, unmountAll, waitFor } from '../../support/dom';
import { theOfficeSearchResults } from '../../support/fixtures';

vi.mock('@/utils/messaging/protocol', () => ({ sendMessage: vi.fn() }));
const send = vi.mocked(sendMessage);

const CSV = [
  'Title,Date',
  '"Dark: Season 2: Lost and Found","3/1/24"',
  '"Shameless: Season 3: Frank the Plumber","1/1/24"',
  '"Mystery Show: Season 1: Pilot","1/1/24"',
  '"Roma","1/1/24"',
].join('\n');
const parsed = parseHistoryFile('NetflixViewingHistory.csv', CSV) as ParsedImport;
const shameless = (id: number, network: string, year: number) => ({ ref: tvmazeRef(id), name: 'Shameless', network, year });
const ANSWERS: Resolution[] = [
  { kind: 'matched', show: { ref: tvmazeRef(1), name: 'Dark', network: 'Netflix', year: 2017 } },
  { kind: 'ambiguous', candidates: [shameless(150, 'Paramount+ with Showtime', 2011), shameless(746, 'Channel 4', 2004)] },
  { kind: 'not-found' },
];
const dark: WatchedShow = { ref: tvmazeRef(1), name: 'Dark', progress: { season: 1, episode: 8 }, protectSpoilers: true, inCalendar: true, addedAt: 1 };

function job(answered: number): ImportJobState {
  let state = createImportJob(parsed, 'NetflixViewingHistory.csv', 'job-1', 0);
  for (let i = 0; i < answered; i++) state = recordResolution(state, i, ANSWERS[i]!, i + 1);
  return state;
}

const replies: Record<string, unknown> = {};
beforeEach(() => {
  fakeBrowser.reset();
  send.mockReset();
  for (const key of Object.keys(replies)) delete replies[key];
  Object.assign(replies, { importResume: { job: null, notice: null }, importPick: { ok: true }, importCancel: { ok: true } });
  send.mockImplementation((async (type: string) => replies[type] ?? null) as unknown as typeof sendMessage);
});
afterEach(() => unmountAll());

const text = (root: ParentNode, selector: string) => root.querySelector(selector)?.textContent ?? '';

function chooseFile(input: HTMLInputElement, files: File[]) {
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('history import', () => {
  it('labels one file input per service', () => {
    const root = mount(<HistoryImport shows={[]} />);
    expect(byLabel(root, 'Netflix viewing activity (CSV)').accept).toBe('.csv,text/csv');
    expect(byLabel(root, 'Trakt export').accept).toBe('.json,application/json');
    expect(byLabel(root, 'TV Time export').multiple).toBe(true);
  });

  it('shows "n of m" while matching, with Cancel, and follows the job as it is saved', async () => {
    await importJobItem.setValue(job(1));
    const root = mount(<HistoryImport shows={[dark]} />);
    await waitFor(() => expect(text(root, '.import-progress [role="status"]')).toBe('Matching shows: 1 of 3…'));
    expect(root.querySelector('progress')?.getAttribute('value')).toBe('1');
    expect(root.querySelector('.import-matched')).toBeNull();
    expect(byLabel(root, 'Netflix viewing activity (CSV)').disabled).toBe(true);

    await importJobItem.setValue(job(3));
    await waitFor(() => expect(text(root, '.import-progress [role="status"]')).toBe('Matching shows: 3 of 3. Check the preview, then import.'));
    click(buttonNamed(root, 'Cancel import'));
    await waitFor(() => expect(send).toHaveBeenCalledWith('importCancel', { jobId: 'job-1' }));
  });

  it('previews matched shows with network, year and progress, the titles to pick, and the skipped lines', async () => {
    await importJobItem.setValue(job(3));
    const root = mount(<HistoryImport shows={[dark]} />);
    await waitFor(() => expect(root.querySelector('.import-matched')).not.toBeNull());
    const rows = [...root.querySelectorAll('.import-matched tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
    expect(rows).toEqual([['Dark', 'Netflix', '2017', 'Season 2 (further than your list)', 'Dark']]);
    const choices = [...root.querySelectorAll('.import-choice')];
    expect(choices.map((c) => c.querySelector('strong')?.textContent)).toEqual(['Shameless', 'Mystery Show']);
    expect([...choices[0]!.querySelectorAll('.candidates button')].map((b) => b.textContent)).toEqual([
      'Shameless (Paramount+ with Showtime, 2011) for Shameless',
      'Shameless (Channel 4, 2004) for Shameless',
    ]);
    expect(byLabel(root, 'Pick the show for “Mystery Show”').value).toBe('Mystery Show');
    // A prefilled search asks TVmaze only when the user goes to it.
    expect(send.mock.calls.filter(([type]) => type === 'searchShows')).toEqual([]);
    expect(text(root, '.import-skipped')).toContain('line 5: Roma — a film');
    expect(buttonNamed(root, 'Import 1 show')).toBeTruthy();

    click(choices[0]!.querySelector('.candidates button')!);
    await waitFor(() => expect(send).toHaveBeenCalledWith('importPick', { jobId: 'job-1', index: 1, show: ANSWERS[1]!.kind === 'ambiguous' ? ANSWERS[1]!.candidates[0] : null }));
    click(buttonNamed(root, 'Leave it out (Mystery Show)'));
    await waitFor(() => expect(send).toHaveBeenCalledWith('importPick', { jobId: 'job-1', index: 2, show: null }));
  });

  it('picks an unmatched title\'s show with the Add-a-show search', async () => {
    await importJobItem.setValue(job(3));
    replies.searchShows = theOfficeSearchResults();
    const root = mount(<HistoryImport shows={[]} />);
    const input = await waitFor(() => byLabel(root, 'Pick the show for “Mystery Show”'));
    typeInto(input, 'The Office');
    await waitFor(() => expect(root.querySelectorAll('.import-choice [role="option"]').length).toBeGreaterThan(0));
    expect(send).toHaveBeenCalledWith('searchShows', { query: 'The Office' });
    press(input, 'ArrowDown');
    press(input, 'Enter');
    const first = theOfficeSearchResults()[0]!.show;
    await waitFor(() =>
      expect(send).toHaveBeenCalledWith('importPick', {
        jobId: 'job-1',
        index: 2,
        show: { ref: tvmazeRef(first.id), name: first.name, network: first.network?.name ?? first.webChannel?.name ?? null, year: Number(first.premiered?.slice(0, 4)) },
      }),
    );
  });

  it('the confirm button counts the picked shows and reports what was imported', async () => {
    const state = job(3);
    await importJobItem.setValue({ ...state, picks: { 1: shameless(746, 'Channel 4', 2004), 2: null } });
    replies.importConfirm = { ok: true, added: 1, updated: 1, unchanged: 0 };
    const root = mount(<HistoryImport shows={[dark]} />);
    await waitFor(() => buttonNamed(root, 'Import 2 shows'));
    expect(root.querySelector('.import-choice')).toBeNull();
    expect(text(root, '.import-job')).toContain('1 left out.');
    click(buttonNamed(root, 'Import 2 shows'));
    await waitFor(() => expect(text(root, '.history-import-summary')).toBe('Imported 2 shows: 1 added, 1 further along.'));
  });

  it('a bad or oversized file gets an alert naming the reason, and nothing is sent for a file too big', async () => {
    replies.importStart = { ok: false, error: 'Line 1 should be Netflix’s header "Title,Date"…', line: 1 };
    const root = mount(<HistoryImport shows={[]} />);
    chooseFile(byLabel(root, 'Netflix viewing activity (CSV)'), [new File(['a,b\n1,2'], 'ratings.csv')]);
    await waitFor(() => expect(text(root, '[role="alert"]')).toBe('Nothing was imported from ratings.csv. Line 1 should be Netflix’s header "Title,Date"…'));
    expect(send).toHaveBeenCalledWith('importStart', { files: [{ name: 'ratings.csv', text: 'a,b\n1,2' }], expect: 'netflix' });

    send.mockClear();
    const huge = new File(['x'], 'junk.csv');
    Object.defineProperty(huge, 'size', { value: 50 * 1024 * 1024 });
    chooseFile(byLabel(root, 'Netflix viewing activity (CSV)'), [huge]);
    await waitFor(() => expect(text(root, '[role="alert"]')).toMatch(/^Nothing was imported from junk\.csv\. The file is 50 MB/));
    expect(send.mock.calls.filter(([type]) => type === 'importStart')).toEqual([]);
  });

  it('asks whose history a multi-profile Netflix download is, then starts with that profile', async () => {
    replies.importStart = { ok: false, error: 'This download holds several Netflix profiles; choose whose viewing history to import.', profiles: ['Ana', 'Ben'] };
    const root = mount(<HistoryImport shows={[]} />);
    chooseFile(byLabel(root, 'Netflix viewing activity (CSV)'), [new File(['…'], 'ViewingActivity.csv')]);
    const select = await waitFor(() => byLabel<HTMLSelectElement>(root, 'Whose viewing history?'));
    act(() => {
      select.value = 'Ben';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    replies.importStart = { ok: true, jobId: 'job-2', total: 4 };
    click(buttonNamed(root, 'Import this profile'));
    await waitFor(() => expect(send).toHaveBeenLastCalledWith('importStart', { files: [{ name: 'ViewingActivity.csv', text: '…' }], expect: 'netflix', profile: 'Ben' }));
  });
});
