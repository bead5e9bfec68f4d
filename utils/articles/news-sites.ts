/** Entertainment-news sites where Greenlit reads articles. Others can be enabled from the popup. */
export const NEWS_SITES = [
  'techradar.com',
  'deadline.com',
  'variety.com',
  'tvline.com',
  'hollywoodreporter.com',
  'vulture.com',
  'ew.com',
  'collider.com',
  'screenrant.com',
  'indiewire.com',
  'theguardian.com',
  'avclub.com',
  'decider.com',
  'tvinsider.com',
  'whats-on-netflix.com',
  'digitalspy.com',
  'radiotimes.com',
  'cbr.com',
  'denofgeek.com',
  'thewrap.com',
  'heavy.com',
  'dailystar.co.uk',
  'latimes.com',
  'livescience.com',
] as const;

export const NEWS_SITE_MATCHES = NEWS_SITES.flatMap((site) => [`*://${site}/*`, `*://*.${site}/*`]);

/**
 * The article script's matches. Test builds add `extra` (WXT_EXTRA_CONTENT_MATCHES), standing in for a
 * reader who enabled more sites: a script cannot click the permission prompt.
 */
export function articleScriptMatches(extra: string | undefined): string[] {
  return [...NEWS_SITE_MATCHES, ...(extra ?? '').split(',').map((p) => p.trim()).filter(Boolean)];
}
