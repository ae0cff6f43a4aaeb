// The sources zip for a store's reviewer: every committed file (tests, fixtures, docs and the
// screenshots the README shows included), so that `npm ci && npm run build` rebuilds the extension
// and `npm run test:unit` passes in the unpacked folder. WXT's own sources zip always leaves out
// *.test.ts, so `npm run zip` writes this one instead (wxt.config.ts: zipSources false).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const { name, version } = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; version: string };
const out = path.join('.output', `${name}-${version}-sources.zip`);
const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' });

const changed = git('status', '--porcelain', '--untracked-files=no').trim();
if (changed) console.warn(`sources zip: uncommitted changes are not in it (it holds commit ${git('rev-parse', '--short', 'HEAD').trim()}):\n${changed}`);
mkdirSync('.output', { recursive: true });
git('archive', '--format=zip', `--output=${out}`, 'HEAD');
console.log(`sources zip: ${out} (${git('ls-tree', '-r', '--name-only', 'HEAD').trim().split('\n').length} files)`);
