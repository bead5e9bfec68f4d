// Letting go of the document_start guard (article-guard.ts), apart from it: the article script ships this, not the detector.
import { GUARD_ATTR, GUARDED_ATTR } from '../page/contract';

/** The guard's style element is tagged with this name. */
export const ARTICLE_GUARD_NAME = 'article';

/** The article script has classified the page (or will not): unhide everything the guard hid. */
export function releaseArticleGuard(doc: Document): void {
  doc.querySelector(`style[${GUARD_ATTR}="${ARTICLE_GUARD_NAME}"]`)?.remove();
  for (const el of doc.querySelectorAll(`[${GUARDED_ATTR}]`)) el.removeAttribute(GUARDED_ATTR);
}
