// Where Greenlit acts: paused sites and snoozes. Pure and free of storage code, so pages can ship it.
import type { Settings } from './settings';

/** "www.Netflix.com" → "netflix.com", so a pause covers both spellings. */
export function normalizeHostname(hostname: string): string {
  return hostname.trim().toLowerCase().replace(/\.$/, '').replace(/^www\./, '');
}

export function isSitePaused(settings: Settings, hostname: string): boolean {
  const host = normalizeHostname(hostname);
  return settings.pausedSites.some((site) => {
    const paused = normalizeHostname(site);
    return paused !== '' && (host === paused || host.endsWith(`.${paused}`));
  });
}

export function isSnoozed(settings: Settings, now: number): boolean {
  return settings.snoozedUntil !== null && now < settings.snoozedUntil;
}

/** Whether Greenlit should act on this page: the site is not paused and Greenlit is not snoozed. */
export function isActiveOn(settings: Settings, hostname: string, now: number): boolean {
  return !isSnoozed(settings, now) && !isSitePaused(settings, hostname);
}
