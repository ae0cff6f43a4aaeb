import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { openSourcelightDb, SCHEMA_V1, tagsFromV1 } from './db';
import { listNotes } from './notes';

const selector = { exact: 'q', prefix: '', suffix: '', start: 0, end: 1, codePointStart: 0, codePointEnd: 1 };

/** A note as the first release stored it: tags were one free-text string. */
function v1Note(id: string, tags: string | undefined, pageUrl = 'https://www.example.com/a') {
  return { id, pageUrl, selector, speaker: 'Jane Doe', role: 'Mayor', body: `body ${id}`, tags, createdAt: 1, updatedAt: 2 };
}

async function fillV1(name: string) {
  const v1 = new Dexie(name);
  v1.version(1).stores(SCHEMA_V1);
  await v1.table('pages').bulkAdd([
    { url: 'https://www.example.com/a', title: 'A', firstVisit: 1, lastVisit: 2 },
    { url: 'https://bbc.co.uk/b', title: 'B', firstVisit: 3, lastVisit: 4 },
  ]);
  await v1.table('notes').bulkAdd([
    v1Note('11111111-1111-4111-8111-111111111111', 'Economy, budget ,economy,,'),
    v1Note('22222222-2222-4222-8222-222222222222', undefined, 'https://bbc.co.uk/b'),
    v1Note('33333333-3333-4333-8333-333333333333', ''),
  ]);
  v1.close();
}

describe('schema migration v1 → v3', () => {
  it('keeps every page and note, turning tags into lists and adding sites', async () => {
    const name = `migration-${Math.random()}`;
    await fillV1(name);

    const db = openSourcelightDb(name);
    await db.open();
    expect(db.verno).toBe(3);

    const notes = await db.notes.orderBy('id').toArray();
    expect(notes.map((n) => n.tags)).toEqual([['Economy', 'budget'], [], []]);
    expect(notes.map((n) => n.body)).toEqual([
      'body 11111111-1111-4111-8111-111111111111',
      'body 22222222-2222-4222-8222-222222222222',
      'body 33333333-3333-4333-8333-333333333333',
    ]);
    expect(notes[0]).toMatchObject({ speaker: 'Jane Doe', role: 'Mayor', selector, createdAt: 1, updatedAt: 2 });

    const pages = await db.pages.orderBy('url').toArray();
    expect(pages).toEqual([
      { url: 'https://bbc.co.uk/b', title: 'B', site: 'bbc.co.uk', firstVisit: 3, lastVisit: 4 },
      { url: 'https://www.example.com/a', title: 'A', site: 'example.com', firstVisit: 1, lastVisit: 2 },
    ]);

    // The new indexes work on migrated data.
    expect(await listNotes(db, { tag: 'budget' })).toHaveLength(1);
    expect(await listNotes(db, { site: 'bbc.co.uk' })).toHaveLength(1);
    db.close();
  });
});

describe('tagsFromV1', () => {
  it('splits, trims and de-duplicates; passes lists through; ignores junk', () => {
    expect(tagsFromV1(' a, B ,b,')).toEqual(['a', 'B']);
    expect(tagsFromV1(['x', 3, 'y'])).toEqual(['x', 'y']);
    expect(tagsFromV1(null)).toEqual([]);
  });
});
