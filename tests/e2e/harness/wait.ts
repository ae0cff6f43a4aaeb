// Waits for a condition in a page or frame by polling `evaluate`. Puppeteer's waitForFunction builds
// its predicate with Function(), which an extension page's CSP refuses in Firefox 140 (Debian's ESR);
// evaluate is not subject to it, so extension pages, the popup and the card's frame are waited on so.
import type { Frame, Page } from 'puppeteer-core';

export interface WaitOptions {
  /** Milliseconds between checks (default 50). */
  polling?: number;
  /** Milliseconds before giving up (default 30 s). */
  timeout?: number;
}

export async function waitUntil<A extends unknown[], R>(
  target: Page | Frame,
  predicate: (...args: A) => R | Promise<R>,
  options: WaitOptions = {},
  ...args: A
): Promise<Awaited<R>> {
  const { polling = 50, timeout = 30_000 } = options;
  const deadline = Date.now() + timeout;
  for (;;) {
    // A navigation or a frame being replaced can fail one check; the next one decides.
    const value = await (target.evaluate as (fn: typeof predicate, ...a: A) => Promise<Awaited<R>>)(predicate, ...args).catch(() => undefined);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`waited ${timeout} ms for ${predicate.toString().slice(0, 120)}`);
    await new Promise((resolve) => setTimeout(resolve, polling));
  }
}
