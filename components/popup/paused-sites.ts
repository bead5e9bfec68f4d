import { DEFAULT_SETTINGS, isSitePaused, normalizeHostname } from '@/utils/storage/settings';

/**
 * The paused list after pausing or resuming `hostname`. Resuming drops every entry that covers the
 * host (a paused parent domain included), or the switch would stay on.
 */
export function withSitePaused(pausedSites: string[], hostname: string, paused: boolean): string[] {
  const host = normalizeHostname(hostname);
  const covering = (site: string) => isSitePaused({ ...DEFAULT_SETTINGS, pausedSites: [site] }, host);
  const others = pausedSites.filter((site) => !covering(site));
  return paused ? [...others, host] : others;
}
