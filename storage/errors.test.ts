import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { SCHEMA_V2, type SourcelightDb } from './db';
import { StorageError, toStorageError } from './errors';
import { listNotes, saveNote } from './notes';
import { draft, freshDb } from './testing';

const dom = (name: string) => new DOMException('browser says no', name);

describe('toStorageError', () => {
  it.each([
    ['QuotaExceededError DOMException', dom('QuotaExceededError'), 'quota-exceeded', /run out of storage space/],
    ['Dexie AbortError wrapping a quota error', new Dexie.AbortError('Transaction aborted', dom('QuotaExceededError')), 'quota-exceeded', /run out of storage space/],
    ['Dexie QuotaExceededError', new Dexie.QuotaExceededError(), 'quota-exceeded', /storage space/],
    ['VersionError', dom('VersionError'), 'version-mismatch', /newer version of Sourcelight/],
    ['VersionChangeError (another tab upgrading)', new Dexie.DatabaseClosedError(new Dexie.VersionChangeError()), 'blocked', /another tab/],
    ['MissingAPIError (no IndexedDB)', new Dexie.MissingAPIError(), 'unavailable', /private window/],
    ['Firefox private window', new Dexie.OpenFailedError(dom('InvalidStateError')), 'unavailable', /private window/],
    ['Chrome backing-store failure', dom('UnknownError'), 'unavailable', /unavailable/],
    ['anything else', new TypeError('x is undefined'), 'unknown', /try again/],
    ['a thrown string', 'boom', 'unknown', /try again/],
  ])('%s → %s', (_label, raw, code, message) => {
    const error = toStorageError(raw);
    expect(error).toBeInstanceOf(StorageError);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
    expect(error.cause).toBe(raw);
  });

  it('passes StorageErrors through and serialises for messaging', () => {
    const original = new StorageError('invalid-import', 'bad file');
    expect(toStorageError(original)).toBe(original);
    expect(JSON.parse(JSON.stringify(original))).toEqual({ name: 'StorageError', code: 'invalid-import', message: 'bad file' });
  });
});

describe('repository functions reject only with StorageError', () => {
  it('a full disk while saving', async () => {
    const db = freshDb();
    vi.spyOn(db.notes, 'put').mockRejectedValueOnce(dom('QuotaExceededError'));
    await expect(saveNote(db, draft())).rejects.toMatchObject({ name: 'StorageError', code: 'quota-exceeded' });
    expect(await db.notes.count()).toBe(0);
  });

  it('IndexedDB refusing to open (as in a Firefox private window)', async () => {
    const refusing = { open: () => { throw dom('InvalidStateError'); } } as unknown as IDBFactory;
    const db = new Dexie(`private-${Math.random()}`, { indexedDB: refusing, IDBKeyRange }) as SourcelightDb;
    db.version(2).stores(SCHEMA_V2);
    await expect(listNotes(db)).rejects.toMatchObject({ name: 'StorageError', code: 'unavailable' });
  });
});
