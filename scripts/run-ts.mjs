#!/usr/bin/env node
// Runs a TypeScript script: bundles it with esbuild (engine/ imports have no .ts extensions, which
// --experimental-strip-types cannot resolve) into node_modules/.cache, then imports the bundle.
// usage: node scripts/run-ts.mjs scripts/NAME.ts [ARGS...]
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs scripts/NAME.ts [ARGS...]');
  process.exit(2);
}
const outfile = path.join(root, 'node_modules/.cache/sourcelight-scripts', `${path.basename(entry, '.ts')}.mjs`);
await build({
  entryPoints: [path.resolve(root, entry)],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
process.argv = [process.argv[0], outfile, ...args];
await import(pathToFileURL(outfile).href);
