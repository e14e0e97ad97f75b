import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';

// The extension's manifest and build settings. Names and descriptions come from
// the locale files (`locales/*.yml`, compiled by @wxt-dev/i18n into `_locales`).
export default defineConfig({
  modules: ['@wxt-dev/i18n/module'],
  // Explicit imports everywhere: the analyzer must run unchanged in Node.
  imports: false,
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Drafts, site settings and brand rule sets are kept by the browser, on this machine (sync: the user's own account).
    // Alarms: the daily refresh of subscribed rule sets. Host access is asked for one address at a
    // time, when the user subscribes to a rule set there; no other request leaves the extension.
    // Linked pages are read only on the sites the user allows, one at a time or all at once (docs/decisions/008).
    // Offscreen (Chromium): the worker has no DOM, and Readability needs one.
    permissions: ['storage', 'alarms', ...(browser === 'firefox' ? [] : ['offscreen'])],
    // (Firefox's Manifest V2 lists host access among optional_permissions.)
    ...(browser === 'firefox'
      ? { optional_permissions: ['https://*/*', 'http://*/*'] }
      : { optional_host_permissions: ['https://*/*', 'http://*/*'] }),
    // The end-to-end build (`wxt build --mode e2e`) is given access to the stand-in site of linked pages at install,
    // because a headless browser cannot answer the permission prompt; every other site stays unallowed for
    // the tests of a link not allowed. No such line in the build users get.
    ...(mode === 'e2e' ? { host_permissions: ['https://presse.whypost.test/*'] } : {}),
    action: { default_title: '__MSG_extName__' },

    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 96: 'icon/96.png', 128: 'icon/128.png' },
    // Where an administrator's policy puts locked brand rule sets, in Chromium (docs/managed-policy.md);
    // Firefox reads the policy from policies.json and needs no schema.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed-schema.json' } }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'whypost@whypost.app',
              // Nothing the user types leaves the machine.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  vite: ({ mode }) => ({
    // The end-to-end build is the build users get (its mode is not "production", which would otherwise
    // give it development JSX: component source paths in every bundle, and 2 KB more per content script).
    ...(mode === 'e2e' ? { oxc: { jsx: { development: false } } } : {}),
    // Terser, two passes: about 300 B gzip less than the default minifier on each content script, which
    // must stay under 20 KB gzip (issue 11); a build takes a few seconds more.
    build: { minify: 'terser', terserOptions: { compress: { passes: 2 } } },
    resolve: {
      alias: [
        { find: /^core-js\/.*$/, replacement: fileURLToPath(new URL('./utils/no-polyfill.ts', import.meta.url)) },
      ],
    },
  }),
  hooks: {
    'prepare:tsconfig': (_wxt, { tsconfig }) => {
      // fr-compromise ships .ts sources as its types, which fail WXT's strict
      // settings. The compiler finds our declaration instead; the mapping has no
      // extension, so tsx and Vite, which do not read .d.ts files, fall back to
      // the package itself.
      tsconfig.compilerOptions.paths['fr-compromise'] = ['../training/types/fr-compromise'];
    },
  },
});
