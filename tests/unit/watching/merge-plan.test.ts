import { tvmazeRef } from '../../../utils/shows/show-ref';
import type { WatchedShow } from '../../../utils/storage/watched-shows';
import { planImportMerge, toProgress, type Resolution, type ShowCandidate } from '../../../utils/watching/imports/merge-plan';
import type { ImportEntry } from '../../../utils/watching/imports/types';

const NOW = 1_764_000_000_000;

const entry = (title: string, season: number | null, episode: number | null = null): ImportEntry => ({
  title,
  ids: {},
  furthest: season === null ? null : { season, episode },
  lastWatched: '2024-01-01',
  episodeCount: 1,
  sourceLines: [2],
});
const show = (id: number, name: string): ShowCandidate => ({ ref: { source: 'tvmaze', id }, name, network: 'Netflix', year: 2019 });
const matched = (id: number, name: string): Resolution => ({ kind: 'matched', show: show(id, name) });

describe('planImportMerge', () => {
  // The user's own settings on a show (spoilers off, left out of the calendar, status history) survive an import.
  const current: WatchedShow[] = [
    { ref: tvmazeRef(1), name: 'Dark', progress: { season: 3, episode: 2 }, protectSpoilers: true, inCalendar: true, addedAt: 1 },
    { ref: tvmazeRef(2), name: 'Lupin', progress: { season: 1, episode: 3 }, protectSpoilers: false, inCalendar: false, addedAt: 2, lastStatus: 'renewed' },
    { ref: tvmazeRef(9), name: 'Kept', progress: null, protectSpoilers: true, inCalendar: true, addedAt: 3 },
  ];

  it('sorts entries into matched, ambiguous, unmatched and keeps the furthest progress', () => {
    const entries = [entry('Dark', 1, 4), entry('Lupin', 3, 7), entry('Heartstopper', 2), entry('The Office', 1, 1), entry('Mystery', 1)];
    const resolutions: Resolution[] = [
      matched(1, 'Dark'),
      matched(2, 'Lupin'),
      matched(3, 'Heartstopper'),
      { kind: 'ambiguous', candidates: [show(526, 'The Office'), show(4, 'The Office (UK)')] },
      { kind: 'not-found' },
    ];
    const preview = planImportMerge({ entries, skipped: [{ line: 9, text: 'ROMA', reason: 'film' }], resolutions, current, now: NOW });
    expect(preview.matched.map((m) => [m.show.name, m.change])).toEqual([
      ['Dark', 'behind'],
      ['Lupin', 'further'],
      ['Heartstopper', 'new'],
    ]);
    expect(preview.ambiguous).toEqual([expect.objectContaining({ index: 3 })]);
    expect(preview.unmatched).toEqual([expect.objectContaining({ index: 4 })]);
    expect(preview.skipped).toHaveLength(1);
    expect(preview.merged).toEqual([
      current[0],
      { ...current[1], progress: { season: 3, episode: 7 } },
      current[2],
      { ref: tvmazeRef(3), name: 'Heartstopper', progress: { season: 2, episode: 0 }, protectSpoilers: true, inCalendar: true, addedAt: NOW },
    ]);
    expect([preview.added, preview.updated, preview.unchanged]).toEqual([1, 1, 1]);
  });

  it('a pick settles an ambiguous entry; a null pick leaves it out; two entries of one show merge', () => {
    const entries = [entry('The Office', 2, 5), entry('The Office (U.S.)', 4, 1), entry('Nope', 1)];
    const resolutions: Resolution[] = [{ kind: 'ambiguous', candidates: [show(526, 'The Office')] }, matched(526, 'The Office'), { kind: 'not-found' }];
    const picks = new Map([
      [0, show(526, 'The Office')],
      [2, null],
    ]);
    const preview = planImportMerge({ entries, skipped: [], resolutions, current: [], picks, now: NOW });
    expect(preview.ambiguous).toEqual([]);
    expect(preview.unmatched).toEqual([]);
    expect(preview.matched[0]!.picked).toBe(true);
    expect(preview.merged).toMatchObject([{ ref: tvmazeRef(526), name: 'The Office', progress: { season: 4, episode: 1 } }]);
  });

  it('pending entries count as unmatched and nothing is invented', () => {
    const preview = planImportMerge({ entries: [entry('Dark', 1)], skipped: [], resolutions: [null], current, now: NOW });
    expect(preview.unmatched).toHaveLength(1);
    expect(preview.merged).toEqual(current);
  });

  it('toProgress counts an unknown episode as the start of its season', () => {
    expect(toProgress({ season: 2, episode: null })).toEqual({ season: 2, episode: 0 });
    expect(toProgress(null)).toBeNull();
  });
});
