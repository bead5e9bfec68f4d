import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  CONTENT_SCRIPT_FILE,
  disableSite,
  enableSite,
  originOf,
  runsByDefault,
  siteAccessFor,
  syncSiteAccess,
} from '@/utils/site-access';
import { getSettings, updateSettings } from '@/utils/storage/settings';
import { button, click, fakeServices, fakeSiteAccessApi, renderPopup } from '../../support/render-popup';

const ORIGIN = 'https://www.example-news.org';
const URL_ON_SITE = `${ORIGIN}/tv/2026/ballard-renewed`;

beforeEach(() => {
  fakeBrowser.reset();
});

describe('which sites can be enabled', () => {
  const { api } = fakeSiteAccessApi();

  it('knows the manifest sites run by default', () => {
    expect(siteAccessFor('https://www.techradar.com/streaming/x', api, [])).toEqual({
      kind: 'built-in',
      origin: 'https://www.techradar.com',
    });
    expect(runsByDefault('https://example.org/', [{ matches: ['https://*/*'], exclude_matches: ['https://example.org/*'] }])).toBe(false);
  });

  it('offers other https sites, and remembers enabled ones', () => {
    expect(siteAccessFor(URL_ON_SITE, api, [])).toEqual({ kind: 'available', origin: ORIGIN });
    expect(siteAccessFor(URL_ON_SITE, api, [ORIGIN])).toEqual({ kind: 'enabled', origin: ORIGIN });
  });

  it.each(['chrome://extensions/', 'http://example.org/', 'file:///tmp/a.html', 'not a url', undefined])(
    'offers nothing on %s',
    (url) => {
      expect(siteAccessFor(url, api, [])).toEqual({ kind: 'unsupported' });
      expect(originOf(url)).toBeNull();
    },
  );
});

describe('enableSite', () => {
  it('asks for the origin, registers and injects the content script, and remembers the site', async () => {
    const fake = fakeSiteAccessApi();
    const result = await enableSite(fake.api, ORIGIN, 12);

    expect(result).toEqual({ ok: true });
    expect(fake.api.permissions.request).toHaveBeenCalledWith({ origins: [`${ORIGIN}/*`] });
    expect([...fake.registered.values()]).toEqual([
      {
        id: 'greenlit-user-www.example-news.org',
        matches: [`${ORIGIN}/*`],
        js: [CONTENT_SCRIPT_FILE],
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
    expect(fake.injected).toEqual([{ tabId: 12, files: [CONTENT_SCRIPT_FILE] }]);
    expect((await getSettings()).enabledSites).toEqual([ORIGIN]);
  });

  it('asks for the permission before awaiting anything (the click is the user gesture)', () => {
    const fake = fakeSiteAccessApi();
    void enableSite(fake.api, ORIGIN, 12);
    expect(fake.api.permissions.request).toHaveBeenCalledTimes(1);
  });

  it('registers nothing when permission is denied, and says so', async () => {
    const fake = fakeSiteAccessApi({ grant: false });
    const result = await enableSite(fake.api, ORIGIN, 12);

    expect(result).toEqual({ ok: false, message: expect.stringMatching(/www\.example-news\.org was not given/) });
    expect(fake.api.scripting.registerContentScripts).not.toHaveBeenCalled();
    expect(fake.injected).toEqual([]);
    expect((await getSettings()).enabledSites).toEqual([]);
  });

  it('does not fail when the script is already registered', async () => {
    const fake = fakeSiteAccessApi();
    await enableSite(fake.api, ORIGIN, 12);
    expect(await enableSite(fake.api, ORIGIN, 13)).toEqual({ ok: true });
    expect(fake.registered.size).toBe(1);
    expect((await getSettings()).enabledSites).toEqual([ORIGIN]);
  });

  it('reports a registration failure without remembering the site', async () => {
    const fake = fakeSiteAccessApi();
    vi.mocked(fake.api.scripting.registerContentScripts).mockRejectedValueOnce(new Error('Invalid match pattern'));
    const result = await enableSite(fake.api, ORIGIN, 12);
    expect(result).toEqual({ ok: false, message: expect.stringContaining('Invalid match pattern') });
    expect((await getSettings()).enabledSites).toEqual([]);
  });
});

describe('disableSite', () => {
  it('unregisters the script, removes the permission and forgets the site', async () => {
    const fake = fakeSiteAccessApi();
    await updateSettings({ enabledSites: ['https://other.example', ORIGIN] });
    await enableSite(fake.api, ORIGIN, 12);

    expect(await disableSite(fake.api, ORIGIN)).toEqual({ ok: true });
    expect(fake.registered.size).toBe(0);
    expect(fake.granted.size).toBe(0);
    expect(fake.api.permissions.remove).toHaveBeenCalledWith({ origins: [`${ORIGIN}/*`] });
    expect((await getSettings()).enabledSites).toEqual(['https://other.example']);
  });
});

describe('syncSiteAccess', () => {
  it('drops sites whose permission was taken away and registers newly granted ones', async () => {
    const fake = fakeSiteAccessApi();
    await enableSite(fake.api, ORIGIN, 1);
    fake.granted.delete(`${ORIGIN}/*`);
    fake.granted.add('https://granted.example/*');
    fake.granted.add('https://api.tvmaze.com/*');
    fake.granted.add('https://*/*');

    await syncSiteAccess(fake.api);

    expect([...fake.registered.keys()]).toEqual(['greenlit-user-granted.example']);
    expect((await getSettings()).enabledSites).toEqual(['https://granted.example']);
  });
});

describe('popup "Enable on this site"', () => {
  it('enables the tab site and then offers to disable it', async () => {
    const fake = fakeSiteAccessApi();
    const services = fakeServices({ activeTab: async () => ({ id: 4, url: URL_ON_SITE }), siteAccessApi: fake.api });
    const popup = await renderPopup(services);
    try {
      await click(button(popup.container, 'Enable on this site'));
      expect(fake.injected).toEqual([{ tabId: 4, files: [CONTENT_SCRIPT_FILE] }]);
      expect(popup.container.textContent).toContain('Greenlit now runs on www.example-news.org.');

      await click(button(popup.container, 'Disable on this site'));
      expect(fake.registered.size).toBe(0);
      expect(button(popup.container, 'Enable on this site')).toBeTruthy();
    } finally {
      popup.unmount();
    }
  });

  it('shows why nothing happened when permission is denied', async () => {
    const fake = fakeSiteAccessApi({ grant: false });
    const services = fakeServices({ activeTab: async () => ({ id: 4, url: URL_ON_SITE }), siteAccessApi: fake.api });
    const popup = await renderPopup(services);
    try {
      await click(button(popup.container, 'Enable on this site'));
      expect(popup.container.querySelector('.site-access [role="status"]')?.textContent).toMatch(/was not given/);
      expect(button(popup.container, 'Enable on this site')).toBeTruthy();
    } finally {
      popup.unmount();
    }
  });

  it('is not offered where Greenlit runs anyway', async () => {
    const popup = await renderPopup();
    try {
      expect(() => button(popup.container, 'Enable on this site')).toThrow();
    } finally {
      popup.unmount();
    }
  });
});
