// Firefox ESR 140 refuses puppeteer's waitForFunction in the extension's own pages (its poller is
// built with Function(), which their CSP blocks: "call to Function() blocked by CSP"), while evaluate
// works there. Firefox frames therefore wait by evaluating the predicate until it holds.
import type { Frame, JSHandle, Page } from 'puppeteer-core';

type WaitOptions = { polling?: number | 'raf' | 'mutation'; timeout?: number };
type Evaluable = Parameters<Frame['evaluateHandle']>[0];

const DEFAULT_TIMEOUT_MS = 30_000;
const patched = new WeakSet<object>();

async function pollUntilTruthy(frame: Frame, fn: Evaluable, options: WaitOptions = {}, args: unknown[]): Promise<JSHandle> {
  const every = typeof options.polling === 'number' ? options.polling : 16;
  const timeout = options.timeout ?? DEFAULT_TIMEOUT_MS;
  const deadline = Date.now() + timeout;
  for (;;) {
    if (frame.detached) throw new Error('waitForFunction failed: frame got detached.');
    const handle = await frame.evaluateHandle(fn, ...(args as []));
    if (await handle.evaluate((value) => Boolean(value))) return handle;
    await handle.dispose();
    if (timeout > 0 && Date.now() > deadline) throw new Error(`Waiting failed: ${timeout}ms exceeded`);
    await new Promise((resolve) => setTimeout(resolve, every));
  }
}

/** Makes every frame of Firefox pages like `page` wait by polling with evaluate. */
export function pollWaitsInFirefox(page: Page): void {
  const proto = Object.getPrototypeOf(page.mainFrame()) as Frame;
  if (patched.has(proto)) return;
  patched.add(proto);
  Object.defineProperty(proto, 'waitForFunction', {
    configurable: true,
    value(this: Frame, fn: Evaluable, options?: WaitOptions, ...args: unknown[]) {
      return pollUntilTruthy(this, fn, options, args);
    },
  });
}
