/** Where the TV APIs live. Overridable at build time so e2e tests can point at a local fake. */
export const DEFAULT_TVMAZE_API_BASE = 'https://api.tvmaze.com';
export const TVMAZE_SITE = 'https://www.tvmaze.com';

type Env = Record<string, string | undefined>;

export function tvmazeApiBase(env: Env): string {
  const raw = env.WXT_TVMAZE_API_BASE?.trim();
  if (!raw) return DEFAULT_TVMAZE_API_BASE;
  const url = new URL(raw); // throws at build time on a bad value, which is what we want
  return url.href.replace(/\/$/, '');
}

/** Origins the background worker fetches from; they become host permissions. */
export function apiOrigins(env: Env): string[] {
  return [new URL(tvmazeApiBase(env)).origin];
}
