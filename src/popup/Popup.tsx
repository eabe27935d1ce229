// The popup: asks the tab's content script for its state and shows who said what, or says plainly
// why there is nothing to show. Page text only ever reaches the DOM as JSX text children.
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { ContentState, PopupToContent } from '../messages';
import { askTab, type Reply, type TabConnection } from './tab-connection';
import { Notice } from './Notice';
import { Controls } from './Controls';
import { StatementList } from './StatementList';
import { summarise } from './speaker-groups';

/** While the page is still waiting or working, ask again this often. */
const POLL_MS = 400;

type View = { phase: 'loading' } | { phase: 'no-tab' } | Reply;

export function Popup({ connection }: { connection: TabConnection }) {
  const [tabId, setTabId] = useState<number | null>(null);
  const [view, setView] = useState<View>({ phase: 'loading' });
  const [query, setQuery] = useState('');

  const ask = useCallback(
    async (id: number, message: PopupToContent) => setView(await askTab(connection, id, message)),
    [connection],
  );

  useEffect(() => {
    void connection.findTargetTabId().then((id) => {
      setTabId(id);
      if (id === null) setView({ phase: 'no-tab' });
      else void ask(id, { type: 'wsw:popup-get-state' });
    });
  }, [connection, ask]);

  // 'idle' may just mean "not yet": an auto-mode page analyses once it is idle itself.
  const waiting = 'kind' in view && view.kind === 'state' && (view.state.status === 'running' || view.state.status === 'idle');
  useEffect(() => {
    if (!waiting || tabId === null) return;
    const timer = setTimeout(() => void ask(tabId, { type: 'wsw:popup-get-state' }), POLL_MS);
    return () => clearTimeout(timer);
  }, [view, waiting, tabId, ask]);

  return (
    <main class="popup" aria-live="polite">
      <header class="popup__header">
        <h1>Who said what</h1>
        <button type="button" class="link-button" onClick={() => connection.openOptions()}>
          Settings
        </button>
      </header>
      <Body view={view} tabId={tabId} query={query} setQuery={setQuery} ask={ask} connection={connection} />
    </main>
  );
}

interface BodyProps {
  view: View;
  tabId: number | null;
  query: string;
  setQuery(q: string): void;
  ask(id: number, message: PopupToContent): Promise<void>;
  connection: TabConnection;
}

function Body({ view, tabId, query, setQuery, ask, connection }: BodyProps) {
  if ('phase' in view) {
    return view.phase === 'loading' ? <Notice>Looking at this page…</Notice> : <Notice>There is no tab to look at.</Notice>;
  }
  if (view.kind === 'unreachable' || tabId === null) {
    return (
      <Notice>
        Who Said What can’t run on this page. Browser pages, PDFs and add-on stores are off limits; on a page that
        was open before the extension was installed, reload it.
      </Notice>
    );
  }
  if (view.kind === 'malformed') return <Notice>This page gave an answer the extension does not understand.</Notice>;
  return <StateView state={view.state} tabId={tabId} query={query} setQuery={setQuery} ask={ask} connection={connection} />;
}

function StateView({ state, tabId, query, setQuery, ask, connection }: Omit<BodyProps, 'view' | 'tabId'> & { state: ContentState; tabId: number }) {
  const run = () => void ask(tabId, { type: 'wsw:popup-run' });
  switch (state.status) {
    case 'idle':
      return (
        <Notice>
          <p>Not run on this page yet.</p>
          <button type="button" class="primary" onClick={run}>
            Run
          </button>
        </Notice>
      );
    case 'running':
      return <Notice>Reading the article…</Notice>;
    case 'no-article':
      return <Notice>{state.detail || 'This page does not look like an article.'}</Notice>;
    case 'error':
      return <Notice>{`Something went wrong${state.detail ? `: ${state.detail}` : '.'}`}</Notice>;
    case 'done':
      break;
  }
  const truncatedNote = state.truncated ? (
    <p class="notice notice--warning" role="status">
      Stopped early on a very large page: the list may be incomplete.
    </p>
  ) : null;
  if (state.statements.length === 0) {
    return (
      <>
        {truncatedNote}
        <Notice>No attributed statements found on this page.</Notice>
      </>
    );
  }
  const scrollTo = (id: string) => void connection.send(tabId, { type: 'wsw:popup-scroll-to', id }).catch(() => {});
  return (
    <>
      <p class="summary" data-testid="summary">
        {summarise(state.statements)}
      </p>
      {truncatedNote}
      <Controls
        state={state}
        query={query}
        setQuery={setQuery}
        setHighlights={(on) => void ask(tabId, { type: 'wsw:popup-set-highlights', on })}
      />
      <StatementList statements={state.statements} query={query} onPick={scrollTo} />
    </>
  );
}
