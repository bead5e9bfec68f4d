import { siteFeatures } from '@/utils/content/site-features';
import { runContent } from '@/utils/content/run-content';
import { adapterForUrl, siteMatchPatterns } from '@/utils/sites/registry';

// Streaming and catalog sites, each read by its adapter.
export default defineContentScript({
  matches: siteMatchPatterns(),
  runAt: 'document_idle',
  async main(ctx) {
    const adapter = adapterForUrl(new URL(location.href));
    if (adapter) await runContent(ctx, siteFeatures(adapter));
  },
});
