// The gold sets of the shared corpus and their scoring with the corpus's own score.mjs: each set on
// its own and all sets pooled (one scorer run over every gold file, so the total weighs every quote once).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { annotateFile, type Prediction } from './annotate-lib';
import { CORPUS_DIR, DEV_DIR, PAGES_DIR } from './corpus-paths';

export interface GoldSet {
  name: string;
  dir: string;
}

export interface Figures {
  pages: number;
  missingPages: number;
  quoteP: number;
  quoteR: number;
  quoteF1: number;
  attributionAcc: number;
  whoSaidWhatF1: number;
  peopleP: number;
  peopleR: number;
  peopleF1: number;
}

export interface SetScore {
  name: string;
  figures: Figures;
  /** The scorer's per-page lines (misses, wrong speakers, extras). */
  verbose: string;
  /** The engine's predictions for the set's pages. */
  predictions: Prediction[];
}

/** dev (pages beside their gold) and dev-2 (gold only; its pages are in pages/), where present. */
export const GOLD_SETS: GoldSet[] = [
  { name: 'dev', dir: DEV_DIR },
  { name: 'dev-2', dir: path.join(CORPUS_DIR, 'dev-2') },
].filter((s) => existsSync(s.dir));

const goldFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort();

/** The page file a gold file names: beside it, or in pages/. */
function pageOf(set: GoldSet, goldFile: string): string {
  const gold = JSON.parse(readFileSync(path.join(set.dir, goldFile), 'utf8')) as { page?: string; source?: string };
  const name = path.basename(gold.page ?? gold.source ?? goldFile.replace('.gold.json', '.html'));
  const beside = path.join(set.dir, name);
  return existsSync(beside) ? beside : path.join(PAGES_DIR, name);
}

function runScorer(goldDir: string, predFile: string): { figures: Figures; verbose: string } {
  const run = spawnSync(process.execPath, [path.join(CORPUS_DIR, 'score.mjs'), goldDir, predFile, '--verbose'], {
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`score.mjs failed on ${goldDir}: ${run.stderr}`);
  const lines = run.stdout.trim().split('\n');
  return { figures: JSON.parse(lines.at(-1)!) as Figures, verbose: lines.slice(0, -1).join('\n') };
}

/** Annotates every gold page and scores each set, then all of them together (name "total"). */
export async function scoreGoldSets(): Promise<SetScore[]> {
  const work = mkdtempSync(path.join(tmpdir(), 'sourcelight-gold-'));
  try {
    const pooled = path.join(work, 'all-gold');
    const allPredictions: Prediction[] = [];
    const scores: SetScore[] = [];
    for (const set of GOLD_SETS) {
      const predictions: Prediction[] = [];
      for (const g of goldFiles(set.dir)) predictions.push(await annotateFile(pageOf(set, g)));
      const predFile = path.join(work, `${set.name}.json`);
      writeFileSync(predFile, JSON.stringify(predictions));
      scores.push({ name: set.name, ...runScorer(set.dir, predFile), predictions });
      allPredictions.push(...predictions);
    }
    // The pooled run: links to every set's gold files in one folder (their names do not collide).
    mkdirSync(pooled);
    for (const set of GOLD_SETS) for (const g of goldFiles(set.dir)) symlinkSync(path.join(set.dir, g), path.join(pooled, g));
    const allFile = path.join(work, 'all.json');
    writeFileSync(allFile, JSON.stringify(allPredictions));
    scores.push({ name: 'total', ...runScorer(pooled, allFile), predictions: allPredictions });
    return scores;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
