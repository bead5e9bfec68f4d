import { getSettings } from '../storage/settings';
import { addRecentChanges } from './recent-changes';
import { checkWatchedShows, type CheckDeps } from './check';
import { showChangeNotifications } from './notify';

export interface RunResult {
  checked: number;
  changes: number;
}

/** A check, its changes recorded for the list and the toolbar count, and notified unless turned off. */
export async function runWatchCheck(deps: CheckDeps): Promise<RunResult> {
  const outcome = await checkWatchedShows(deps);
  if (outcome.changes.length) {
    await addRecentChanges(outcome.changes);
    const { notificationsEnabled } = await getSettings();
    if (notificationsEnabled) await showChangeNotifications(outcome.changes);
  }
  return { checked: outcome.checked, changes: outcome.changes.length };
}
