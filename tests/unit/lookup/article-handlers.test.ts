// The article message: the worker spots the shows and gives the spoiler verdict on the same reading,
// so the page runs no detector; with badges off it looks nothing up unless a show is protected.
import { describe, expect, it } from 'vitest';
import { handleArticleShown, handleSpotArticle, handleSubjectNotices, type ArticleDeps } from '@/utils/lookup/handlers';
import { ScanGates } from '@/utils/articles/spot/scan-gates';
import { toWireReading } from '@/utils/articles/reading';
import { tvmazeRef } from '@/utils/shows/show-ref';
import type { FollowedShow } from '@/utils/spoilers/subject-protection';
import { TitleIndex } from '@/utils/title-index/title-index';
import { found, aShow } from '../../support/shows';
import { p, readingOf } from '../../support/reading';
import { show } from '../articles/spot/spot-support';

const fallout = show('Fallout', { ref: tvmazeRef(49041), premieredYear: 2024 });
// Verbatim headline and opening (showsnob.com, 2024-04), then a plain paragraph.
const RECAP = readingOf(
  [p("Lucy and Maximus reunite but their journey to find Wilzig's head doesn't go as planned."), p('Spoilers ahead.'), p('Maximus keeps the head.')],
  { headline: 'Fallout season 1, episode 5 recap "The Past"', url: 'https://showsnob.com/posts/fallout-season-1-episode-5-recap-the-past' },
);
const AT_EPISODE_2: FollowedShow = { ref: fallout.ref, name: 'Fallout', progress: { season: 1, episode: 2 }, protectSpoilers: true };

function deps(followed: FollowedShow[]) {
  const calls: string[] = [];
  let called!: () => void;
  /** Resolves at the first lookup the spotter makes. */
  const firstCall = new Promise<void>((resolve) => (called = resolve));
  const record = (call: string) => (calls.push(call), called());
  const d: ArticleDeps = {
    index: async () => new TitleIndex([fallout]),
    protectedShows: async () => followed,
    lookups: {
      cachedShow: async () => null,
      candidates: async (title) => (record(`search:${title}`), []),
      showByRef: async (ref) => (record(`id:${ref.id}`), aShow(Number(ref.id), 'Fallout', { status: 'renewed' })),
      lookupMany: async (queries) => (record(`title:${queries[0]!.title}`), [found(queries[0]!.title, null)]),
    },
  };
  return { deps: d, calls, firstCall };
}

const request = (lookups?: boolean) => ({ reading: toWireReading(RECAP), site: 'showsnob.com', scanId: 'scan.1', ...(lookups === undefined ? {} : { lookups }) });

describe('handleSpotArticle', () => {
  it('answers with the badges and the verdict: the detector’s blocks, the subject and the protected show’s notice', async () => {
    const { deps: d } = deps([AT_EPISODE_2]);
    const reply = await handleSpotArticle(d, request(), async () => {});
    expect(reply.placements.map((pl) => [pl.region, pl.title])).toEqual([['headline', 'Fallout']]);
    expect(reply.spoilers.spoilers?.blurred).toEqual([2]);
    expect(reply.spoilers.subject).toMatchObject({ season: 1, episode: 5, noun: 'recap' });
    expect(reply.spoilers.wholeBody).toEqual([0, 1, 2]);
    expect(reply.spoilers.notices).toEqual([{ ref: fallout.ref, notice: "Fallout: you're at S1E2 — this recap covers S1E5" }]);
  });

  it('with badges off and nothing protected, spots without a single lookup', async () => {
    const { deps: d, calls } = deps([]);
    const reply = await handleSpotArticle(d, request(false), async () => {});
    expect(reply.pending).toBe(0);
    expect(reply.spoilers.notices).toEqual([]);
    expect(calls).toEqual([]);
  });

  it('with badges off but a show protected, still resolves the headline’s show', async () => {
    const { deps: d, calls, firstCall } = deps([AT_EPISODE_2]);
    const reply = await handleSpotArticle(d, request(false), async () => {});
    expect(reply.pending).toBeGreaterThan(0);
    await firstCall;
    expect(calls).toContain(`id:${fallout.ref.id}`);
  });

  it('holds the lookups until the page says its first badges are up', async () => {
    const { deps: d, calls, firstCall } = deps([]);
    const gates = new ScanGates(60_000);
    await handleSpotArticle({ ...d, gates }, request(), async () => {});
    // Ungated, the first lookup is made before the reply reaches here; the page's word comes first.
    calls.push('page: shown');
    handleArticleShown(gates, { scanId: 'scan.1' });
    await firstCall;
    expect(calls[0]).toBe('page: shown');
    expect(calls).toContain(`id:${fallout.ref.id}`);
    expect(() => handleArticleShown(gates, { scanId: '' })).toThrow(/Invalid articleShown request: scanId/);
  });

  it('refuses a reading that is not one, naming the field', async () => {
    const { deps: d } = deps([]);
    await expect(handleSpotArticle(d, { ...request(), reading: { body: 5 } }, async () => {})).rejects.toThrow(/Invalid spotArticle request: reading/);
  });
});

describe('handleSubjectNotices', () => {
  const subject = { season: 1, episode: 5, kind: 'recap', noun: 'recap', evidence: 'Fallout season 1, episode 5 recap' };

  it('words the notices for the watched list as it is now', async () => {
    expect(await handleSubjectNotices(async () => [AT_EPISODE_2], { subject })).toHaveLength(1);
    expect(await handleSubjectNotices(async () => [{ ...AT_EPISODE_2, progress: { season: 1, episode: 6 } }], { subject })).toEqual([]);
    expect(await handleSubjectNotices(async () => [AT_EPISODE_2], { subject: null })).toEqual([]);
  });

  it('refuses a subject of another shape', async () => {
    await expect(handleSubjectNotices(async () => [], { subject: { ...subject, kind: 'everything' } })).rejects.toThrow(/subjectNotices.*subject\.kind/);
  });
});
