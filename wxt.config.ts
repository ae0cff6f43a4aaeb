import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

const GECKO_ID = 'sourcelight@sourcelight.invalid';

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'Sourcelight',
    description: 'Shows who said what on a news page: quotes, their speakers and the officials named, highlighted in place. Everything stays on your device.',
    permissions: ['storage'],
  },
  hooks: {
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.browser !== 'firefox') return;
      // Firefox-only keys; WXT's manifest type does not know data_collection_permissions yet.
      manifest.browser_specific_settings = {
        gecko: {
          id: GECKO_ID,
          // The CSS Custom Highlight API arrived in Firefox 140.
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
      } as typeof manifest.browser_specific_settings;
    },
  },
});
