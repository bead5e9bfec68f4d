import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { apiOrigins } from './utils/sources/tvmaze/api-config';

/** Rendered from assets/icon.svg by `npm run icons`. */
const ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' };

// Host permissions are the TV API origins only; page access comes from content-script matches.
export default defineConfig({
  // Every file imports what it uses, so a reader (and the type checker) sees where each name comes from.
  imports: false,
  // @wxt-dev/i18n: locales/*.yml become _locales/*/messages.json, read through `i18n.t` from '#i18n'.
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  // `wxt build --mode analyze` keeps source maps and names, to see what makes up each bundle.
  // cssTarget: browsers with CSS light-dark(), so the status colours keep it instead of a lowered form
  // that needs `color-scheme` rewritten on the page too (Chrome 123, Firefox 120; we require 140).
  vite: (env) => ({
    // Preact's devtools hook only in `wxt` dev: e2e, eval and bench builds measure and test the shipped code.
    plugins: [preact({ devToolsEnabled: env.mode === 'development' })],
    // WXT's shadow-root UI bundles an element-waiter for autoMount, which nothing here calls, and a
    // Unicode-wide check of host names, which are ASCII constants here.
    resolve: {
      alias: [
        { find: /^@1natsu\/wait-element(?:\/detectors)?$/, replacement: fileURLToPath(new URL('./utils/page/no-auto-mount.ts', import.meta.url)) },
        { find: /^is-potential-custom-element-name$/, replacement: fileURLToPath(new URL('./utils/page/custom-element-name.ts', import.meta.url)) },
      ],
    },
    build: {
      sourcemap: env.mode === 'analyze',
      minify: env.mode !== 'analyze' && 'terser',
      terserOptions: { compress: { passes: 2 } },
      // Terser is the slowest step by design (a few seconds a build): no timing warning for it in every build log.
      rolldownOptions: { checks: { bundlerTimings: false } },
      cssTarget: ['chrome123', 'firefox120'],
    },
  }),
  // `npm run zip`: the Chrome and Firefox packages, and for AMO the sources that rebuild them
  // (docs/BUILDING.md says how). An allowlist, so stray local files never reach a store.
  zip: {
    includeSources: [
      'assets/**',
      'components/**',
      'entrypoints/**',
      'locales/**',
      'public/**',
      'utils/**',
      'scripts/icons.mjs',
      'docs/BUILDING.md',
      'README.md',
      'package.json',
      'package-lock.json',
      'tsconfig.json',
      'wxt.config.ts',
    ],
  },
  manifest: ({ browser, manifestVersion }) => ({
    default_locale: 'en',
    name: '__MSG_extension_name__',
    description: '__MSG_extension_description__',
    icons: ICONS,
    // MV2 (Firefox) calls the toolbar button browser_action; WXT adds the popup to whichever is used.
    [manifestVersion === 2 ? 'browser_action' : 'action']: { default_icon: ICONS },
    // activeTab: opening the popup lets it see the tab's URL (which site it is, to offer "Enable on this
    // site") and ask that page what it badged; no install warning, nothing granted until the click.
    permissions: ['storage', 'alarms', 'notifications', 'scripting', 'activeTab'],
    host_permissions: apiOrigins(process.env).map((origin) => `${origin}/*`),
    optional_host_permissions: ['https://*/*'],
    ...(browser === 'firefox'
      ? {
          // MV2 has no optional_host_permissions; hosts asked for at run time go here.
          optional_permissions: ['https://*/*'],
          browser_specific_settings: {
            gecko: {
              id: 'greenlit@greenlit.example',
              strict_min_version: '140.0',
              // Titles spotted on pages are sent to TVmaze to look them up.
              data_collection_permissions: { required: ['websiteContent'] },
            },
          },
        }
      : {}),
  }),
});
