#!/usr/bin/env node
// Runs a TypeScript script: bundles it with rolldown (Vite's bundler, so no extra dependency; engine/
// imports have no .ts extensions and may import types without `import type`, which Node's own type
// stripping cannot run) into node_modules/.cache, then imports the bundle in this process.
// usage: node scripts/run-ts.mjs scripts/NAME.ts [ARGS...]
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'rolldown';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs scripts/NAME.ts [ARGS...]');
  process.exit(2);
}
const outfile = path.join(root, 'node_modules/.cache/sourcelight-scripts', `${path.basename(entry, '.ts')}.mjs`);
// Packages stay external (resolved from node_modules at run time); project files and JSON data are bundled.
const isPackage = (id) => !id.startsWith('.') && !path.isAbsolute(id) && !id.endsWith('.json');
await build({
  input: path.resolve(root, entry),
  platform: 'node',
  external: isPackage,
  logLevel: 'warn',
  output: { file: outfile, format: 'esm' },
});
process.argv = [process.argv[0], outfile, ...args];
await import(pathToFileURL(outfile).href);
