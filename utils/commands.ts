// The keyboard shortcuts Sourcelight declares in its manifest (wxt.config.ts). Readers rebind them
// at chrome://extensions/shortcuts or in Firefox's add-ons manager (Manage Extension Shortcuts).
// Alt+Shift+J and K are taken by neither Chrome nor Firefox; on a Mac, Control+Shift+J and K.

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

export function isPageCommand(name: string): name is PageCommand {
  return Object.hasOwn(PAGE_COMMANDS, name);
}
