import { useState } from 'preact/hooks';
import { renderExport, type ExportFormat } from '@/storage/export';
import { downloadText } from './download';
import { readSnapshotInChunks } from './read-snapshot';

const FORMATS: { value: ExportFormat; label: string }[] = [
  { value: 'json', label: 'JSON' },
  { value: 'csv', label: 'CSV' },
  { value: 'markdown', label: 'Markdown' },
  { value: 'web-annotation', label: 'Web Annotation' },
];

/** Exports notes: this page's when `url` is given, otherwise the given ids (or all). */
export function ExportNotes({ url, ids, count }: { url?: string; ids?: string[]; count: number }) {
  const [format, setFormat] = useState<ExportFormat>('json');
  const [error, setError] = useState('');
  const run = async () => {
    setError('');
    try {
      const file = renderExport(format, await readSnapshotInChunks({ url, ids }), new Date());
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
