// The keyboard shortcuts Sourcelight declares in its manifest (wxt.config.ts). Readers rebind them
// at chrome://extensions/shortcuts or in Firefox's add-ons manager (Manage Extension Shortcuts).
// Alt+Shift+J, K and L are taken by neither Chrome nor Firefox; on a Mac, Control+Shift+J, K and L.

export const PAGE_COMMANDS = {
  'next-quote': {
    suggested_key: { default: 'Alt+Shift+J', mac: 'MacCtrl+Shift+J' },
    description: 'Go to the next quote on the page and open its card',
  },
  'previous-quote': {
    suggested_key: { default: 'Alt+Shift+K', mac: 'MacCtrl+Shift+K' },
    description: 'Go to the previous quote on the page and open its card',
  },
} as const;

export type PageCommand = keyof typeof PAGE_COMMANDS;

/** Opens the toolbar popup (the browser handles it: Chrome's MV3 and Firefox's MV2 name it differently). */
export function openPopupCommand(browser: string) {
  const name = browser === 'firefox' ? '_execute_browser_action' : '_execute_action';
  return { [name]: { suggested_key: { default: 'Alt+Shift+L', mac: 'MacCtrl+Shift+L' }, description: 'Open the Sourcelight popup' } };
}

export function isPageCommand(name: string): name is PageCommand {
  return Object.hasOwn(PAGE_COMMANDS, name);
}
