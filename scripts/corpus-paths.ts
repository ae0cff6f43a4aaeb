// Where the shared corpus lives relative to the repository (a sibling checkout, ../shared/corpus).
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { isPageFile } from './input-files';

export const CORPUS_DIR = path.resolve(process.env.SOURCELIGHT_CORPUS ?? '../shared/corpus');
export const DEV_DIR = path.join(CORPUS_DIR, 'dev');
export const PAGES_DIR = path.join(CORPUS_DIR, 'pages');
export const corpusAvailable = () => existsSync(DEV_DIR) && existsSync(PAGES_DIR);

/** The page files (.html, .htm, .txt) of a corpus folder, sorted. */
export function pageFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter(isPageFile)
    .sort()
    .map((f) => path.join(dir, f));
}
