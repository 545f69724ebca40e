import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

export default defineConfig({
  // auto-icons draws the toolbar and store icons (16–128 px) from one SVG at build time, so no binary icon is committed.
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/auto-icons'],
  autoIcons: { baseIconPath: 'assets/icon.svg', developmentIndicator: false },
  // The sources package is for store review: what the build is made from, never test output (screenshots of
  // real people's posts from the saved pages) or scratch files. .ci/check-packages checks every zip against an allow-list.
  zip: { excludeSources: ['test/e2e/__screenshots__/**', '.scratch/**', 'coverage/**', '**/*.png', '**/*.log'] },
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: '__MSG_appName__',
    description: '__MSG_appDescription__',
    default_locale: 'en',
    // Permissions are added by the features that use them, never ahead of need:
    // activeTab + scripting let the user ask for an analysis of any other page (a Mastodon instance, a brand's site).
    // storage keeps the user's settings (inline badges on or off).
    permissions: ['activeTab', 'scripting', 'storage'],
    browser_specific_settings: {
      gecko: {
        id: 'zendmeter@zendmeter.org',
        // Firefox asks every extension to declare what it collects: nothing.
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
});
