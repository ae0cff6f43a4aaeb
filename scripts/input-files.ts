// The page files a CLI run reads: each argument is a file, or a folder walked for its pages.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

export const isPageFile = (file: string) => /\.(html?|txt)$/i.test(file);

/**
 * Every argument that is a file, as given, and every page file (.html, .htm, .txt) under every
 * folder, in sorted order. Only paths are held, so a folder of 10,000 articles costs a list of names.
 */
export async function inputFiles(args: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const arg of args) {
    const isDir = await stat(arg).then((s) => s.isDirectory(), () => false); // a missing file is reported when read
    if (isDir) files.push(...(await walk(arg)));
    else files.push(arg);
  }
  return files;
}

async function walk(dir: string): Promise<string[]> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(full)));
    else if (entry.isFile() && isPageFile(entry.name)) files.push(full);
  }
  return files;
}
