import { primeSpoilers } from '@/utils/content/prime-spoilers';
import { runContent } from '@/utils/content/run-content';
import { siteFeatures } from '@/utils/content/site-features';
import { primeVideo } from '@/utils/sites/prime-video';
import { PRIME_VIDEO_MATCHES } from '@/utils/sites/prime-video-matches';

// Prime Video has its own bundle: the headline site, and the only one with an episode spoiler shield.
export default defineContentScript({
  matches: PRIME_VIDEO_MATCHES,
  runAt: 'document_idle',
  main: (ctx) => runContent(ctx, siteFeatures(primeVideo, primeSpoilers)),
});
