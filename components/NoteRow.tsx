// One note on the notes page: its quote and speaker, its page, an editable body and tags.
import { useState } from 'preact/hooks';
import type { Note } from '@/storage/types';
import { isWebPageUrl } from '@/storage/url';
import { askBackground } from '@/utils/messages';
import { speakerLabel } from '@/utils/speaker-label';
import { LongText } from './LongText';

export function NoteRow({ note, pageTitle, onSaved, onDelete }: { note: Note; pageTitle?: string; onSaved(): void; onDelete(): void }) {
  const [editing, setEditing] = useState(false);
  const [body, setBody] = useState(note.body);
  const [tags, setTags] = useState(note.tags.join(', '));
  const [error, setError] = useState('');
  const openable = isWebPageUrl(note.pageUrl);

  const save = async () => {
    try {
      const { id, pageUrl, selector, speaker, speakerKind, role } = note;
      const tagList = tags.split(',').map((t) => t.trim()).filter(Boolean);
      await askBackground('notes:save', { id, pageUrl, selector, speaker, speakerKind, role, body, tags: tagList });
      setEditing(false);
      setError('');
      onSaved();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err)); // the edit stays in the field
    }
  };

  return (
    <li class="note-row">
      {/* An imported note may name any URL: only web pages are opened. */}
      <button
        type="button"
        class="quote"
        disabled={!openable}
        title={openable ? 'Open the page at this quote' : 'Not a web page: Sourcelight does not open it'}
        onClick={() => void askBackground('notes:open', { id: note.id }).catch((err: Error) => setError(err.message))}
      >
        “{note.selector.exact}”
      </button>
      <div class="meta">
        {speakerLabel(note.speaker, note.speakerKind)}{note.role ? `, ${note.role}` : ''} · <span title={note.pageUrl}>{pageTitle ?? note.pageUrl}</span> · {new Date(note.updatedAt).toLocaleString()}
        {note.tags.length > 0 && ` · ${note.tags.map((t) => `#${t}`).join(' ')}`}
      </div>
      {editing ? (
        <>
          <textarea aria-label="Note" rows={3} value={body} onInput={(e) => setBody((e.currentTarget as HTMLTextAreaElement).value)} />
          <input aria-label="Tags" placeholder="tags, comma separated" value={tags} onInput={(e) => setTags((e.currentTarget as HTMLInputElement).value)} />
        </>
      ) : (
        <LongText text={note.body} />
      )}
      <div class="actions">
        {editing ? <button type="button" onClick={save}>Save</button> : <button type="button" class="link" onClick={() => setEditing(true)}>Edit</button>}
        <button type="button" class="link" onClick={onDelete}>Delete</button>
        {error && <span class="error" role="alert">{error}</span>}
      </div>
    </li>
  );
}
