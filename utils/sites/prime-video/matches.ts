// Kept apart from the adapter so the document_start guard script stays tiny.
/** Match patterns cannot wildcard a TLD, so every store with Prime Video is listed. */
export const AMAZON_STORE_DOMAINS = [
  'amazon.com', 'amazon.co.uk', 'amazon.de', 'amazon.fr', 'amazon.it', 'amazon.es', 'amazon.ca',
  'amazon.com.au', 'amazon.co.jp', 'amazon.in', 'amazon.com.br', 'amazon.com.mx', 'amazon.nl',
  'amazon.se', 'amazon.pl', 'amazon.com.tr', 'amazon.sg', 'amazon.ae', 'amazon.sa', 'amazon.eg',
  'amazon.com.be', 'amazon.ie',
];
const AMAZON_VIDEO_PATHS = ['/gp/video/*', '/-/*/gp/video/*', '/Amazon-Video/*'];

export const PRIME_VIDEO_MATCHES = [
  '*://*.primevideo.com/*',
  ...AMAZON_STORE_DOMAINS.flatMap((domain) => AMAZON_VIDEO_PATHS.map((path) => `*://*.${domain}${path}`)),
];
