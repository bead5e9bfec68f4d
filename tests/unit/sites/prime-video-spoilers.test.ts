import { episodesToBlur, releaseGuard, shieldEpisodes, type EpisodeShieldOptions } from '../../../utils/spoilers/episodes';
import {
  parsePrimeEpisodes,
  PRIME_EPISODE_GUARD_CSS,
  PRIME_GUARDED_SELECTOR,
  type PrimeEpisode,
} from '../../../utils/sites/prime-video/episodes';
import { spoilerState } from '../../../utils/spoilers/shield';
import { loadSpoilerFixture } from '../../support/fixtures';

/** What the page's episode shield does with Prime Video's capability: classify every episode, then let the guard go. */
function shieldPrimeEpisodes(root: ParentNode, options: EpisodeShieldOptions) {
  const blurred = shieldEpisodes(parsePrimeEpisodes(root), options);
  releaseGuard(root, PRIME_GUARDED_SELECTOR);
  return blurred;
}
const releasePrimeGuard = (root: ParentNode) => releaseGuard(root, PRIME_GUARDED_SELECTOR);

const FIXTURE = 'primevideo-detail-young-sherlock-episodes.html';
const keys = (episodes: readonly PrimeEpisode[]) => episodes.map((ep) => ep.key);

describe('parsePrimeEpisodes on the saved Young Sherlock page', () => {
  const episodes = parsePrimeEpisodes(loadSpoilerFixture(FIXTURE));

  it('reads the eight episodes of season 1 in order', () => {
    expect(keys(episodes)).toEqual(['s1e1', 's1e2', 's1e3', 's1e4', 's1e5', 's1e6', 's1e7', 's1e8']);
    expect(episodes[3]?.title).toBe('4. The Case of the Missing Button');
  });

  it('finds both copies of each synopsis and the still', () => {
    const fourth = episodes[3];
    expect(fourth?.synopses).toHaveLength(2);
    expect(fourth?.synopses.map((el) => el.getAttribute('data-automation-id'))).toEqual([
      'synopsis-B0GKYTM219',
      'synopsis-B0GKYTM219',
    ]);
    expect(fourth?.synopses[1]?.textContent).toBe('Sherlock returns to his childhood home in search of answers.');
    expect(fourth?.still?.tagName).toBe('IMG');
    expect(fourth?.titles.map((el) => [el.tagName, el.textContent])).toEqual([['H3', '4. The Case of the Missing Button']]);
  });

  it('reads the progress bars: two watched, the third begun', () => {
    expect(episodes.map((ep) => ep.watchedFraction)).toEqual([1, 1, 0.16, 0, 0, 0, 0, 0]);
  });

  it('takes the season from the "Season 1" label when no play button names it', () => {
    const doc = loadSpoilerFixture(FIXTURE);
    for (const button of doc.querySelectorAll('[data-testid="episodes-playbutton"]')) button.removeAttribute('aria-label');
    expect(keys(parsePrimeEpisodes(doc))[0]).toBe('s1e1');
  });

  it('finds nothing on a page without an episode list', () => {
    expect(parsePrimeEpisodes(document)).toEqual([]);
  });
});

describe('episodesToBlur', () => {
  const episodes = parsePrimeEpisodes(loadSpoilerFixture(FIXTURE));

  it('blurs everything after a stored progress', () => {
    expect(keys(episodesToBlur(episodes, { season: 1, episode: 5 }))).toEqual(['s1e6', 's1e7', 's1e8']);
  });

  it('blurs nothing once the season is behind the viewer', () => {
    expect(episodesToBlur(episodes, { season: 2, episode: 1 })).toEqual([]);
  });

  it('without a stored progress, blurs after the furthest episode with page progress', () => {
    expect(keys(episodesToBlur(episodes, null))).toEqual(['s1e4', 's1e5', 's1e6', 's1e7', 's1e8']);
  });

  it('without any progress at all, blurs every episode', () => {
    const unwatched = episodes.map((ep) => ({ ...ep, watchedFraction: 0 }));
    expect(episodesToBlur(unwatched, null)).toHaveLength(8);
  });
});

