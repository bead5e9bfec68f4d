export { buildNextEpisodesCalendar, episodeSummary, PRODID, type CalendarOptions, type NextEpisode } from './next-episodes-ics';
export { zonedTimeToUtc } from './time-zone';
