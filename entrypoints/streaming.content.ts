import { defineContentScript } from 'wxt/utils/define-content-script';
import { siteFeatures } from '@/utils/page/site-features';
import { runContent } from '@/utils/page/run';
import { adapterForUrl, siteMatchPatterns } from '@/utils/sites/registry';
import { PRIME_VIDEO_MATCHES } from '@/utils/sites/prime-video/matches';

// Every other streaming and catalog site, each read by its adapter (Prime Video has its own script).
export default defineContentScript({
  matches: siteMatchPatterns().filter((pattern) => !PRIME_VIDEO_MATCHES.includes(pattern)),
  runAt: 'document_idle',
  async main(ctx) {
    const adapter = adapterForUrl(new URL(location.href));
    if (adapter && adapter.id !== 'prime-video') await runContent(ctx, siteFeatures(adapter));
  },
});
