// The popup's "On this page": the shows badged here, read from the badge hosts the page holds right now.
import type { LookupResult } from '../shows/show';
import { showKey, type ShowRef } from '../shows/show-ref';
import type { BadgeStatus } from '../shows/status';
import { TVMAZE_SITE } from '../sources/tvmaze/api-config';
import { BADGE_SELECTOR, showIdOf, STATUS_ATTR, TITLE_ATTR } from './contract';

/** One show badged on the page, with what its badge says and where its card links. */
export interface BadgedShow {
  ref: ShowRef;
  name: string;
  status: BadgeStatus;
  /** The card's TVmaze link. */
  url: string;
}

/**
 * Every show with a badge in `doc`, once, in page order. The hosts' contract attributes say which
 * show and what status; the mounted answer (when this script mounted it) gives its name and link.
 */
export function badgesOnPage(doc: Document, answerOf: (host: Element) => LookupResult | null | undefined): BadgedShow[] {
  const shows = new Map<string, BadgedShow>();
  for (const host of doc.querySelectorAll(BADGE_SELECTOR)) {
    const ref = showIdOf(host);
    if (!ref) continue; // loading, or not a show
    const status = (host.getAttribute(STATUS_ATTR) ?? 'unknown') as BadgeStatus;
    const known = shows.get(showKey(ref));
    if (known && known.status !== 'loading') continue;
    const show = answerOf(host)?.show;
    shows.set(showKey(ref), {
      ref,
      status,
      name: show?.name ?? host.getAttribute(TITLE_ATTR) ?? '',
      url: show?.url ?? `${TVMAZE_SITE}/shows/${ref.id}`,
    });
  }
  return [...shows.values()];
}
