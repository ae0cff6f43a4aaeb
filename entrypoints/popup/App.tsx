// The popup: who gets heard and who said what on the current tab, its officials and the reader's notes.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { askBackground, askTab } from '@/utils/messages';
import { offReason, type SiteControl } from '@/utils/site-control';
import { SiteSwitch, type SiteChange } from '@/components/SiteSwitch';
import type { PageSummary } from '@/utils/page-summary';
import { ProfiledQuotes } from '@/components/ProfiledQuotes';
import { OfficialsList } from '@/components/OfficialsList';
import { PageNotesList } from '@/components/PageNotesList';
import { ExportNotes } from '@/components/ExportNotes';
import { SearchResults } from '@/components/PopupSearch';
import { currentTabId, openedForTab } from './current-tab';

type State =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; tabId: number; summary: PageSummary; control: SiteControl };

async function readTab(tabId: number): Promise<State> {
  const [summary, control] = await Promise.all([askTab(tabId, 'page:summary', null), askBackground('sites:get', null)]);
  return { kind: 'ready', tabId, summary, control };
}

export function App() {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const cannotRead = () =>
    setState({ kind: 'error', message: 'Sourcelight cannot read this tab. It works on web pages (http and https); reload the page if it was open before Sourcelight was installed.' });

  useEffect(() => {
    (async () => {
      const tabId = await currentTabId();
      if (tabId === null) throw new Error('No tab to read.');
      setState(await readTab(tabId));
    })().catch(cannotRead);
  }, []);

  // The background stores the change; the page follows it, then the popup reads the page again.
  const changeSites = async (tabId: number, change: SiteChange) => {
    await ('paused' in change ? askBackground('sites:setPaused', change) : askBackground('sites:setSite', change));
    await askTab(tabId, 'page:followSiteControl', null);
    setState(await readTab(tabId));
  };

  const openNotesPage = () => void browser.tabs.create({ url: browser.runtime.getURL('/notes.html') });

  return (
    <main>
      <header>
        <h1>Sourcelight</h1>
        <span class="header-links">
          <button type="button" class="link" onClick={openNotesPage}>All notes</button>
          <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>Settings</button>
        </span>
      </header>
      {state.kind === 'loading' && <p class="muted">Reading the page…</p>}
      {state.kind === 'error' && <p class="muted">{state.message}</p>}
      {state.kind === 'ready' && (
        <>
          <SiteSwitch url={state.summary.url} control={state.control} onChange={(change) => void changeSites(state.tabId, change).catch(cannotRead)} />
          {!offReason(state.control, state.summary.url) && <PageView tabId={state.tabId} summary={state.summary} />}
        </>
      )}
    </main>
  );
}

// The reader's own notes come first, above the profile and the quotes: on a long article they would
// otherwise sit below every quote.
function PageView({ tabId, summary }: { tabId: number; summary: PageSummary }) {
  const [query, setQuery] = useState('');
  const scrollTo = (quoteId: string) => void askTab(tabId, 'page:scrollToQuote', { quoteId }).catch(() => undefined);
  // A popup closes itself once the card is open, so the focus goes to the page and into the card.
  // Opened as a page beside the article (?tab=), it stays.
  const openCard = (quoteId: string) =>
    void askTab(tabId, 'page:openCard', { quoteId }).then((opened) => opened && !openedForTab() && window.close(), () => undefined);
  if (!summary.isArticle) return <p class="muted">No article found on this page.</p>;
  return (
    <>
      <p class="page-title" title={summary.url}>{summary.title}</p>
      <input type="search" class="search" aria-label="Search this page’s quotes and notes" placeholder="Search quotes and notes…"
        value={query} onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)} />
      {query.trim() ? (
        <SearchResults query={query} quotes={summary.quotes} notes={summary.notes} onQuote={scrollTo} onOpenCard={openCard} />
      ) : (
        <>
          <PageNotesList notes={summary.notes} quotes={summary.quotes} onQuote={scrollTo} onOpenCard={openCard} />
          <ProfiledQuotes quotes={summary.quotes} people={summary.people} onQuote={scrollTo} onOpenCard={openCard} />
          <OfficialsList people={summary.people} />
        </>
      )}
      <ExportNotes scope={{ url: summary.url }} count={summary.notes.length} />
    </>
  );
}
