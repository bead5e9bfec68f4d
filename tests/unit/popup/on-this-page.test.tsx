// The popup's "On this page": the shows the active tab badged, with their badge's word and colour and
// their TVmaze link; or why there are none (nothing spotted, Greenlit not running, a site to enable).
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { badgesOnPage, type BadgedShow } from '@/utils/page/badges-on-page';
import { BADGE_ATTR, SHOW_ID_ATTR, STATUS_ATTR, TITLE_ATTR } from '@/utils/page/contract';
import type { LookupResult } from '@/utils/shows/show';
import { tvmazeRef } from '@/utils/shows/show-ref';
import { getSettings } from '@/utils/storage/settings';
import { parseHtml } from '../../support/dom';
import { click, fakeServices, fakeSiteAccessApi, renderPopup } from '../../support/render-popup';

let cleanup: (() => void) | undefined;
beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  cleanup?.();
  cleanup = undefined;
});

async function open(services = fakeServices()) {
  const popup = await renderPopup(services);
  cleanup = popup.unmount;
  return popup.container.querySelector<HTMLElement>('section.on-this-page')!;
}

const BALLARD: BadgedShow = { ref: tvmazeRef(900001), name: 'Ballard', status: 'renewed', url: 'https://www.tvmaze.com/shows/900001/ballard' };
const BOSCH: BadgedShow = { ref: tvmazeRef(900002), name: 'Bosch: Legacy', status: 'ended', url: 'https://www.tvmaze.com/shows/900002/bosch-legacy' };

describe('On this page', () => {
  it('lists each badged show with its status word and colour, linking to its TVmaze page', async () => {
    const services = fakeServices({ badgesOnPage: vi.fn(async () => [BALLARD, BOSCH]) });
    const section = await open(services);
    expect(services.badgesOnPage).toHaveBeenCalledWith(7);
    const rows = [...section.querySelectorAll('li')].map((li) => ({
      link: li.querySelector('a')?.getAttribute('href'),
      name: li.querySelector('a')?.textContent,
      badge: li.querySelector('.badge')?.className,
      word: li.querySelector('.badge')?.textContent?.trim(),
    }));
    expect(rows).toEqual([
      { link: BALLARD.url, name: 'Ballard', badge: 'badge status-renewed', word: '✓ Renewed' },
      { link: BOSCH.url, name: 'Bosch: Legacy', badge: 'badge status-ended', word: '■ Ended' },
    ]);
    expect(section.querySelector('a')?.getAttribute('target')).toBe('_blank');
  });

  it('says when nothing was spotted', async () => {
    const section = await open(fakeServices({ badgesOnPage: async () => [] }));
    expect(section.textContent).toContain('Nothing spotted on this page.');
  });

  it('offers to enable a site Greenlit does not run on, asking for it in the click', async () => {
    const site = fakeSiteAccessApi();
    const section = await open(
      fakeServices({
        activeTab: async () => ({ id: 3, url: 'https://www.example-news.org/tv/ballard' }),
        badgesOnPage: async () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')),
        siteAccessApi: site.api,
      }),
    );
    expect(section.textContent).toContain('Greenlit doesn’t run on this site — enable it.');
    const enable = [...section.querySelectorAll('button')].find((b) => b.textContent === 'enable it')!;
    await click(enable);
    expect(site.api.permissions.request).toHaveBeenCalledWith({ origins: ['https://www.example-news.org/*'] });
    expect(site.injected).toEqual([{ tabId: 3, files: ['content-scripts/content.js'] }]);
    expect((await getSettings()).enabledSites).toEqual(['https://www.example-news.org']);
  });

  it('says Greenlit does not run on browser pages, or where no script answered on a built-in site', async () => {
    const browserPage = await open(fakeServices({ activeTab: async () => ({ id: 3, url: 'chrome://newtab/' }) }));
    expect(browserPage.textContent).toContain('Greenlit doesn’t run on this page.');
    cleanup?.();
    const notLoaded = await open(fakeServices({ badgesOnPage: async () => Promise.reject(new Error('no receiver')) }));
    expect(notLoaded.textContent).toContain('Greenlit doesn’t run on this page.');
    expect(notLoaded.querySelector('button')).toBeNull();
  });
});

describe('badgesOnPage (the page side)', () => {
  const host = (attrs: Record<string, string>) =>
    `<span ${BADGE_ATTR} ${Object.entries(attrs).map(([k, v]) => `${k}="${v}"`).join(' ')}></span>`;

  it('reads the badge hosts: each show once, in page order, with its mounted name and link', () => {
    const doc = parseHtml(
      `<p>${host({ [TITLE_ATTR]: 'BALLARD', [STATUS_ATTR]: 'loading', [SHOW_ID_ATTR]: 'tvmaze:900001' })}</p>` +
        `<p>${host({ [TITLE_ATTR]: 'The Chase', [STATUS_ATTR]: 'unknown' })}</p>` +
        `<p>${host({ [TITLE_ATTR]: 'Bosch Legacy', [STATUS_ATTR]: 'ended', [SHOW_ID_ATTR]: 'tvmaze:900002' })}</p>` +
        `<p>${host({ [TITLE_ATTR]: 'Ballard', [STATUS_ATTR]: 'renewed', [SHOW_ID_ATTR]: 'tvmaze:900001' })}</p>`,
    );
    const hosts = [...doc.querySelectorAll(`[${BADGE_ATTR}]`)];
    const answers = new Map<Element, LookupResult>([
      [hosts[3]!, { title: 'Ballard', status: 'renewed', show: { name: 'Ballard', url: BALLARD.url } as LookupResult['show'], checkedAt: 1, stale: false }],
    ]);
    expect(badgesOnPage(doc, (h) => answers.get(h))).toEqual([
      // The loading badge was answered by a later one for the same show.
      { ref: tvmazeRef(900001), name: 'Ballard', status: 'renewed', url: BALLARD.url },
      // Mounted by an earlier script instance: the title on the page and the TVmaze page by id.
      { ref: tvmazeRef(900002), name: 'Bosch Legacy', status: 'ended', url: 'https://www.tvmaze.com/shows/900002' },
    ]);
  });
});
