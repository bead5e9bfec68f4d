// Builds the extension for e2e, eval and bench: same code, TVmaze pointed at the local fake server.
// `--all-sites` (eval) also runs the content script everywhere, standing in for a reader who enabled
// Greenlit on each article's site from the popup: a script cannot click the permission prompt. The e2e
// build does the same for the few sites its saved pages come from.
// `--firefox` builds the Firefox add-on (MV2) instead of the Chromium one.
import { execFileSync } from 'node:child_process';
import { EVAL_EXTENSION_DIR, E2E_EXTENSION_DIR, FIREFOX_E2E_EXTENSION_DIR, FAKE_TVMAZE_PORT } from './e2e-config.mjs';

const allSites = process.argv.includes('--all-sites');
// Hosts of saved pages the spoiler tests open that are not listed news sites: a reader enabled them.
const ENABLED_SITES = ['*://*.thescottishsun.co.uk/*', '*://*.whattowatch.com/*', '*://showsnob.com/*'];
const firefox = process.argv.includes('--firefox');
execFileSync('npx', ['wxt', 'build', '--mode', allSites ? 'eval' : 'e2e', ...(firefox ? ['-b', 'firefox'] : [])], {
  stdio: 'inherit',
  env: {
    ...process.env,
    WXT_TVMAZE_API_BASE: `http://127.0.0.1:${FAKE_TVMAZE_PORT}`,
    WXT_EXTRA_CONTENT_MATCHES: allSites ? '*://*/*' : ENABLED_SITES.join(','),
  },
});
console.log(`Built ${firefox ? FIREFOX_E2E_EXTENSION_DIR : allSites ? EVAL_EXTENSION_DIR : E2E_EXTENSION_DIR}`);
