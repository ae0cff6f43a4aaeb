// Every note across all pages: search, filter, edit, delete with undo, open on its page, export, import.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Note, NoteFilter } from '@/storage/types';
import { siteOf } from '@/storage/url';
import { askBackground } from '@/utils/messages';
import { ExportNotes } from '@/components/ExportNotes';
import { ImportNotes } from '@/components/ImportNotes';
import { NoteRow } from '@/components/NoteRow';
import { NotesFilters, type FilterOptions } from '@/components/NotesFilters';

export function NotesPage() {
  const [all, setAll] = useState<Note[]>([]);
  const [filter, setFilter] = useState<NoteFilter>({ order: 'newest' });
  const [shown, setShown] = useState<Note[]>([]);
  const [error, setError] = useState('');
  const [undo, setUndo] = useState<Note | null>(null);
  const [titles, setTitles] = useState<Map<string, string>>(new Map());

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

  const options: FilterOptions = useMemo(
    () => ({
      sites: unique(all.map((n) => siteOf(n.pageUrl))),
      speakers: unique(all.map((n) => n.speaker).filter((s): s is string => !!s)),
      tags: unique(all.flatMap((n) => n.tags)),
    }),
    [all],
  );

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
      <NotesFilters filter={filter} options={options} onChange={setFilter} />
      {error && <p class="error" role="alert">{error}</p>}
      <p class="muted">{shown.length} of {all.length} notes</p>
      <ul>
        {shown.map((note) => (
          <NoteRow key={note.id} note={note} pageTitle={titles.get(note.pageUrl)} onSaved={reload} onDelete={() => remove(note)} />
        ))}
      </ul>
      <div class="io">
        <ExportNotes ids={shown.length === all.length ? undefined : shown.map((n) => n.id)} count={shown.length} />
        <ImportNotes onImported={reload} />
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
