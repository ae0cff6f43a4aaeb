import type { FilterOptions } from '@/storage/note-index';
import type { NoteFilter } from '@/storage/types';
import { NAMELESS_KINDS, NAMELESS_LABELS } from '@/utils/speaker-label';

// In the speaker filter, a kind without a name is a value no name has.
const KIND_VALUE = 'kind:';
const kindOf = (value: string) => NAMELESS_KINDS.find((k) => value === KIND_VALUE + k);

export function NotesFilters({ filter, options, onChange }: { filter: NoteFilter; options: FilterOptions; onChange(f: NoteFilter): void }) {
  const set = (patch: Partial<NoteFilter>) => onChange({ ...filter, ...patch });
  const choice = (label: string, value: string | undefined, values: string[], key: 'site' | 'tag') => (
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
      <select aria-label="Speaker" value={filter.nameless ? KIND_VALUE + filter.nameless : (filter.speaker ?? '')}
        onChange={(e) => {
          const value = (e.currentTarget as HTMLSelectElement).value;
          const nameless = kindOf(value);
          set({ speaker: nameless || !value ? undefined : value, nameless });
        }}>
        <option value="">All speakers</option>
        {options.speakers.map((v) => <option key={v} value={v}>{v}</option>)}
        {options.nameless.map((k) => <option key={k} value={KIND_VALUE + k}>{NAMELESS_LABELS[k]}</option>)}
      </select>
      {choice('Tag', filter.tag, options.tags, 'tag')}
      <select aria-label="Order" value={filter.order ?? 'newest'} onChange={(e) => set({ order: (e.currentTarget as HTMLSelectElement).value as NoteFilter['order'] })}>
        <option value="newest">Newest first</option>
        <option value="oldest">Oldest first</option>
      </select>
    </div>
  );
}
