// CLI: npm run --silent annotate -- [--format json|csv|summary] [--blocks] FILE|FOLDER...
// json (the default) prints an array of predictions; csv one row per quote; summary one row per
// article (its sourcing profile). A folder is walked for .html, .htm and .txt pages.
// --blocks prints each file's extracted article blocks instead (to inspect the DOM layer).
import { FORMATS, type Format } from './annotate-formats';
import { runAnnotate } from './annotate-run';
import { inputFiles } from './input-files';

const USAGE = `usage: npm run --silent annotate -- [--format ${FORMATS.join('|')}] [--blocks] FILE|FOLDER...`;

function parseArgs(args: string[]): { format: Format; blocks: boolean; paths: string[] } | null {
  let format: string = 'json';
  let blocks = false;
  const paths: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--blocks') blocks = true;
    else if (arg === '--format') format = args[++i] ?? '';
    else if (arg.startsWith('--format=')) format = arg.slice('--format='.length);
    else paths.push(arg);
  }
  const known = (FORMATS as readonly string[]).includes(format);
  if (!known || !paths.length || (blocks && format !== 'json')) return null;
  return { format: format as Format, blocks, paths };
}

const options = parseArgs(process.argv.slice(2));
if (!options) {
  console.error(USAGE);
  process.exit(2);
}
// A reader that stops early (`| head`) closes the pipe: stop quietly, as other command-line tools do.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  process.exit(0);
});
const files = await inputFiles(options.paths);
const failed = await runAnnotate({ files, format: options.format, blocks: options.blocks, out: process.stdout, err: process.stderr });
process.exitCode = failed ? 1 : 0;
