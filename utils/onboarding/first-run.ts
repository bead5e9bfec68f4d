// First run: right after install (never on an update or a browser restart) the options page opens once, with its welcome.
import { browser } from 'wxt/browser';

/** The options page shows its welcome when opened at this hash. */
export const WELCOME_HASH = '#welcome';

/** Call in the worker's first turn, so the install event finds its listener. */
export function registerFirstRun(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install') return;
    void browser.tabs.create({ url: `${browser.runtime.getURL('/options.html')}${WELCOME_HASH}` });
  });
}
