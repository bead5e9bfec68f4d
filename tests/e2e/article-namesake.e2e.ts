// A reboot the shipped index lacks: on a 2021 page, "MacGyver" is badged at once as the index's MacGyver
// (1985, ended long before), and the worker's refresh finds the 2016 namesake and moves the badge to it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, serveFixture, type ExtensionBrowser } from '../support/browser';
import { FIXTURES_DIR, loadFixtureShows } from '../support/catalog';
import { normalizeTitle, type FakeShow, type FakeTvmaze, type RecordedRequest } from '../support/fake-tvmaze';
import { startFakeWhenFree } from '../support/harness';

// A real page's text (Sitcoms Online, 5 February 2021, from the fourteenth article set), served on a news
// site the default build reads.
const SET = join(FIXTURES_DIR, 'articles-extra-14');
const PAGE = join(SET, 'sitcomsonline-has-the-sitcom-revival-bubble-burst-the-conners-2021-02.html');
const URL = 'https://www.techradar.com/news/has-the-sitcom-revival-bubble-burst';
/** MacGyver (1985–1992) in utils/title-index/seed-index.json, and the 2016 series in the set's catalog. */
const ORIGINAL = 821;
const REBOOT = 995027;

const setCatalog = readFileSync(join(SET, 'catalog.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as FakeShow);
const isNamesakeSearch = (r: RecordedRequest) => r.path === '/search/shows' && normalizeTitle(r.query.q ?? '') === 'macgyver';
const macgyverBadge = '[data-greenlit-title="MacGyver"]';

let browser: ExtensionBrowser;
let fake: FakeTvmaze;

beforeAll(async () => {
  const base = loadFixtureShows();
  fake = await startFakeWhenFree([...base, ...setCatalog.filter((s) => !base.some((b) => b.id === s.id))]);
  browser = await launchWithExtension();
  serveFixture(browser.context, URL, PAGE);
});
afterAll(async () => {
  await browser?.close();
  await fake?.close();
});

describe('a reboot the shipped index lacks', () => {
  it('badges the index’s show at once, then the namesake on the air when the page was written', async () => {
    const held = fake.hold(isNamesakeSearch);
    const page = await browser.context.newPage();
    await page.goto(URL, { waitUntil: 'domcontentloaded' });

    await held.arrived;
    const badge = page.locator(macgyverBadge).first();
    await badge.waitFor({ state: 'attached', timeout: 20_000 });
    expect(await badge.getAttribute('data-greenlit-show-id')).toBe(`tvmaze:${ORIGINAL}`);

    held.release();
    await page.waitForSelector(`${macgyverBadge}[data-greenlit-show-id="tvmaze:${REBOOT}"]`, { state: 'attached', timeout: 30_000 });
    expect(await page.locator(macgyverBadge).count()).toBe(1);
    expect(await page.locator(macgyverBadge).first().getAttribute('data-greenlit-status')).not.toBe('loading');
    await page.close();
  });
});
