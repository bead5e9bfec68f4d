export { checkWatchedShows, isDue, statusDetail, updatesWindow, type CheckDeps, type CheckOutcome } from './check';
export { badgeText, notificationMessages, showUnseenCount } from './notify';
export { handleCheckWatchedNow, registerWatchChecker, WATCH_ALARM, type WatchChecker } from './register';
export { runWatchCheck, type RunResult } from './run';
