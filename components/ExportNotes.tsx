import { useState } from 'preact/hooks';
import { renderExport, type ExportFormat } from '@/storage/export';
import { downloadText } from './download';
import { readSnapshotInChunks, type ChunkedScope } from './read-snapshot';

const FORMATS: { value: ExportFormat; label: string }[] = [
  { value: 'json', label: 'JSON' },
  { value: 'csv', label: 'CSV' },
  { value: 'markdown', label: 'Markdown' },
  { value: 'web-annotation', label: 'Web Annotation' },
];

/** Exports the notes of `scope`: one page's, the given ids, those matching a filter, or all. */
export function ExportNotes({ scope, count }: { scope: ChunkedScope; count: number }) {
  const [format, setFormat] = useState<ExportFormat>('json');
  const [error, setError] = useState('');
  const run = async () => {
    setError('');
    try {
      const file = renderExport(format, await readSnapshotInChunks(scope), new Date());
      downloadText(file.filename, file.mimeType, file.content);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <div class="export">
      <button type="button" onClick={run} disabled={count === 0}>Export notes</button>
      <select aria-label="Export format" value={format} onChange={(e) => setFormat((e.currentTarget as HTMLSelectElement).value as ExportFormat)}>
        {FORMATS.map((f) => <option key={f.value} value={f.value}>{f.label}</option>)}
      </select>
      {error && <span class="error" role="alert">{error}</span>}
    </div>
  );
}
