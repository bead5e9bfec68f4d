import { defineContentScript } from 'wxt/utils/define-content-script';
import { episodeShieldFor } from '@/utils/page/episode-shield';
import { runContent } from '@/utils/page/run';
import { siteFeatures } from '@/utils/page/site-features';
import { primeVideo } from '@/utils/sites/prime-video/adapter';
import { PRIME_VIDEO_MATCHES } from '@/utils/sites/prime-video/matches';

// Prime Video has its own bundle: the headline site, with an episode shield and a document_start guard.
export default defineContentScript({
  matches: PRIME_VIDEO_MATCHES,
  runAt: 'document_idle',
  main: (ctx) => runContent(ctx, siteFeatures(primeVideo, episodeShieldFor(primeVideo))),
});
