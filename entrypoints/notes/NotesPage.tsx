// Every note across all pages: search, filter, edit, delete with undo, open on its page, export, import;
// the sourcing profile of the notes shown and of each of their pages, whose parts narrow the list.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Note, NoteFilter, Page } from '@/storage/types';
import { isUnfiltered } from '@/storage/notes';
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
  // How many notes match, and the first of those notes. Null until the first answer: the page says
  // it is loading, not that there are no notes.
  const [total, setTotal] = useState<number | null>(null);
  const [fetched, setFetched] = useState<Note[]>([]);
  const [rows, setRows] = useState(ROWS_STEP);
  const [error, setError] = useState('');
  const [undo, setUndo] = useState<Note | null>(null);
  const [titles, setTitles] = useState<Map<string, string>>(new Map());
  const [pick, setPick] = useState<NotesPick | null>(null);

  /** The titles known, with those of the pages a query's answer came with. */
  const withTitles = (known: Map<string, string>, pages: Page[]) => new Map([...known, ...pages.filter((p) => p.title).map((p) => [p.url, p.title] as const)]);

  // Each keystroke in the search box starts a reload; only the latest one may show its answer.
  const latestReload = useRef(0);
  const reload = async () => {
    const run = ++latestReload.current;
    try {
      // The first rows come first; the rest of the profiles' notes follow once those are on screen.
      const first = await askBackground('notes:query', { ...filter, offset: 0, limit: ROWS_STEP });
      const firstTitles = withTitles(new Map(), first.pages);
      if (run !== latestReload.current) return;
      setTotal(first.total);
      setFetched(first.notes);
      setTitles(firstTitles);
      setRows(ROWS_STEP);
      setError('');
      if (first.total > first.notes.length && first.total <= FETCH_LIMIT) {
        const rest = await askBackground('notes:query', { ...filter, offset: first.notes.length, limit: FETCH_LIMIT });
        if (run !== latestReload.current) return;
        setFetched([...first.notes, ...rest.notes]);
        setTitles(withTitles(firstTitles, rest.pages));
      }
      // The filters' choices and the count of all notes come last: the first rows need neither.
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
      const more = await askBackground('notes:query', { ...filter, offset: fetched.length, limit: FETCH_LIMIT });
      setTitles(withTitles(titles, more.pages));
      setFetched([...fetched, ...more.notes]);
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
  // The export takes what the list shows: the picked notes, those the filters match, or every note.
  const exportScope = pick ? { ids: listed.map((n) => n.id) } : isUnfiltered(filter) ? {} : { filter };

  return (
    <main>
      <h1>Sourcelight notes</h1>
      <NotesFilters filter={filter} options={options} onChange={changeFilter} />
      {error && <p class="error" role="alert">{error}</p>}
      {complete ? (
        <NotesProfiles notes={fetched} titles={titles} pick={pick} onPick={setPick} />
      ) : (total ?? 0) > FETCH_LIMIT ? (
        <p class="muted profiles-limit">The profiles count up to {FETCH_LIMIT.toLocaleString('en')} notes: search or filter to see those of fewer.</p>
      ) : null}
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
      {/* Keyed: the unkeyed siblings above come and go, and Preact would otherwise remount the
          import (losing its outcome and Undo) when an import into an empty store passes FETCH_LIMIT. */}
      <div class="io" key="io">
        <ExportNotes scope={exportScope} count={count} />
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
