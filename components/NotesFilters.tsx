import type { NoteFilter } from '@/storage/types';

export interface FilterOptions {
  sites: string[];
  speakers: string[];
  tags: string[];
}

export function NotesFilters({ filter, options, onChange }: { filter: NoteFilter; options: FilterOptions; onChange(f: NoteFilter): void }) {
  const set = (patch: Partial<NoteFilter>) => onChange({ ...filter, ...patch });
  const choice = (label: string, value: string | undefined, values: string[], key: 'site' | 'speaker' | 'tag') => (
    <select aria-label={label} value={value ?? ''} onChange={(e) => set({ [key]: (e.currentTarget as HTMLSelectElement).value || undefined })}>
      <option value="">All {label.toLowerCase()}s</option>
      {values.map((v) => <option key={v} value={v}>{v}</option>)}
    </select>
  );
  return (
    <div class="filters">
      <input type="search" aria-label="Search notes" placeholder="Search notes, quotes, speakers…" value={filter.text ?? ''}
        onInput={(e) => set({ text: (e.currentTarget as HTMLInputElement).value })} />
      {choice('Site', filter.site, options.sites, 'site')}
      {choice('Speaker', filter.speaker, options.speakers, 'speaker')}
      {choice('Tag', filter.tag, options.tags, 'tag')}
      <select aria-label="Order" value={filter.order ?? 'newest'} onChange={(e) => set({ order: (e.currentTarget as HTMLSelectElement).value as NoteFilter['order'] })}>
        <option value="newest">Newest first</option>
        <option value="oldest">Oldest first</option>
      </select>
    </div>
  );
}
