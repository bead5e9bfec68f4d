import { browser } from 'wxt/browser';
import { sendMessage } from '@/utils/messaging/protocol';
import type { BadgedShow } from '@/utils/page/badges-on-page';
import { extensionSiteAccessApi, type SiteAccessApi } from '@/utils/site-access';

export interface ActiveTab {
  id?: number;
  url?: string;
}

/** What the popup needs from the browser, passed in so tests can use fakes. */
export interface PopupServices {
  activeTab(): Promise<ActiveTab | undefined>;
  /** Asks the tab's content script to reveal every blurred spoiler; rejects when none answers. */
  revealAll(tabId: number): Promise<number>;
  /** Asks the tab's page (its top frame) which shows it badged; rejects when Greenlit does not run there. */
  badgesOnPage(tabId: number): Promise<BadgedShow[]>;
  openOptions(): void;
  siteAccessApi: SiteAccessApi;
  now(): number;
}

export const extensionPopupServices: PopupServices = {
  async activeTab() {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab && { id: tab.id, url: tab.url };
  },
  revealAll: (tabId) => sendMessage('revealAllSpoilers', undefined, tabId),
  badgesOnPage: (tabId) => sendMessage('badgesOnPage', undefined, { tabId, frameId: 0 }),
  openOptions() {
    void browser.runtime.openOptionsPage();
    window.close();
  },
  siteAccessApi: extensionSiteAccessApi,
  now: () => Date.now(),
};
