// Keyboard, focus and layout checks: the shortcut's message, where the card is, who has the focus,
// and whether every control has a name and a target of 24×24 px.
import type { Frame, Page } from 'puppeteer-core';
import type { PageCommand } from '../../../utils/commands';
import { extensionOf, tabIdOf } from './browsers';

interface TabsApi {
  tabs: { sendMessage(tabId: number, message: unknown, options?: { frameId: number }): Promise<{ ok: boolean; value?: unknown; error?: string } | undefined> };
}

/**
 * Sends `page`'s content script the message the background sends it for a keyboard shortcut.
 * Puppeteer's keys reach the page, not the browser's shortcut handling, in both browsers, so the
 * shortcut itself cannot be pressed here.
 */
export async function sendShortcut(page: Page, command: PageCommand): Promise<boolean> {
  const tabId = tabIdOf(page);
  if (tabId === undefined) throw new Error('the page was not opened with ExtensionBrowser.newPage');
  const reply = await extensionOf(page).probe.evaluate(async (id, c) => {
    const scope = globalThis as { browser?: TabsApi; chrome?: TabsApi };
    return (scope.browser ?? scope.chrome)!.tabs.sendMessage(id, { type: 'page:command', payload: { command: c } }, { frameId: 0 });
  }, tabId, command);
  if (!reply?.ok) throw new Error(`the shortcut was not answered: ${reply?.error ?? 'no reply'}`);
  return reply.value as boolean;
}

/**
 * Resizes the page's viewport. In Firefox only the viewport itself is set: puppeteer's setViewport
 * also overrides the screen orientation, a WebDriver BiDi command Firefox 140 does not know.
 */
export async function setViewportSize(page: Page, width: number, height: number): Promise<void> {
  if (extensionOf(page).name === 'chromium') return page.setViewport({ width, height });
  const context = (page.mainFrame() as unknown as { browsingContext: { setViewport(o: { viewport: { width: number; height: number } }): Promise<void> } }).browsingContext;
  await context.setViewport({ viewport: { width, height } });
}

export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/**
 * Where the card's frame is in the page's viewport, as the page's own hit testing finds it: the
 * frame lives in a closed shadow root, so points over it hit the shadow's host. Null when no point
 * of the viewport is on it.
 */
export function cardBox(page: Page): Promise<Box | null> {
  return page.evaluate(() => {
    const host = document.querySelector('sourcelight-card');
    const width = document.documentElement.clientWidth;
    const height = document.documentElement.clientHeight;
    const on = (x: number, y: number) => host !== null && document.elementFromPoint(x, y) === host;
    let seed: { x: number; y: number } | null = null;
    for (let y = 2; y < height && !seed; y += 8) for (let x = 2; x < width && !seed; x += 8) if (on(x, y)) seed = { x, y };
    if (!seed) return null;
    const edge = (from: number, step: number, limit: number, at: (v: number) => boolean) => {
      let v = from;
      while (v + step >= 0 && v + step < limit && at(v + step)) v += step;
      return v;
    };
    const { x, y } = seed;
    const top = edge(y, -1, height, (v) => on(x + 4, v));
    const bottom = edge(y, 1, height, (v) => on(x + 4, v)) + 1;
    const middle = Math.round((top + bottom) / 2);
    return { top, bottom, left: edge(x, -1, width, (v) => on(v, middle)), right: edge(x, 1, width, (v) => on(v, middle)) + 1 };
  });
}

/** The viewport rect of the quote in `highlight` whose text contains `snippet`. */
export function quoteBox(page: Page, snippet: string, highlight = 'sourcelight-quote'): Promise<Box> {
  return page.evaluate((s, h) => {
    const range = ([...(CSS.highlights.get(h) ?? [])] as Range[]).find((r) => r.toString().includes(s));
    if (!range) throw new Error(`no quote with “${s}”`);
    const r = range.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
  }, snippet, highlight);
}

export interface DialogState {
  role: string | null;
  modal: string | null;
  /** The texts of the elements aria-labelledby and aria-describedby name. */
  name: string;
  description: string;
  /** The card itself has the frame's focus (as on opening). */
  cardFocused: boolean;
}

export function dialogState(frame: Frame): Promise<DialogState> {
  return frame.evaluate(() => {
    const card = document.querySelector('.card')!;
    const text = (attr: string) =>
      (card.getAttribute(attr) ?? '').split(/\s+/).filter(Boolean).map((id) => document.getElementById(id)?.textContent ?? '').join(' ').trim();
    return {
      role: card.getAttribute('role'),
      modal: card.getAttribute('aria-modal'),
      name: text('aria-labelledby'),
      description: text('aria-describedby'),
      cardFocused: document.activeElement === card,
    };
  });
}

/** What has the focus in the card's frame: a tag (and class), or "outside" when the frame has lost it. */
export function focusInCard(frame: Frame): Promise<string> {
  return frame.evaluate(() => {
    const active = document.activeElement;
    if (!document.hasFocus() || !active || !document.querySelector('.card')?.contains(active)) return 'outside';
    return active.className ? `${active.tagName.toLowerCase()}.${active.className}` : active.tagName.toLowerCase();
  });
}

export interface ControlProblem {
  control: string;
  name: string;
  width: number;
  height: number;
}

/**
 * The controls in a page or frame without an accessible name or with a target under 24×24 px
 * (WCAG 2.5.8). The name follows the accessible-name rules far enough for these pages:
 * aria-labelledby, aria-label, a label, the control's text, its title.
 */
export function controlProblems(target: Page | Frame): Promise<ControlProblem[]> {
  return target.evaluate(() => {
    const controls = document.querySelectorAll<HTMLElement>('button, input, select, textarea, summary, a[href], [role="button"], [tabindex]:not([tabindex="-1"])');
    const nameOf = (el: HTMLElement) => {
      const by = el.getAttribute('aria-labelledby');
      if (by) return by.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ').trim();
      const aria = el.getAttribute('aria-label')?.trim();
      if (aria) return aria;
      const labels = (el as HTMLInputElement).labels;
      if (labels?.length) return [...labels].map((l) => l.textContent ?? '').join(' ').trim();
      if (/^(BUTTON|SUMMARY|A)$/.test(el.tagName) && el.textContent?.trim()) return el.textContent.trim();
      return el.title.trim();
    };
    const problems = [];
    for (const el of controls) {
      if (el.getClientRects().length === 0 || el.closest('[aria-hidden="true"]')) continue;
      const r = el.getBoundingClientRect();
      const name = nameOf(el);
      if (name === '' || r.width < 24 || r.height < 24) {
        const control = `${el.tagName.toLowerCase()}${el.className ? `.${el.className}` : ''} “${(el.textContent ?? '').trim().slice(0, 30)}”`;
        problems.push({ control, name, width: Math.round(r.width * 10) / 10, height: Math.round(r.height * 10) / 10 });
      }
    }
    return problems;
  });
}
