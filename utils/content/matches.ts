import { NEWS_SITE_MATCHES } from '../articles/news-sites';
import { siteMatchPatterns } from '../sites/registry';

/**
 * Where the content script runs: the streaming sites with an adapter and the news sites.
 * Test builds may add `WXT_EXTRA_CONTENT_MATCHES` (comma-separated), standing in for a user who
 * enabled Greenlit on more sites, since a test cannot click the permission prompt.
 */
export function contentScriptMatches(env: Record<string, string | undefined>): string[] {
  const extra = (env.WXT_EXTRA_CONTENT_MATCHES ?? '').split(',').map((p) => p.trim()).filter(Boolean);
  return [...new Set([...siteMatchPatterns(), ...NEWS_SITE_MATCHES, ...extra])];
}
