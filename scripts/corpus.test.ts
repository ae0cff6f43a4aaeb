// Robustness: every page of the shared corpus goes through the CLI path (parse, extract, engine) without error.
import { describe, expect, it } from 'vitest';
import { annotateFile } from './annotate-lib';
import { CORPUS_DIR, PAGES_DIR, corpusAvailable, pageFiles } from './corpus-paths';

const available = corpusAvailable();
const title = available ? 'corpus pages' : `corpus pages SKIPPED: no shared corpus at ${CORPUS_DIR}`;

describe.skipIf(!available)(title, () => {
  const files = available ? pageFiles(PAGES_DIR) : [];

  it('holds the 181 pages', () => expect(files.length).toBe(181));

  it.each(files)('%s goes through the CLI path', async (file) => {
    const prediction = await annotateFile(file);
    expect(Array.isArray(prediction.quotes)).toBe(true);
    expect(Array.isArray(prediction.people)).toBe(true);
  });
});
