// Every note across all pages: search, filter, edit, delete with undo, open on its page, export, import;
// the sourcing profile of the notes shown and of each of their pages, whose parts narrow the list.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Note, NoteFilter } from '@/storage/types';
import { siteOf } from '@/storage/url';
import { askBackground } from '@/utils/messages';
import { ExportNotes } from '@/components/ExportNotes';
import { ImportNotes } from '@/components/ImportNotes';
import { ClearVisits } from '@/components/ClearVisits';
import { NoteRow } from '@/components/NoteRow';
import { NotesFilters, type FilterOptions } from '@/components/NotesFilters';
import { NotesProfiles } from '@/components/NotesProfiles';
import { pickedNotes, type NotesPick } from '@/components/notes-profile';
import { listStatus } from '@/components/notes-count';
import { partLabel } from '@/components/profile-labels';
import { NAMELESS_KINDS, namelessKind } from '@/utils/speaker-label';

export function NotesPage() {
  // Null until the first answer: the page says it is loading, not that there are no notes.
  const [all, setAll] = useState<Note[] | null>(null);
  const [filter, setFilter] = useState<NoteFilter>({ order: 'newest' });
  const [shown, setShown] = useState<Note[]>([]);
  const [error, setError] = useState('');
  const [undo, setUndo] = useState<Note | null>(null);
  const [titles, setTitles] = useState<Map<string, string>>(new Map());
  const [pick, setPick] = useState<NotesPick | null>(null);

  // Each keystroke in the search box starts a reload; only the latest one may show its answer.
  const latestReload = useRef(0);
  const reload = async () => {
    const run = ++latestReload.current;
    try {
      const [allNotes, matching, pages] = await Promise.all([
        askBackground('notes:list', {}),
        askBackground('notes:list', filter),
        askBackground('pages:list', null),
      ]);
      if (run !== latestReload.current) return;
      setTitles(new Map(pages.filter((p) => p.title).map((p) => [p.url, p.title])));
      setAll(allNotes);
      setShown(matching);
      setError('');
    } catch (err) {
      if (run === latestReload.current) setError(err instanceof Error ? err.message : String(err));
    }
  };
  useEffect(() => void reload(), [filter]);
  const changeFilter = (f: NoteFilter) => {
    setPick(null); // a pick belongs to the profile of the notes the old filters selected
    setFilter(f);
  };
  const listed = useMemo(() => pickedNotes(shown, pick), [shown, pick]);

  const options: FilterOptions = useMemo(() => {
    const notes = all ?? [];
    return {
      sites: unique(notes.map((n) => siteOf(n.pageUrl))),
      speakers: unique(notes.map((n) => n.speaker).filter((s): s is string => !!s)),
      nameless: NAMELESS_KINDS.filter((k) => notes.some((n) => n.speaker === null && namelessKind(n.speakerKind) === k)),
      tags: unique(notes.flatMap((n) => n.tags)),
    };
  }, [all]);

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

  return (
    <main>
      <h1>Sourcelight notes</h1>
      <NotesFilters filter={filter} options={options} onChange={changeFilter} />
      {error && <p class="error" role="alert">{error}</p>}
      <NotesProfiles notes={shown} titles={titles} pick={pick} onPick={setPick} />
      <p class="filter-status" role="status">
        {pick && (
          <>
            Picked in the profile{pick.page ? ` of ${titles.get(pick.page) ?? pick.page}` : ''}: {partLabel(pick.part)}.{' '}
            <button type="button" class="link" onClick={() => setPick(null)}>Show all</button>
          </>
        )}
      </p>
      <p class="muted" role="status">{listStatus(all, listed.length)}</p>
      <ul>
        {listed.map((note) => (
          <NoteRow key={note.id} note={note} pageTitle={titles.get(note.pageUrl)} onSaved={reload} onDelete={() => remove(note)} />
        ))}
      </ul>
      <div class="io">
        <ExportNotes ids={listed.length === all?.length ? undefined : listed.map((n) => n.id)} count={listed.length} />
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
