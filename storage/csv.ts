// CSV export for spreadsheets (RFC 4180). Summary columns only; JSON is the lossless format.
import type { Snapshot } from './snapshot';

// speaker_kind as the CLI's CSV has it (person, organisation, anonymous, unknown); empty on notes taken before it was recorded.
const HEADER = ['id', 'page_url', 'page_title', 'site', 'speaker', 'speaker_kind', 'role', 'quote', 'note', 'tags', 'created_at', 'updated_at'];

// A cell starting with one of these is run as a formula by Excel/Sheets/LibreOffice.
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);

/** Neutralises formula injection, then applies RFC 4180 quoting. */
export function csvCell(value: string): string {
  const safe = value !== '' && FORMULA_TRIGGERS.has(value[0]) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv({ pages, notes }: Snapshot): string {
  const pagesByUrl = new Map(pages.map((p) => [p.url, p]));
  const rows = notes.map((note) => {
    const page = pagesByUrl.get(note.pageUrl);
    return [
      note.id,
      note.pageUrl,
      page?.title ?? '',
      page?.site ?? '',
      note.speaker ?? '',
      note.speakerKind ?? '',
      note.role ?? '',
      note.selector.exact,
      note.body,
      note.tags.join('; '),
      new Date(note.createdAt).toISOString(),
      new Date(note.updatedAt).toISOString(),
    ];
  });
  // The BOM makes Excel read the file as UTF-8 instead of the system code page.
  return '\uFEFF' + [HEADER, ...rows].map((row) => row.map(csvCell).join(',') + '\r\n').join('');
}
