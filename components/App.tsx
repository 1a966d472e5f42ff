import { useEffect, useMemo, useState } from 'preact/hooks';
import type { browser as Browser } from 'wxt/browser';
import { ClipDatabase, deleteClip, listClips } from '../lib/db/clips.ts';
import { clipsToCsv } from '../lib/export/csv.ts';
import { send, type TabState } from '../lib/messages.ts';
import { useLiveQuery } from './hooks.ts';
import { CurrentPage } from './CurrentPage.tsx';
import { ClipList } from './ClipList.tsx';
import { ClipDetail } from './ClipDetail.tsx';

interface Props {
  browser: typeof Browser;
  db: ClipDatabase;
  /** The tab the popup acts on: the active tab, or ?tab=ID when the popup is opened as a page. */
  tabId: number | null;
}

type Message = { kind: 'ok' | 'error'; text: string } | null;

function download(filename: string, content: string, type: string) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function App({ browser, db, tabId }: Props) {
  const [tabState, setTabState] = useState<TabState | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  const [openId, setOpenId] = useState<number | null>(null);
  const { value: clips, error } = useLiveQuery(() => listClips(db), [db]);

  useEffect(() => {
    if (tabId === null) return;
    send(browser.runtime, 'getTabState', { tabId }).then(setTabState, (e: Error) => setMessage({ kind: 'error', text: e.message }));
  }, [browser, tabId]);

  const open = useMemo(() => clips?.find((c) => c.id === openId) ?? null, [clips, openId]);

  async function clip() {
    if (tabId === null) return;
    setBusy(true);
    setMessage(null);
    try {
      const outcome = await send(browser.runtime, 'clipTab', { tabId });
      setMessage({ kind: 'ok', text: outcome.created ? 'Clipped.' : 'Already in your clips: updated.' });
      setTabState(await send(browser.runtime, 'getTabState', { tabId }));
    } catch (e) {
      setMessage({ kind: 'error', text: (e as Error).message });
    } finally {
      setBusy(false);
    }
  }

  async function remove(id: number) {
    try {
      await deleteClip(db, id);
      setOpenId(null);
    } catch (e) {
      setMessage({ kind: 'error', text: `Could not delete: ${(e as Error).message}` });
    }
  }

  function exportCsv() {
    if (!clips?.length) return;
    download(`ombudsman-lens-${new Date().toISOString().slice(0, 10)}.csv`, clipsToCsv(clips), 'text/csv;charset=utf-8');
  }

  return (
    <main class="app">
      <header class="app-header">
        <h1>Ombudsman Lens</h1>
        <button type="button" onClick={exportCsv} disabled={!clips?.length} data-testid="export-csv">
          Export CSV
        </button>
      </header>
      {open ? (
        <ClipDetail clip={open} onBack={() => setOpenId(null)} onDelete={remove} />
      ) : (
        <>
          <CurrentPage state={tabState} busy={busy} message={message} onClip={clip} />
          <section aria-label="Clips">
            <h2 class="section-title">Clips{clips ? ` (${clips.length})` : ''}</h2>
            {error ? <p class="message message-error" role="alert">The clip library could not be opened: {error}</p> : null}
            {clips ? <ClipList clips={clips} onOpen={setOpenId} /> : <p class="empty">Loading…</p>}
          </section>
        </>
      )}
    </main>
  );
}
