// Every note across all pages: search, filter, edit, delete with undo, open on its page, export, import;
// the sourcing profile of the notes shown and of each of their pages, whose parts narrow the list.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Note, NoteFilter } from '@/storage/types';
import { askBackground } from '@/utils/messages';
import { ExportNotes } from '@/components/ExportNotes';
import { ImportNotes } from '@/components/ImportNotes';
import { ClearVisits } from '@/components/ClearVisits';
import { NoteRow } from '@/components/NoteRow';
import { NotesFilters } from '@/components/NotesFilters';
import type { FilterOptions } from '@/storage/note-index';
import { NotesProfiles } from '@/components/NotesProfiles';
import { pickedNotes, type NotesPick } from '@/components/notes-profile';
import { listStatus } from '@/components/notes-count';
import { partLabel } from '@/components/profile-labels';

/** Notes fetched per query. The profiles (and picking in them) need every matching note, so they are drawn up to this many. */
const FETCH_LIMIT = 1_000;
/** Rows added to the list at a time: a long list is never laid out whole. */
const ROWS_STEP = 100;

const NO_OPTIONS: FilterOptions & { count: number } = { count: 0, sites: [], speakers: [], nameless: [], tags: [] };

export function NotesPage() {
  const [options, setOptions] = useState(NO_OPTIONS);
  const [filter, setFilter] = useState<NoteFilter>({ order: 'newest' });
  // How many notes match; with filters, every matching id (the background searches its index); and the first of those notes.
  // Null until the first answer: the page says it is loading, not that there are no notes.
  const [total, setTotal] = useState<number | null>(null);
  const [ids, setIds] = useState<string[] | null>(null);
  const [fetched, setFetched] = useState<Note[]>([]);
  const [rows, setRows] = useState(ROWS_STEP);
  const [error, setError] = useState('');
  const [undo, setUndo] = useState<Note | null>(null);
  const [titles, setTitles] = useState<Map<string, string>>(new Map());
  const [pick, setPick] = useState<NotesPick | null>(null);

  /** Adds the titles of these notes' pages to those known. */
  const addTitles = async (notes: Note[], known: Map<string, string>) => {
    const urls = unique(notes.map((n) => n.pageUrl)).filter((u) => !known.has(u));
    const pages = [];
    for (let at = 0; at < urls.length; at += 2_000) pages.push(...(await askBackground('pages:get', { urls: urls.slice(at, at + 2_000) })));
    return new Map([...known, ...pages.filter((p) => p.title).map((p) => [p.url, p.title] as const)]);
  };

  // Each keystroke in the search box starts a reload; only the latest one may show its answer.
  const latestReload = useRef(0);
  const reload = async () => {
    const run = ++latestReload.current;
    try {
      const found = await askBackground('notes:query', { ...filter, offset: 0, limit: FETCH_LIMIT });
      const pageTitles = await addTitles(found.notes, new Map());
      if (run !== latestReload.current) return;
      setTotal(found.total);
      setIds(found.ids);
      setFetched(found.notes);
      setTitles(pageTitles);
      setRows(ROWS_STEP);
      setError('');
      // The filters' choices and the count of all notes come second: the first rows need neither.
      const opts = await askBackground('notes:options', null);
      if (run === latestReload.current) setOptions(opts);
    } catch (err) {
      if (run === latestReload.current) setError(err instanceof Error ? err.message : String(err));
    }
  };
  useEffect(() => void reload(), [filter]);
  const changeFilter = (f: NoteFilter) => {
    setPick(null); // a pick belongs to the profile of the notes the old filters selected
    setFilter(f);
  };
  const complete = fetched.length === (total ?? 0);
  const listed = useMemo(() => (complete ? pickedNotes(fetched, pick) : fetched), [fetched, pick, complete]);
  const count = pick ? listed.length : (total ?? 0);

  const showMore = async () => {
    const want = rows + ROWS_STEP;
    if (!pick && want > fetched.length && !complete) {
      const more = ids
        ? await askBackground('notes:get', { ids: ids.slice(fetched.length, fetched.length + FETCH_LIMIT) })
        : (await askBackground('notes:query', { ...filter, offset: fetched.length, limit: FETCH_LIMIT })).notes;
      setTitles(await addTitles(more, titles));
      setFetched([...fetched, ...more]);
    }
    setRows(want);
  };

  const remove = async (note: Note) => {
    await askBackground('notes:delete', { id: note.id });
    setUndo(note);
    await reload();
  };
  const restore = async () => {
    if (!undo) return;
    await askBackground('notes:restore', undo);
    setUndo(null);
    await reload();
  };
  // Without filters the export takes every note (read in chunks), not a list of ids.
  const everything = !pick && ids === null;

  return (
    <main>
      <h1>Sourcelight notes</h1>
      <NotesFilters filter={filter} options={options} onChange={changeFilter} />
      {error && <p class="error" role="alert">{error}</p>}
      {complete ? (
        <NotesProfiles notes={fetched} titles={titles} pick={pick} onPick={setPick} />
      ) : (
        <p class="muted profiles-limit">The profiles count up to {FETCH_LIMIT.toLocaleString('en')} notes: search or filter to see those of fewer.</p>
      )}
      <p class="filter-status" role="status">
        {pick && (
          <>
            Picked in the profile{pick.page ? ` of ${titles.get(pick.page) ?? pick.page}` : ''}: {partLabel(pick.part)}.{' '}
            <button type="button" class="link" onClick={() => setPick(null)}>Show all</button>
          </>
        )}
      </p>
      <p class="muted note-count" role="status">{listStatus(total === null ? null : Math.max(options.count, total), count)}</p>
      <ul>
        {listed.slice(0, rows).map((note) => (
          <NoteRow key={note.id} note={note} pageTitle={titles.get(note.pageUrl)} onSaved={reload} onDelete={() => remove(note)} />
        ))}
      </ul>
      {count > rows && (
        <button type="button" class="show-more" onClick={() => void showMore()}>
          Show {Math.min(ROWS_STEP, count - rows)} more of {count - rows}
        </button>
      )}
      <div class="io">
        <ExportNotes ids={everything ? undefined : pick ? listed.map((n) => n.id) : (ids ?? undefined)} count={count} />
        <ImportNotes onImported={reload} />
        <ClearVisits onCleared={reload} />
      </div>
      {undo && (
        <div class="toast" role="status">
          Note deleted
          <button type="button" class="link" onClick={restore}>Undo</button>
        </div>
      )}
    </main>
  );
}

function unique(values: string[]): string[] {
  return [...new Set(values)].sort((a, b) => a.localeCompare(b));
}
