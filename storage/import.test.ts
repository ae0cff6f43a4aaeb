import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import type { SourcelightDb } from './db';
import { exportNotes } from './export';
import { importNotes, undoImport } from './import';
import { recordVisit, saveNote } from './notes';
import { draft, freshDb } from './testing';
import type { Note } from './types';

async function seeded() {
  const db = freshDb();
  await saveNote(db, draft({ tags: ['economy', 'tax'] }));
  await recordVisit(db, { url: 'https://www.example.com/news/story', title: 'Budget' });
  await saveNote(db, draft({ speaker: null, role: null, body: '', tags: [] }));
  await saveNote(db, draft({ pageUrl: 'https://bbc.co.uk/news/1', speaker: 'Ana Ruiz', body: 'Ünïcödé ✓ "quoted", comma' }));
  return db;
}

async function contents(db: SourcelightDb) {
  return { pages: await db.pages.orderBy('url').toArray(), notes: await db.notes.orderBy('id').toArray() };
}

async function wipe(db: SourcelightDb) {
  await db.transaction('rw', db.pages, db.notes, async () => {
    await db.pages.clear();
    await db.notes.clear();
  });
}

describe('undo', () => {
  it('takes back what an import added, a note kept beside included, and leaves the reader’s notes and edits', async () => {
    const db = await seeded();
    const [note] = await db.notes.toArray();
    const before = await contents(db);
    const newer = { ...note, body: 'from another device', updatedAt: note.updatedAt + 1000 };
    const elsewhere = { ...note, id: crypto.randomUUID(), pageUrl: 'https://example.org/other', body: 'on a new page' };
    const file = JSON.stringify({ format: 'sourcelight-notes', version: 1, exportedAt: '', pages: [], notes: [newer, elsewhere] });
    const { undo } = await importNotes(db, file);
    expect(await db.notes.count()).toBe(5);
    expect(await undoImport(db, undo)).toBe(2);
    expect(await contents(db)).toEqual(before);
  });

  it('keeps an imported note the reader edited after the import', async () => {
    const db = freshDb();
    const source = await seeded();
    const { undo } = await importNotes(db, (await exportNotes(source, 'json')).content);
    const [note] = await db.notes.toArray();
    await saveNote(db, { ...note, body: 'edited after the import' });
    expect(await undoImport(db, undo)).toBe(2);
    expect(await db.notes.toArray()).toEqual([expect.objectContaining({ id: note.id, body: 'edited after the import' })]);
    expect((await db.pages.toArray()).map((p) => p.url)).toEqual([note.pageUrl]);
  });
});

describe('undo, pages', () => {
  it('puts back the title and visit times an import gave a stored page, but not a later visit', async () => {
    const db = freshDb();
    const note = await saveNote(db, draft());
    const stored = (await db.pages.get(note.pageUrl))!;
    await db.pages.put({ ...stored, title: '', firstVisit: 5_000, lastVisit: 6_000 });
    const other = { ...note, id: crypto.randomUUID(), body: 'from another device' };
    const page = { ...stored, title: 'Budget day', firstVisit: 1_000, lastVisit: 9_000 };
    const file = JSON.stringify({ format: 'sourcelight-notes', version: 1, exportedAt: '', pages: [page], notes: [other] });

    const first = await importNotes(db, file);
    expect(await db.pages.get(note.pageUrl)).toMatchObject({ title: 'Budget day', firstVisit: 1_000, lastVisit: 9_000 });
    await undoImport(db, first.undo);
    expect(await db.pages.get(note.pageUrl)).toEqual({ ...stored, title: '', firstVisit: 5_000, lastVisit: 6_000 });

    const second = await importNotes(db, file);
    await db.pages.update(note.pageUrl, { lastVisit: 12_000 }); // the reader came back to the page
    await undoImport(db, second.undo);
    expect(await db.pages.get(note.pageUrl)).toEqual({ ...stored, title: '', firstVisit: 5_000, lastVisit: 12_000 });
  });
});

describe('pages', () => {
  it('imports only the pages the notes are on, never a file’s other pages', async () => {
    const db = freshDb();
    const source = await seeded();
    const file = JSON.parse((await exportNotes(source, 'json')).content);
    file.pages.push({ url: 'https://example.org/visited', title: 'Visited, no note', site: 'example.org', firstVisit: 1, lastVisit: 2 });
    expect(await importNotes(db, JSON.stringify(file))).toMatchObject({ pagesAdded: 2 });
    expect(await db.pages.get('https://example.org/visited')).toBeUndefined();
  });
});

