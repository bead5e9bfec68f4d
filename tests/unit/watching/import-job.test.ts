import {
  cancelImportJob,
  confirmImportJob,
  createImportJob,
  jobProgress,
  loadImportJob,
  nextPendingIndex,
  pickShow,
  recordResolution,
  type ImportJobState,
} from '../../../utils/watching/imports/import-job';
import type { Resolution } from '../../../utils/watching/imports/merge-plan';
import { tvmazeRef } from '../../../utils/shows/show-ref';
import type { ParsedImport } from '../../../utils/watching/imports/types';

const parsed: ParsedImport = {
  ok: true,
  format: 'netflix',
  entries: ['Dark', 'Lupin', 'The Office'].map((title, i) => ({ title, ids: {}, furthest: { season: i + 1, episode: 2 }, lastWatched: null, episodeCount: 1, sourceLines: [i + 2] })),
  skipped: [{ line: 5, text: 'ROMA', reason: 'film' }],
  errors: [],
};
const answer = (id: number, name: string): Resolution => ({ kind: 'matched', show: { ref: { source: 'tvmaze', id }, name } });

/** Runs the resolver loop the worker would, saving (JSON round trip) after every step. */
function resolveAll(state: ImportJobState, answers: Resolution[], stopAfter = Infinity): ImportJobState {
  let steps = 0;
  for (let i = nextPendingIndex(state); i !== null && steps < stopAfter; i = nextPendingIndex(state), steps++) {
    state = JSON.parse(JSON.stringify(recordResolution(state, i, answers[i]!, 1000 + steps))) as ImportJobState;
  }
  return state;
}

describe('import job', () => {
  const answers: Resolution[] = [answer(1, 'Dark'), answer(2, 'Lupin'), { kind: 'ambiguous', candidates: [{ ref: { source: 'tvmaze', id: 526 }, name: 'The Office' }] }];

  it('resumes from a saved state where it stopped, then confirms once everything is answered', () => {
    let state = createImportJob(parsed, 'NetflixViewingHistory.csv', 'job-1', 0);
    state = resolveAll(state, answers, 2);
    expect(jobProgress(state)).toEqual({ done: 2, total: 3 });
    expect(confirmImportJob(state, [], 5)).toEqual({ ok: false, reason: 'Still matching shows (2 of 3).' });

    const saved = JSON.parse(JSON.stringify(state)) as unknown;
    const loaded = loadImportJob(saved);
    if (!loaded.ok) throw new Error(loaded.reason);
    state = resolveAll(loaded.state, answers);
    expect(state.status).toBe('ready');
    state = pickShow(state, 2, { ref: { source: 'tvmaze', id: 526 }, name: 'The Office' }, 9);
    const dark = { ref: tvmazeRef(1), name: 'Dark', progress: { season: 2, episode: 1 }, protectSpoilers: false, inCalendar: true, addedAt: 1 };
    const confirmed = confirmImportJob(state, [dark], 10);
    if (!confirmed.ok) throw new Error(confirmed.reason);
    expect(confirmed.state.status).toBe('committed');
    expect(confirmed.merged.map((s) => [s.name, s.progress])).toEqual([
      ['Dark', { season: 2, episode: 1 }],
      ['Lupin', { season: 2, episode: 2 }],
      ['The Office', { season: 3, episode: 2 }],
    ]);
  });

  it('cancel leaves nothing to commit and ignores late answers', () => {
    let state = resolveAll(createImportJob(parsed, 'f.csv', 'job-2', 0), answers, 1);
    state = cancelImportJob(state, 3);
    expect(nextPendingIndex(state)).toBeNull();
    expect(recordResolution(state, 1, answers[1]!, 4)).toBe(state);
    expect(confirmImportJob(state, [], 5)).toEqual({ ok: false, reason: 'This import was cancelled.' });
    expect(loadImportJob(JSON.parse(JSON.stringify(state)))).toEqual({ ok: false, reason: expect.stringMatching(/cancelled/) });
  });

  it('discards a corrupt saved state with a reason instead of crashing', () => {
    const good = createImportJob(parsed, 'f.csv', 'job-3', 0);
    expect(loadImportJob({ ...good, resolutions: [null] })).toEqual({ ok: false, reason: expect.stringMatching(/differ in length/) });
    expect(loadImportJob({ ...good, version: 99 })).toEqual({ ok: false, reason: expect.stringMatching(/version/) });
    expect(loadImportJob('garbage')).toMatchObject({ ok: false });
    expect(loadImportJob(undefined)).toEqual({ ok: false, reason: 'No import was in progress.' });
    expect(loadImportJob({ ...good, picks: { x: null } })).toMatchObject({ ok: false });
  });
});