describe('shieldPrimeEpisodes', () => {
  it('blurs titles, synopses and stills past the progress and clears the rest', () => {
    const doc = loadSpoilerFixture(FIXTURE);
    const blurred = shieldPrimeEpisodes(doc, { progress: null });
    expect(keys(blurred)).toEqual(['s1e4', 's1e5', 's1e6', 's1e7', 's1e8']);
    const [third, fourth] = parsePrimeEpisodes(doc).slice(2, 4);
    expect(third?.synopses.map(spoilerState)).toEqual(['clear', 'clear']);
    expect(fourth?.synopses.map(spoilerState)).toEqual(['blurred', 'blurred']);
    expect(fourth?.still && spoilerState(fourth.still)).toBe('blurred');
    expect(fourth?.still?.hasAttribute('tabindex')).toBe(false);
    expect(third?.titles.map(spoilerState)).toEqual(['clear']);
    expect(fourth?.titles.map(spoilerState)).toEqual(['blurred']);
    // One tab stop per episode: its synopsis. The title reveals with it.
    expect(fourth?.titles[0]?.hasAttribute('tabindex')).toBe(false);
  });

  it('reports a reveal by episode key and keeps remembered reveals readable', () => {
    const doc = loadSpoilerFixture(FIXTURE);
    const onReveal = vi.fn();
    shieldPrimeEpisodes(doc, { progress: { season: 1, episode: 2 }, revealedKeys: ['s1e8'], onReveal });
    const episodes = parsePrimeEpisodes(doc);
    expect(episodes[7]?.synopses.map(spoilerState)).toEqual(['clear', 'clear']);
    const fifth = episodes[4];
    (fifth?.synopses[1] as HTMLElement).click();
    expect(onReveal).toHaveBeenCalledWith(expect.objectContaining({ key: 's1e5' }));
    expect(fifth?.still && spoilerState(fifth.still)).toBe('revealed');
    expect(fifth?.titles.map(spoilerState)).toEqual(['revealed']);
  });

  it('un-blurs episodes the viewer has since watched when run again', () => {
    const doc = loadSpoilerFixture(FIXTURE);
    shieldPrimeEpisodes(doc, { progress: { season: 1, episode: 3 } });
    shieldPrimeEpisodes(doc, { progress: { season: 1, episode: 6 } });
    const states = parsePrimeEpisodes(doc).map((ep) => spoilerState(ep.synopses[1] as Element));
    expect(states).toEqual(['clear', 'clear', 'clear', 'clear', 'clear', 'clear', 'blurred', 'blurred']);
  });
});

describe('no-flash guard', () => {
  it('covers exactly the titles, synopses and stills, and lets go of classified ones', () => {
    const doc = loadSpoilerFixture(FIXTURE);
    const guarded = doc.querySelectorAll(PRIME_GUARDED_SELECTOR);
    expect(guarded).toHaveLength(8 * 4);
    expect(PRIME_EPISODE_GUARD_CSS).toContain(':not([data-greenlit-spoiler])');
    releasePrimeGuard(doc);
    expect(doc.querySelectorAll(PRIME_GUARDED_SELECTOR.split(', ').map((s) => `${s}:not([data-greenlit-spoiler])`).join(', '))).toHaveLength(0);
  });

  it('is applied by a style sheet until classification', () => {
    const style = document.createElement('style');
    style.textContent = PRIME_EPISODE_GUARD_CSS;
    const item = document.createElement('li');
    item.setAttribute('data-testid', 'episode-list-item');
    const synopsis = document.createElement('div');
    synopsis.setAttribute('data-automation-id', 'synopsis-B0GLHVNSXL');
    item.append(synopsis);
    document.head.append(style);
    document.body.append(item);
    try {
      expect(getComputedStyle(synopsis).filter).toBe('blur(8px)');
      releasePrimeGuard(document);
      expect(getComputedStyle(synopsis).filter).not.toBe('blur(8px)');
    } finally {
      style.remove();
      item.remove();
    }
  });
});
