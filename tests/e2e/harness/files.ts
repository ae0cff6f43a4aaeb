// Files the tests write or wait for: screenshots under artifacts/, downloads.
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const SCREENSHOTS = path.resolve('artifacts/screenshots');

export function screenshotPath(name: string): `${string}.png` {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return path.join(SCREENSHOTS, `${name}.png`) as `${string}.png`;
}

/** Waits for a finished download in `dir` and returns its name and text, or null after `timeoutMs`. */
export async function waitForDownload(dir: string, timeoutMs = 15_000): Promise<{ name: string; text: string } | null> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const files = existsSync(dir) ? readdirSync(dir) : [];
    const inProgress = files.some((f) => /\.(crdownload|part)$/.test(f));
    const text = files.length && !inProgress ? readFileSync(path.join(dir, files[0]), 'utf8') : '';
    if (text) return { name: files[0], text };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return null;
}
