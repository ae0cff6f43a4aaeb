import { defineConfig, type UserManifest } from 'wxt';
import preact from '@preact/preset-vite';
import { openPopupCommand, PAGE_COMMANDS } from './utils/commands';

type Gecko = NonNullable<NonNullable<UserManifest['browser_specific_settings']>['gecko']>;

/** Firefox-only keys. WXT's manifest type does not know data_collection_permissions yet. */
const gecko = {
  id: 'sourcelight@sourcelight.invalid',
  // The CSS Custom Highlight API arrived in Firefox 140.
  strict_min_version: '140.0',
  data_collection_permissions: { required: ['none'] },
} as Gecko;

const TOOLBAR_ICON = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png' };

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Sourcelight',
    // Chrome's store takes at most 132 characters
    description: 'Shows who said what on a news page: quotes, their speakers and the officials named, highlighted in place, all on your device.',
    permissions: ['storage'],
    commands: { ...PAGE_COMMANDS, ...openPopupCommand(browser) },
    // The toolbar button's icon (WXT fills the manifest's own icons from public/icon/<size>.png).
    [browser === 'firefox' ? 'browser_action' : 'action']: { default_icon: TOOLBAR_ICON },
    // The quote card's frame: pages may embed it (the content script does), but a frame they make
    // themselves shows nothing, as its card id is unknown to the background.
    web_accessible_resources: [{ resources: ['card.html'], matches: ['http://*/*', 'https://*/*'] }],
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko } } : {}),
  }),
  // The sources zip comes from scripts/sources-zip.ts (git archive): WXT's would leave out the tests.
  zip: { zipSources: false },
});