describe('round trip', () => {
  it('Sourcelight JSON: export → wipe → import gives identical pages and notes', async () => {
    const db = await seeded();
    const before = await contents(db);
    const { content } = await exportNotes(db, 'json');
    await wipe(db);
    const result = await importNotes(db, content);
    expect(result).toMatchObject({ format: 'sourcelight', notesAdded: 3, notesKeptBeside: 0, notesUnchanged: 0, notesSkipped: 0, pagesAdded: 2 });
    expect(await contents(db)).toEqual(before);
  });

  it('W3C Web Annotation: export → import into an empty database gives identical notes, but for the article-text position hints', async () => {
    const db = await seeded();
    // The export carries positions in the document only (these notes have none); in the article text, only a tie-breaker, they are not kept.
    const quoteOnly = ({ selector: { exact, prefix, suffix }, ...note }: Note) => ({ ...note, selector: { exact, prefix, suffix } });
    const { notes } = await contents(db);
    const { content } = await exportNotes(db, 'web-annotation');
    const other = freshDb();
    const result = await importNotes(other, content);
    expect(result).toMatchObject({ format: 'web-annotation', notesAdded: 3 });
    expect((await contents(other)).notes.map(quoteOnly)).toEqual(notes.map(quoteOnly));
  });

  it('importing the same file twice creates no duplicates', async () => {
    const db = await seeded();
    const { content } = await exportNotes(db, 'json');
    const before = await contents(db);
    expect(await importNotes(db, content)).toMatchObject({ notesAdded: 0, notesKeptBeside: 0, notesUnchanged: 3, pagesAdded: 0 });
    expect(await contents(db)).toEqual(before);
  });

  it('never overwrites a note the reader edited after the export: the file’s copy is kept beside it', async () => {
    const db = await seeded();
    const { content } = await exportNotes(db, 'json');
    const [note] = await db.notes.toArray();
    await saveNote(db, { ...note, body: 'edited after export' });
    expect(await importNotes(db, content)).toMatchObject({ notesAdded: 0, notesKeptBeside: 1, notesUnchanged: 2 });
    expect((await db.notes.get(note.id))?.body).toBe('edited after export');
    const copies = (await db.notes.toArray()).filter((n) => n.selector.exact === note.selector.exact && n.pageUrl === note.pageUrl && n.body === note.body);
    expect(copies).toHaveLength(1);
    expect(copies[0]).toMatchObject({ ...note, id: expect.not.stringMatching(note.id) });
    // Imported again: the copy is found, nothing is added.
    expect(await importNotes(db, content)).toMatchObject({ notesAdded: 0, notesKeptBeside: 0, notesUnchanged: 3 });
    expect(await db.notes.count()).toBe(4);
  });

  it('a newer copy from another device is kept beside the stored note, not over it', async () => {
    const db = await seeded();
    const [note] = await db.notes.toArray();
    const newer = { ...note, body: 'from another device', updatedAt: note.updatedAt + 1000 };
    const file = JSON.stringify({ format: 'sourcelight-notes', version: 1, exportedAt: '', pages: [], notes: [newer] });
    expect(await importNotes(db, file)).toMatchObject({ notesAdded: 0, notesKeptBeside: 1 });
    expect(await db.notes.get(note.id)).toEqual(note);
    expect((await db.notes.toArray()).filter((n) => n.body === 'from another device')).toHaveLength(1);
  });

  it('a note identical but for its timestamps is already there', async () => {
    const db = await seeded();
    const [note] = await db.notes.toArray();
    const file = JSON.stringify({ format: 'sourcelight-notes', version: 1, exportedAt: '', pages: [], notes: [{ ...note, updatedAt: note.updatedAt + 5 }] });
    expect(await importNotes(db, file)).toMatchObject({ notesAdded: 0, notesKeptBeside: 0, notesUnchanged: 1 });
    expect(await db.notes.count()).toBe(3);
  });
});

describe('Web Annotation round trip', () => {
  it('keeps the document-level selectors and the speaker kind', async () => {
    const db = freshDb();
    const document = { exact: 'we will not raise taxes', prefix: 'Budget: "', suffix: '", adding', start: 300, end: 323 };
    await saveNote(db, draft({ speaker: null, speakerKind: 'anonymous', selector: { ...draft().selector, document } }));
    const { content } = await exportNotes(db, 'web-annotation');
    const other = freshDb();
    await importNotes(other, content);
    const [note] = await other.notes.toArray();
    expect(note.speakerKind).toBe('anonymous');
    expect(note.selector.document).toEqual(document);
    expect((await exportNotes(other, 'web-annotation')).content).toContain('"start": 300');
  });
});

