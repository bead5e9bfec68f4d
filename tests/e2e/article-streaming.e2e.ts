// Article badges stream in: a show the shipped title index knows is badged at once, from the index alone,
// while a stranger's lookup is still outstanding; the stranger's badge follows when its own answer lands.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BADGE_SELECTOR, readBadges } from '../support/badges';
import { launchWithExtension, serveFixture, type ExtensionBrowser } from '../support/browser';
import { loadFixtureShows, loadRoundupShows, ROUNDUP_PAGE } from '../support/catalog';
import { normalizeTitle, type FakeTvmaze, type RecordedRequest } from '../support/fake-tvmaze';
import { startFakeWhenFree } from '../support/harness';

const ROUNDUP_URL = 'https://www.techradar.com/news/tv-renewals-roundup';
/** Shows on the roundup page that utils/title-index/seed-index.json knows: Grey's Anatomy, SVU, Chicago Fire, Station 19. */
const KNOWN = [67, 103, 59, 34577];
/** For the People (synthetic record): not in the index, so only a lookup can say it is a show. */
const STRANGER = { id: 900012, title: 'For the People' };

const showIdSelector = (ids: number[]) => ids.map((id) => `[data-greenlit-show-id="tvmaze:${id}"]`).join(', ');
const isStrangerLookup = (r: RecordedRequest) => r.query.q !== undefined && normalizeTitle(r.query.q) === normalizeTitle(STRANGER.title);
const isKnownShowFetch = (r: RecordedRequest) => KNOWN.some((id) => r.path === `/shows/${id}`);

let browser: ExtensionBrowser;
let fake: FakeTvmaze;

beforeAll(async () => {
  fake = await startFakeWhenFree([...loadFixtureShows(), ...loadRoundupShows()]);
  browser = await launchWithExtension();
  serveFixture(browser.context, ROUNDUP_URL, ROUNDUP_PAGE);
});
afterAll(async () => {
  await browser?.close();
  await fake?.close();
});

describe('article badges stream in as lookups land', () => {
  it('badges a known show before the slowest lookup of the page is answered, and the stranger once it is', async () => {
    const held = fake.hold(isStrangerLookup);
    // Their fresh records are held too: the known badge can only come from the index, not from a lookup.
    const knownHeld = fake.hold(isKnownShowFetch);
    const page = await browser.context.newPage();
    await page.goto(ROUNDUP_URL, { waitUntil: 'domcontentloaded' });

    // The stranger's lookup has reached TVmaze and is held there; a known show's badge is already up.
    await held.arrived;
    await page.waitForSelector(showIdSelector(KNOWN), { state: 'attached', timeout: 20_000 });
    const early = await readBadges(page);
    expect(early.some((b) => b.showId === `tvmaze:${STRANGER.id}` || b.title === STRANGER.title), JSON.stringify(early)).toBe(false);
    expect(fake.requests.filter(isStrangerLookup).map((r) => r.status)).toEqual([0]);
    expect(fake.requests.filter(isKnownShowFetch).every((r) => r.status === 0)).toBe(true);

    held.release();
    knownHeld.release();
    const stranger = page.locator(showIdSelector([STRANGER.id])).first();
    await stranger.waitFor({ state: 'attached', timeout: 20_000 });
    expect(await stranger.getAttribute('data-greenlit-title')).toBe(STRANGER.title);
    expect(await stranger.getAttribute('data-greenlit-status')).not.toBe('loading');
    expect(fake.requests.filter(isStrangerLookup).every((r) => r.status === 200)).toBe(true);
    expect(await page.locator(BADGE_SELECTOR).count()).toBeGreaterThan(early.length);
    await page.close();
  });
});
