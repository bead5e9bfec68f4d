// Which badged shows an article is about: those placed in its headline. Light, so the content script can ship it.
import { sameShow, type ShowRef } from '../shows/show-ref';
import type { Region } from '../articles/reading';

/** What the decision needs of a badge placement (the worker's `ArticlePlacement`). */
export interface PlacedShow {
  region: Region;
  start: number;
  result: { show: { ref: ShowRef } | null };
}

/** The body's opening h1, when the page puts its headline there (offsets into the body text). */
export interface BodyHeadline {
  start: number;
  end: number;
}

/**
 * The shows placed in the headline, or in the h1 opening the body when the headline sits there
 * (`bodyHeadline`, which the worker finds in the reading). By identity, so a renamed show still counts.
 */
export function headlineShows(placements: readonly PlacedShow[], bodyHeadline: BodyHeadline | null): ShowRef[] {
  const refs: ShowRef[] = [];
  for (const p of placements) {
    const inHeadline = p.region === 'headline' || (bodyHeadline !== null && p.start >= bodyHeadline.start && p.start < bodyHeadline.end);
    const ref = p.result.show?.ref;
    if (inHeadline && ref && !refs.some((r) => sameShow(r, ref))) refs.push(ref);
  }
  return refs;
}

/** The notice of the first headline show that has one (the worker words a notice per protected show). */
export function noticeForHeadline(shows: readonly ShowRef[], notices: ReadonlyArray<{ ref: ShowRef; notice: string }>): string | null {
  for (const show of shows) {
    const found = notices.find((n) => sameShow(n.ref, show));
    if (found) return found.notice;
  }
  return null;
}
