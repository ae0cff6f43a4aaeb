import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { draft } from '@/storage/testing';
import type { Note } from '@/storage/types';
import type { QuoteAnchor, SaveStatus } from '@/utils/card';
import { announceChange, draftKey, readDraft } from '@/utils/drafts';
import { BackgroundUnavailable, type askBackground } from '@/utils/messages';
import { QuoteNote } from './quote-note';

type Ask = typeof askBackground;
const ask = vi.hoisted(() => ({ fn: vi.fn() }));
vi.mock('@/utils/messages', async (original) => ({ ...(await original<object>()), askBackground: (...args: Parameters<Ask>) => ask.fn(...args) }));

const { tags: _tags, body: _body, ...anchor } = draft();
const ANCHOR: QuoteAnchor = { ...anchor, speakerKind: 'person' };
const KEY = draftKey(ANCHOR);

/** A save the test answers when it chooses. */
function deferredSaves() {
  const pending: { body: string; id: string; resolve(note: Note | null): void; reject(err: unknown): void }[] = [];
  ask.fn.mockImplementation((_type: string, payload: { body: string; id: string }) =>
    new Promise((resolve, reject) => pending.push({ ...payload, resolve, reject })));
  return pending;
}
const stored = (id: string, body: string): Note => ({ ...draft({ body }), id, createdAt: 1, updatedAt: 2 });
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function events() {
  const statuses: SaveStatus['kind'][] = [];
  const texts: string[] = [];
  return { statuses, texts, on: { status: (s: SaveStatus) => statuses.push(s.kind), text: (t: string) => texts.push(t), stored: () => undefined } };
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  ask.fn.mockReset();
  vi.useRealTimers();
});

describe('QuoteNote', () => {
  it('sends every text at once, keeps the newest draft while an older save is confirmed, and removes it once it is stored', async () => {
    const saves = deferredSaves();
    const { on, statuses } = events();
    const note = await QuoteNote.open(ANCHOR, null, on);
    note.edit('the whole');
    note.edit('the whole sentence');
    await flush();
    expect(saves.map((s) => s.body)).toEqual(['the whole', 'the whole sentence']);
    saves[0].resolve(stored(saves[0].id, 'the whole'));
    await flush();
    expect((await readDraft(KEY))?.body).toBe('the whole sentence');
    expect(statuses.at(-1)).toBe('saving');
    saves[1].resolve(stored(saves[1].id, 'the whole sentence'));
    await flush();
    await flush();
    expect(await readDraft(KEY)).toBeUndefined();
    expect(statuses.at(-1)).toBe('saved');
  });

  it('asks a background that did not answer again, with the same id, and says so in plain words', async () => {
    vi.useFakeTimers();
    const saves = deferredSaves();
    const messages: string[] = [];
    const note = await QuoteNote.open(ANCHOR, null, { status: (s) => s.kind === 'error' && messages.push(s.message), text: () => undefined, stored: () => undefined });
    note.edit('typed while the worker stopped');
    saves[0].reject(new BackgroundUnavailable());
    await vi.advanceTimersByTimeAsync(0);
    expect(messages).toEqual(['Sourcelight is restarting; trying again. Your text is kept on this device.']);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(saves).toHaveLength(2);
    expect(saves[1]).toMatchObject({ id: saves[0].id, body: 'typed while the worker stopped' });
  });

  it('shows the text another card typed on the same quote, and never calls it saved here', async () => {
    deferredSaves();
    const { on, statuses, texts } = events();
    await QuoteNote.open(ANCHOR, stored(crypto.randomUUID(), 'stored'), on);
    const other = await QuoteNote.open(ANCHOR, stored(crypto.randomUUID(), 'stored'), events().on);
    other.edit('typed in the other tab');
    await flush();
    expect(texts).toEqual(['typed in the other tab']);
    expect(statuses.at(-1)).toBe('elsewhere');
    expect(statuses).not.toContain('saving');
  });
  it('shows a note saved on the notes page after its own last save, drops the answers to saves sent before it, and builds on it', async () => {
    const saves = deferredSaves();
    const { on, statuses, texts } = events();
    const note = await QuoteNote.open(ANCHOR, null, on);
    note.edit('typed in the card');
    await flush();
    const id = saves[0].id;
    await announceChange({ id, body: 'from the notes page', updatedAt: 5 });
    await flush();
    saves[0].resolve({ ...stored(id, 'typed in the card'), updatedAt: 4 });
    await flush();
    expect(texts).toEqual(['from the notes page']);
    expect(statuses.at(-1)).toBe('outside');
    note.edit('from the notes page, then the card');
    await flush();
    expect(saves.map((s) => s.body)).toEqual(['typed in the card', 'from the notes page, then the card']);
  });

  it('ignores a notes-page change older than a save already stored', async () => {
    const saves = deferredSaves();
    const { on, texts } = events();
    const note = await QuoteNote.open(ANCHOR, null, on);
    note.edit('the card, later');
    await flush();
    saves[0].resolve({ ...stored(saves[0].id, 'the card, later'), updatedAt: 9 });
    await flush();
    await announceChange({ id: saves[0].id, body: 'the notes page, earlier', updatedAt: 8 });
    await flush();
    expect(texts).toEqual([]);
    expect(note.body).toBe('the card, later');
  });
});
