import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApiError } from '../../../utils/lookup/http';
import { tvmazeRef } from '../../../utils/shows/show-ref';
import type { WatchedShow } from '../../../utils/storage/watched-shows';
import { loadImportJob, type ImportJobState } from '../../../utils/watching/imports/import-job';
import { ImportRunner, type ImportJobStore } from '../../../utils/watching/imports/import-runner';
import type { Resolution } from '../../../utils/watching/imports/merge-plan';
import type { ImportEntry } from '../../../utils/watching/imports/types';
import { FIXTURES_DIR } from '../../support/catalog';

const NETFLIX = readFileSync(join(FIXTURES_DIR, 'imports/netflix-viewing-history-en.csv'), 'utf8');
const CSV = ['Title,Date', '"Dark: Season 2: Lost and Found","3/1/24"', '"Dark: Season 1: Secrets","2/1/24"', '"Lupin: Part 1: Chapter 1","1/1/24"', '"Shameless: Season 3: Frank the Plumber","1/1/24"', '"Roma","1/1/24"'].join('\n');

const show = (id: number, name: string) => ({ ref: tvmazeRef(id), name, network: 'Netflix', year: 2020 });
const ANSWERS: Record<string, Resolution> = {
  Dark: { kind: 'matched', show: show(1, 'Dark') },
  Lupin: { kind: 'matched', show: show(2, 'Lupin') },
  Shameless: { kind: 'ambiguous', candidates: [show(150, 'Shameless'), show(746, 'Shameless')] },
};

/** storage.local for one job, with a JSON round trip as the real area does. */
class MemoryJobStore implements ImportJobStore {
  raw: string | null = null;
  saves = 0;
  async load() {
    return this.raw === null ? null : (JSON.parse(this.raw) as unknown);
  }
  async save(state: ImportJobState) {
    this.saves++;
    this.raw = JSON.stringify(state);
  }
  async clear() {
    this.raw = null;
  }
  get job(): ImportJobState | null {
    const loaded = loadImportJob(this.raw === null ? null : JSON.parse(this.raw));
    return loaded.ok ? loaded.state : null;
  }
}

function setup(options: { store?: MemoryJobStore; resolve?: (entry: ImportEntry) => Promise<Resolution>; list?: WatchedShow[] } = {}) {
  const store = options.store ?? new MemoryJobStore();
  let list: WatchedShow[] = options.list ?? [];
  const asked: string[] = [];
  const sleeps: number[] = [];
  let writes = 0;
  const runner = new ImportRunner({
    resolve: options.resolve ?? (async (entry) => (asked.push(entry.title), ANSWERS[entry.title] ?? { kind: 'not-found' })),
    store,
    editWatched: async (edit) => {
      const { shows, result } = edit(list);
      if (shows !== list) writes++;
      list = shows;
      return result;
    },
    now: () => 1_000,
    sleep: async (ms) => void sleeps.push(ms),
    newId: () => 'job-1',
  });
  return { runner, store, asked, sleeps, list: () => list, writes: () => writes };
}

/** A resolver that answers only when the test says so. */
function gatedResolver() {
  const waiting: { entry: ImportEntry; answer: (r: Resolution) => void }[] = [];
  let arrived: () => void = () => {};
  return {
    resolve: (entry: ImportEntry) => new Promise<Resolution>((answer) => (waiting.push({ entry, answer }), arrived())),
    /** Resolves once `n` requests are waiting. */
    waitFor: (n: number) =>
      new Promise<void>((done) => {
        const check = () => (waiting.length >= n ? done() : (arrived = check));
        check();
      }),
    waiting,
  };
}