describe('third-party Web Annotations', () => {
  const hypothesisLike = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationPage',
    items: [
      {
        id: 'https://hypothes.is/a/AbC123',
        type: 'Annotation',
        created: '2023-01-02T03:04:05Z',
        body: [{ type: 'TextualBody', value: 'Doubtful.' }, { type: 'TextualBody', purpose: 'tagging', value: 'fact-check' }],
        target: [{ source: 'https://www.example.com/news/story/?utm_source=x', selector: [{ type: 'TextQuoteSelector', exact: 'raise taxes' }] }],
      },
      { id: 'https://hypothes.is/a/page-note', type: 'Annotation', body: 'A page note', target: 'https://www.example.com/news/story' },
    ],
  };

  it('imports quote annotations with stable ids, skips ones without a quote', async () => {
    const db = freshDb();
    const text = JSON.stringify(hypothesisLike);
    expect(await importNotes(db, text)).toMatchObject({ notesAdded: 1, notesSkipped: 1, pagesAdded: 1 });
    expect(await importNotes(db, text)).toMatchObject({ notesAdded: 0, notesUnchanged: 1 });
    const [note] = await db.notes.toArray();
    expect(note).toMatchObject({
      pageUrl: 'https://www.example.com/news/story',
      body: 'Doubtful.',
      tags: ['fact-check'],
      speaker: null,
      createdAt: Date.parse('2023-01-02T03:04:05Z'),
      selector: { exact: 'raise taxes', prefix: '', suffix: '' },
    });
    expect(await db.notes.count()).toBe(1);
  });
});

describe('bad files are refused with a clear message and change nothing', () => {
  const validNote = () => JSON.parse(JSON.stringify({ ...draft(), id: '8d0e6c4e-6f0b-4a51-9f3e-4f1f0a3c2b1a', createdAt: 1, updatedAt: 2 }));
  const sourcelight = (notes: unknown[]) => JSON.stringify({ format: 'sourcelight-notes', version: 1, exportedAt: 'x', pages: [], notes });

  it.each([
    ['truncated JSON', sourcelight([validNote()]).slice(0, 80), /not valid JSON/],
    ['empty file', '', /not valid JSON/],
    ['an unrelated JSON document', '{"hello": "world"}', /neither a Sourcelight export nor a W3C Web Annotation/],
    ['a wrong type', sourcelight([{ ...validNote(), body: 42 }]), /notes\[0\]\.body: .*string/],
    ['a missing field', sourcelight([{ ...validNote(), selector: undefined }]), /notes\[0\]\.selector/],
    ['a huge string', sourcelight([{ ...validNote(), body: 'x'.repeat(200_000) }]), /notes\[0\]\.body: Too big/],
    ['too many tags', sourcelight([{ ...validNote(), tags: Array.from({ length: 500 }, (_, i) => `t${i}`) }]), /notes\[0\]\.tags/],
    ['a bad id', sourcelight([{ ...validNote(), id: 'not-a-uuid' }]), /notes\[0\]\.id/],
    ['a prototype-pollution key', sourcelight([{ ...validNote() }]).replace('"body"', '"__proto__":{"isAdmin":true},"body"'), /forbidden key "__proto__"/],
    ['a constructor key', '{"format":"sourcelight-notes","constructor":{"prototype":{}}}', /forbidden key/],
    ['a newer format version', JSON.stringify({ format: 'sourcelight-notes', version: 9, pages: [], notes: [] }), /newer Sourcelight/],
    ['an invalid Web Annotation', JSON.stringify({ type: 'Annotation', target: 42 }), /Web Annotation file: target/],
    ['a linked-only collection', JSON.stringify({ type: 'AnnotationCollection', first: 'https://x/page1' }), /Web Annotation file/],
    ['a CSV export', '\uFEFFid,page_url,page_title,site,speaker\r\n1,https://x,T,x,Ana\r\n', /looks like a CSV file; Sourcelight imports its own JSON export \(\.json\) or a W3C Web Annotation file/],
    ['a Markdown export', '# Sourcelight notes\n\nExported 2024-05-01: 1 note on 1 page.\n', /looks like a Markdown file; Sourcelight imports/],
    ['an HTML page', '<!DOCTYPE html><html><body>x</body></html>', /looks like an HTML page; Sourcelight imports/],
  ])('%s', async (_label, file, message) => {
    const db = await seeded();
    const before = await contents(db);
    const error = await importNotes(db, file).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'StorageError', code: 'invalid-import' });
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).toMatch(/Nothing was changed/);
    expect(await contents(db)).toEqual(before);
  });

  it('a failure while writing rolls the whole import back', async () => {
    const db = await seeded();
    const { content } = await exportNotes(db, 'json');
    const other = freshDb();
    vi.spyOn(other.notes, 'bulkAdd').mockRejectedValueOnce(new Error('disk on fire'));
    await expect(importNotes(other, content)).rejects.toMatchObject({ name: 'StorageError' });
    expect(await other.pages.count()).toBe(0);
    expect(await other.notes.count()).toBe(0);
  });
});
