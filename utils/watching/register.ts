import { browser } from 'wxt/browser';
import { listRecentChanges, watchRecentChanges } from './recent-changes';
import type { CheckDeps } from './check';
import { isChangeNotification, showUnseenCount } from './notify';
import { runWatchCheck, type RunResult } from './run';

export const WATCH_ALARM = 'greenlit-watch-check';
/** Twice a day. */
export const WATCH_PERIOD_MINUTES = 720;

export interface WatchChecker {
  /** Runs a check now; a check already running is shared rather than doubled. */
  checkNow(): Promise<RunResult>;
}

/**
 * Wires the watched-shows check into the worker. Call synchronously at the top of the background
 * script: MV3 only wakes the worker for listeners added in its first turn.
 */
export function registerWatchChecker(deps: CheckDeps): WatchChecker {
  let running: Promise<RunResult> | null = null;
  const checkNow = () => (running ??= runWatchCheck(deps).finally(() => (running = null)));
  const checkInBackground = () => {
    checkNow().catch((error: unknown) => console.warn('Greenlit: watched-shows check failed', error));
  };

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === WATCH_ALARM) checkInBackground();
  });
  browser.runtime.onStartup.addListener(checkInBackground);
  browser.runtime.onInstalled.addListener(checkInBackground);
  browser.notifications.onClicked.addListener((id) => {
    if (!isChangeNotification(id)) return;
    void browser.runtime.openOptionsPage();
    void browser.notifications.clear(id);
  });

  watchRecentChanges((changes) => void showUnseenCount(changes).catch(() => undefined));
  void listRecentChanges().then(showUnseenCount).catch(() => undefined);
  void ensureAlarm().catch((error: unknown) => console.warn('Greenlit: could not schedule checks', error));
  return { checkNow };
}

/** Created once: re-creating on every worker start would keep pushing the next run back. */
async function ensureAlarm(): Promise<void> {
  if (await browser.alarms.get(WATCH_ALARM)) return;
  await browser.alarms.create(WATCH_ALARM, { periodInMinutes: WATCH_PERIOD_MINUTES });
}

/** The `checkWatchedNow` message. */
export function handleCheckWatchedNow(checker: WatchChecker): Promise<RunResult> {
  return checker.checkNow();
}
