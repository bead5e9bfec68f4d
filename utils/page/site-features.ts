import { mountBadge } from './mount-badge';
import { observeTitles } from './observe';
import { SiteAnnotator } from './site-annotator';
import type { SiteAdapter } from '../sites/site-adapter';
import { lookupTitles } from './lookup-titles';
import { onMessage } from '../messaging/protocol';
import type { SpoilerFeatures } from './episode-shield';
import type { PageFeatures } from './run';

export const NO_SPOILERS: SpoilerFeatures = { shieldSpoilers: async () => {}, releaseSpoilers: () => {} };

/**
 * A streaming or catalog site: its adapter's titles badged as the page changes, plus a spoiler shield.
 * The shield is passed in (see `episodeShieldFor`) so a bundle without episode lists does not carry it.
 */
export function siteFeatures(adapter: SiteAdapter, spoilers: SpoilerFeatures = NO_SPOILERS): PageFeatures {
  return {
    ...spoilers,
    startBadges(ctx) {
      const annotator = new SiteAnnotator(adapter, { lookup: lookupTitles, mountBadge: (request) => mountBadge(ctx, request) });
      const scan = () => {
        annotator.scan(document, new URL(location.href)).catch((error) => console.warn('[Greenlit] scan failed:', error));
      };
      // Titles the worker first answered from its index get their real answers pushed here.
      const removePushes = onMessage('titleResults', ({ data }) => {
        for (const { key, result } of data.results) annotator.refresh(key, result);
      });
      scan();
      const observer = observeTitles(document.body ?? document.documentElement, adapter.watchSelector, scan);
      ctx.onInvalidated(() => {
        observer.disconnect();
        removePushes();
      });
      return {
        stop() {
          removePushes();
          observer.disconnect();
          void annotator.clear();
        },
      };
    },
  };
}
