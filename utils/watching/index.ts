// The watched list at work: the twice-daily status check, notifications, recent changes, import and export.
export { handleWatchShow, handleWatchState } from './card-requests';
export { checkWatchedShows, isDue, statusDetail, updatesWindow, type CheckDeps, type CheckOutcome } from './check';
export { badgeText, notificationMessages, showUnseenCount } from './notify';
export { handleCheckWatchedNow, registerWatchChecker, WATCH_ALARM, type WatchChecker } from './register';
export { runWatchCheck, type RunResult } from './run';
