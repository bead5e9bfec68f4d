// The next episodes of watched shows as an iCalendar (.ics) file, in the network's time or all-day.
export { buildNextEpisodesCalendar, episodeSummary, PRODID, type CalendarOptions, type NextEpisode } from './next-episodes-ics';
export { zonedTimeToUtc } from './time-zone';
export { buildWatchedCalendar, handleNextEpisodesCalendar, nextEpisodeOf, type CalendarDeps, type WatchedCalendar } from './watched-calendar';