describe('ImportRunner', () => {
  it('matches every show in the background, saving after each, and writes the list only on confirm', async () => {
    const { runner, store, asked, list, writes } = setup();
    expect(await runner.start([{ name: 'NetflixViewingHistory.csv', text: CSV }])).toEqual({ ok: true, jobId: 'job-1', total: 3 });
    await runner.whenIdle();
    expect(asked).toEqual(['Dark', 'Lupin', 'Shameless']);
    expect(store.saves).toBe(4);
    expect(store.job).toMatchObject({ status: 'ready', skipped: [{ text: 'Roma', reason: 'film' }] });
    expect(writes()).toBe(0);

    expect(await runner.pick('job-1', 2, show(150, 'Shameless'))).toEqual({ ok: true });
    expect(await runner.confirm('job-1')).toEqual({ ok: true, added: 3, updated: 0, unchanged: 0 });
    expect(list().map((s) => [s.name, s.ref.id, s.progress, s.inCalendar])).toEqual([
      ['Dark', 1, { season: 2, episode: 0 }, true],
      ['Lupin', 2, { season: 1, episode: 1 }, true], // "Chapter 1"
      ['Shameless', 150, { season: 3, episode: 0 }, true],
    ]);
    expect(writes()).toBe(1);
    expect(store.raw).toBeNull();
  });

  it('cancel mid-way leaves the list as it was and ignores the answer that lands late', async () => {
    const gate = gatedResolver();
    const dark: WatchedShow = { ref: tvmazeRef(1), name: 'Dark', progress: { season: 1, episode: 1 }, protectSpoilers: true, inCalendar: true, addedAt: 0 };
    const { runner, store, list, writes } = setup({ resolve: gate.resolve, list: [dark] });
    await runner.start([{ name: 'f.csv', text: CSV }]);
    await gate.waitFor(1);
    gate.waiting[0]!.answer(ANSWERS.Dark!);
    await gate.waitFor(2);
    expect(await runner.cancel('job-1')).toEqual({ ok: true });
    gate.waiting[1]!.answer(ANSWERS.Lupin!);
    await runner.whenIdle();
    expect(gate.waiting).toHaveLength(2);
    expect(store.raw).toBeNull();
    expect(list()).toEqual([dark]);
    expect(writes()).toBe(0);
    expect(await runner.confirm('job-1')).toEqual({ ok: false, error: 'This import is no longer open.' });
  });

  it('a new worker resumes the saved job where it stopped, asking only for what is pending', async () => {
    const gate = gatedResolver();
    const first = setup({ resolve: gate.resolve });
    await first.runner.start([{ name: 'f.csv', text: CSV }]);
    await gate.waitFor(1);
    gate.waiting[0]!.answer(ANSWERS.Dark!);
    await gate.waitFor(2);
    // The worker stops here: the second answer never comes.
    const second = setup({ store: first.store });
    expect(await second.runner.resume()).toEqual({ job: { jobId: 'job-1', status: 'resolving', done: 1, total: 3 }, notice: null });
    await second.runner.whenIdle();
    expect(second.asked).toEqual(['Lupin', 'Shameless']);
    expect(second.store.job?.status).toBe('ready');
  });

  it('a pick made while matching goes on is kept', async () => {
    const gate = gatedResolver();
    const { runner, store } = setup({ resolve: gate.resolve });
    await runner.start([{ name: 'f.csv', text: CSV }]);
    await gate.waitFor(1);
    await runner.pick('job-1', 2, null);
    gate.waiting[0]!.answer(ANSWERS.Dark!);
    await gate.waitFor(2);
    expect(store.job?.picks).toEqual({ 2: null });
    expect(store.job?.resolutions[0]).toEqual(ANSWERS.Dark);
  });

  it('offline: waits with a saved reason and tries again; other failures leave the entry to the user', async () => {
    let calls = 0;
    const { runner, store, sleeps } = setup({
      resolve: async (entry) => {
        calls++;
        if (calls <= 2) throw new ApiError('offline', 'Network error');
        if (entry.title === 'Lupin') throw new ApiError('malformed', 'TVmaze sent a malformed show');
        return ANSWERS[entry.title] ?? { kind: 'not-found' };
      },
    });
    const saved: (string | null)[] = [];
    const save = store.save.bind(store);
    store.save = async (state) => (saved.push(state.waiting), save(state));
    await runner.start([{ name: 'f.csv', text: CSV }]);
    await runner.whenIdle();
    expect(sleeps).toEqual([5_000, 10_000]);
    expect(saved).toContain('TVmaze is not answering (Network error); trying again in 5 s.');
    expect(store.job?.waiting).toBeNull();
    expect(store.job?.resolutions[1]).toEqual({ kind: 'failed', reason: 'TVmaze sent a malformed show' });
    expect(store.job?.status).toBe('ready');
  });

  it('a bad file, a file of films or a second import changes nothing', async () => {
    const { runner, store } = setup();
    expect(await runner.start([{ name: 'notes.csv', text: 'Season 2, episode 5 of The Office' }])).toMatchObject({ ok: false, error: expect.stringMatching(/not a Netflix, Trakt or TV Time export/) });
    expect(await runner.start([{ name: 'NetflixViewingHistory.csv', text: 'Title,Date\n"Roma","1/1/24"\n"Okja","1/2/24"' }])).toEqual({
      ok: false,
      error: 'No TV shows found in NetflixViewingHistory.csv (2 lines were films, trailers or other profiles); nothing was imported.',
    });
    const trakt = readFileSync(join(FIXTURES_DIR, 'imports/trakt-watched-shows.json'), 'utf8');
    expect(await runner.start([{ name: 'watched-shows.json', text: trakt }], { expect: 'netflix' })).toEqual({
      ok: false,
      error: 'This is a Trakt export, not Netflix viewing activity; nothing was imported. Choose it with its own button.',
    });
    expect(store.saves).toBe(0);
    await runner.start([{ name: 'NetflixViewingHistory.csv', text: NETFLIX }]);
    expect(await runner.start([{ name: 'other.csv', text: CSV }])).toEqual({ ok: false, error: 'An import of NetflixViewingHistory.csv is already open; import or cancel it first.' });
    await runner.whenIdle();
  });

  it('an unreadable saved job is dropped with a notice, once', async () => {
    const store = new MemoryJobStore();
    store.raw = JSON.stringify({ version: 1, id: 'x', status: 'resolving' });
    const { runner } = setup({ store });
    expect(await runner.resume()).toEqual({ job: null, notice: expect.stringMatching(/could not be read.*Choose the file again/) });
    expect(store.raw).toBeNull();
    expect(await runner.resume()).toEqual({ job: null, notice: null });
  });
});
