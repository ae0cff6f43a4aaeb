import { useState } from 'preact/hooks';
import { askBackground } from '@/utils/messages';

/** Clears the visit records: pages without notes go, noted pages keep only what their notes need. */
export function ClearVisits({ onCleared }: { onCleared(): void }) {
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const clear = async () => {
    try {
      const { pagesRemoved } = await askBackground('visits:clear', null);
      setMessage({ error: false, text: `Visit records cleared${pagesRemoved ? `: ${pagesRemoved} ${pagesRemoved === 1 ? 'page' : 'pages'} without notes removed` : ''}.` });
      onCleared();
    } catch (err) {
      setMessage({ error: true, text: err instanceof Error ? err.message : String(err) });
    }
  };
  return (
    <div class="clear-visits">
      <button type="button" onClick={clear} title="Forget when you visited pages; your notes and their pages' titles stay">Clear visit records</button>
      {message && <span class={message.error ? 'error' : 'muted'} role={message.error ? 'alert' : 'status'}> {message.text}</span>}
    </div>
  );
}
