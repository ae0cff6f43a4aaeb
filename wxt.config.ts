import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'Sourcelight',
    description: 'Shows who said what on a news page: quotes, their speakers and the officials named, highlighted in place. Everything stays on your device.',
    permissions: ['storage'],
    browser_specific_settings: {
      gecko: {
        id: 'sourcelight@sourcelight.invalid',
        // CSS Custom Highlight API arrived in Firefox 140.
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
});
