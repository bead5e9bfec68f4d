// The episode shield follows the show the page title's badge resolved, not the title's words: a
// localised title keeps its protection, and no second lookup is made once the badge has answered.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BADGE_ATTR, SHOW_ID_ATTR } from '@/utils/page/contract';
import { DEFAULT_SETTINGS } from '@/utils/storage/settings';
import { saveWatchedShows } from '@/utils/storage/watched-shows';
import { tvmazeRef } from '@/utils/shows/show-ref';
import { spoilerState } from '@/utils/spoilers/shield';
import { parsePrimeEpisodes } from '@/utils/sites/prime-video/episodes';
import { loadFixture } from '../../support/fixtures';
import { answerPageRequests } from '../../support/page-requests';

const lookupTitles = vi.hoisted(() => vi.fn());
vi.mock('@/utils/page/lookup-titles', () => ({ lookupTitles }));

const { episodeShieldFor } = await import('@/utils/page/episode-shield');
const { primeVideo } = await import('@/utils/sites/prime-video/adapter');

/** The test page's own origin, with the saved page's path: the adapter reads the path. */
const DETAIL_PATH = '/gp/video/detail/0QBFW23I3E1I59TFDOTTJR9SIE/';

/** The saved Young Sherlock page as the document, its title localised, with the title's badge answered. */
function openPage(badgeShow: string | null): void {
  const saved = loadFixture('primevideo-detail-young-sherlock-amazon-de-2026-03.html');
  document.body.replaceChildren(...[...saved.body.childNodes].map((node) => document.importNode(node, true)));
  document.title = saved.title;
  window.history.replaceState(null, '', DETAIL_PATH);
  const detail = primeVideo.findTitles(document, new URL(location.href)).find((t) => t.placement === 'after-heading');
  if (!detail) throw new Error('no detail title on the saved page');
  detail.anchor.textContent = 'Der junge Sherlock';
  const host = document.createElement('greenlit-badge');
  host.setAttribute(BADGE_ATTR, '');
  if (badgeShow) host.setAttribute(SHOW_ID_ATTR, badgeShow);
  detail.anchor.append(host);
}

beforeEach(async () => {
  fakeBrowser.reset();
  answerPageRequests();
  lookupTitles.mockReset();
  await saveWatchedShows([{ ref: tvmazeRef(900003), name: 'Young Sherlock', progress: { season: 1, episode: 2 }, protectSpoilers: true, inCalendar: true, addedAt: 1 }]);
});

describe('episodeShieldFor(primeVideo)', () => {
  it('blurs past the progress for the show the title’s badge resolved, whatever the title says', async () => {
    openPage('tvmaze:900003');
    await episodeShieldFor(primeVideo).shieldSpoilers(DEFAULT_SETTINGS);
    const states = parsePrimeEpisodes(document).map((ep) => spoilerState(ep.titles[0]!));
    expect(states).toEqual(['clear', 'clear', 'blurred', 'blurred', 'blurred', 'blurred', 'blurred', 'blurred']);
    expect(lookupTitles).not.toHaveBeenCalled();
  });

  it('asks the worker with the badge’s query while the badge has no answer yet', async () => {
    openPage(null);
    lookupTitles.mockResolvedValue([{ title: 'Der junge Sherlock', show: { ref: tvmazeRef(900003) } }]);
    await episodeShieldFor(primeVideo).shieldSpoilers(DEFAULT_SETTINGS);
    expect(lookupTitles).toHaveBeenCalledTimes(1);
    expect(parsePrimeEpisodes(document).filter((ep) => spoilerState(ep.synopses[0]!) === 'blurred')).toHaveLength(6);
  });

  it('leaves a page alone whose badge resolved another show', async () => {
    openPage('tvmaze:1');
    await episodeShieldFor(primeVideo).shieldSpoilers(DEFAULT_SETTINGS);
    expect(parsePrimeEpisodes(document).some((ep) => spoilerState(ep.synopses[0]!) === 'blurred')).toBe(false);
  });
});
