import { defineContentScript } from 'wxt/utils/define-content-script';
import { runContent } from '@/utils/page/run';
import { siteFeatures } from '@/utils/page/site-features';
import { adapterForUrl, siteMatchPatterns, STREAMING_ADAPTERS } from '@/utils/sites/registry';

// Every streaming and catalog site without a script of its own, each read by its adapter.
export default defineContentScript({
  matches: siteMatchPatterns(STREAMING_ADAPTERS),
  runAt: 'document_idle',
  async main(ctx) {
    const adapter = adapterForUrl(new URL(location.href), STREAMING_ADAPTERS);
    if (adapter) await runContent(ctx, siteFeatures(adapter));
  },
});
