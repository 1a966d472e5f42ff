import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { browser as Browser } from 'wxt/browser';
import {
  annotateClip,
  clipPages,
  ClipDatabase,
  correctClip,
  deleteClip,
  describeStorageError,
  listClips,
  matchRows,
  restoreDeleted,
  revertCorrection,
  type ClipQuery,
  type StoredClip,
} from '../lib/db/clips.ts';
import { send, type TabState } from '../lib/messages.ts';
import { useLibraryRows, useLiveQuery } from './hooks.ts';
import { CurrentPage } from './CurrentPage.tsx';
import { ClipList } from './ClipList.tsx';
import { ClipDetail } from './ClipDetail.tsx';
import { SearchBar } from './SearchBar.tsx';

interface Props {
  browser: typeof Browser;
  db: ClipDatabase;
  /** The tab the popup acts on: the active tab, or ?tab=ID when the popup is opened as a page. */
  tabId: number | null;
}

type Message = { kind: 'ok' | 'error'; text: string } | null;

/** Rows on the first screen; a search or filter narrows a larger library. */
const SHOWN = 100;

/**
 * Saves an export given as the parts of a file: through the background where it has the downloads
 * API (Firefox; the message carries one string), else from here as a Blob of the parts.
 */
async function download(browser: typeof Browser, filename: string, parts: string[], type: string) {
  if (browser.downloads) {
    await send(browser.runtime, 'saveFile', { filename, content: parts.join(''), mime: type });
    return;
  }
  const url = URL.createObjectURL(new Blob(parts, { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const today = () => new Date().toISOString().slice(0, 10);

export function App({ browser, db, tabId }: Props) {
  const [tabState, setTabState] = useState<TabState | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  const [openId, setOpenId] = useState<number | null>(null);
  const [query, setQuery] = useState<ClipQuery>({});
  const [deleted, setDeleted] = useState<StoredClip | null>(null);
  const menu = useRef<HTMLDetailsElement>(null);
  // The newest rows come first; the search runs in memory over all rows, read right after, and
  // waits for them: a search over the newest rows alone would miss older clips.
  const { newest, all, total, error } = useLibraryRows(db, SHOWN);
  const searching = Object.values(query).some((v) => v !== undefined && v !== '');
  const clips = useMemo(() => (all ? matchRows(all, { ...query, limit: SHOWN }) : searching ? undefined : newest), [all, newest, query, searching]);
  const { value: read } = useLiveQuery(() => (openId === null ? Promise.resolve(undefined) : db.clips.get(openId)), [db, openId]);
  // The clip shown is the one asked for: a closed or deleted clip's view goes at once, not when the
  // query for the next one answers (until then the list stayed hidden behind the old clip).
  const open = read?.id === openId ? read : undefined;

  useEffect(() => {
    if (tabId === null) return;
    send(browser.runtime, 'getTabState', { tabId }).then(setTabState, (e: Error) => setMessage({ kind: 'error', text: e.message }));
  }, [browser, tabId]);

  /** Runs a change to the library; shows what it returns, or its failure (a full disk, a bad file) in words. */
  async function change(action: () => Promise<string | void>) {
    menu.current?.removeAttribute('open');
    try {
      const done = await action();
      setMessage(done ? { kind: 'ok', text: done } : null);
    } catch (e) {
      setMessage({ kind: 'error', text: e instanceof Error && e.name === 'BackupError' ? e.message : describeStorageError(e) });
    }
  }

  async function clip() {
    if (tabId === null) return;
    setBusy(true);
    setMessage(null);
    try {
      const outcome = await send(browser.runtime, 'clipTab', { tabId });
      setMessage({ kind: 'ok', text: outcome.created ? 'Clipped.' : 'Already in your clips: updated (your corrections are kept).' });
      setTabState(await send(browser.runtime, 'getTabState', { tabId }));
    } catch (e) {
      setMessage({ kind: 'error', text: (e as Error).message });
    } finally {
      setBusy(false);
    }
  }

  async function remove(id: number) {
    await change(async () => {
      setDeleted((await deleteClip(db, id)) ?? null);
      setOpenId(null);
    });
  }

  async function undoDelete() {
    if (!deleted) return;
    await change(async () => {
      await restoreDeleted(db, deleted);
      return 'Clip restored.';
    });
    setDeleted(null);
  }

  // The exports and the restore load their code when used: the popup opens without it.
  async function exportAll(kind: 'csv' | 'events' | 'backup') {
    await change(async () => {
      if (kind === 'csv') {
        const { clipsToCsvParts } = await import('../lib/export/csv.ts');
        await download(browser, `ombudsman-lens-${today()}.csv`, await clipsToCsvParts(clipPages(db)), 'text/csv;charset=utf-8');
        return;
      }
      const all = await listClips(db);
      if (kind === 'backup') {
        const { backupToJson } = await import('../lib/export/backup.ts');
        await download(browser, `ombudsman-lens-backup-${today()}.json`, [backupToJson(all)], 'application/json');
      } else {
        const { clipsToEventsCsv } = await import('../lib/export/events.ts');
        await download(browser, `ombudsman-lens-events-${today()}.csv`, [clipsToEventsCsv(all)], 'text/csv;charset=utf-8');
      }
    });
  }

  async function restore(file: File) {
    await change(async () => {
      const { parseBackup, restoreBackup } = await import('../lib/export/backup.ts');
      const report = await restoreBackup(db, parseBackup(await file.text()));
      return `Backup restored: ${report.added} added, ${report.merged} merged, ${report.unchanged} already up to date.`;
    });
  }

  const empty = total === 0;
  const showing = useMemo(() => (!clips || total === undefined ? '' : clips.length < total ? ` (${clips.length} of ${total})` : total ? ` (${total})` : ''), [clips, total]);

  return (
    <main class="app">
      <header class="app-header">
        <h1>Ombudsman Lens</h1>
        <span class="actions">
          <button type="button" onClick={() => exportAll('csv')} disabled={empty} data-testid="export-csv">Export CSV</button>
          <details class="menu" ref={menu}>
            <summary>More</summary>
            <div class="menu-items">
              <button type="button" onClick={() => exportAll('events')} disabled={empty} data-testid="export-events">Events CSV (CAMEO)</button>
              <button type="button" onClick={() => exportAll('backup')} disabled={empty} data-testid="export-backup">Back up (JSON)</button>
              <label class="button">
                Restore a backup…
                <input
                  type="file"
                  accept="application/json,.json"
                  hidden
                  data-testid="restore-input"
                  onChange={(e) => {
                    const file = e.currentTarget.files?.[0];
                    e.currentTarget.value = '';
                    if (file) void restore(file);
                  }}
                />
              </label>
            </div>
          </details>
        </span>
      </header>
      {deleted ? (
        <p class="message message-ok" role="status" data-testid="undo-bar">
          Deleted “{deleted.title}”.{' '}
          <button type="button" class="link" onClick={undoDelete} data-testid="undo-delete">Undo</button>
        </p>
      ) : null}
      {open ? (
        <ClipDetail
          key={open.id}
          clip={open}
          onBack={() => setOpenId(null)}
          onDelete={remove}
          onCorrect={(id, changes) =>
            change(async () => {
              await correctClip(db, id, changes);
              return Object.keys(changes).length ? 'Corrections saved.' : 'Nothing changed.';
            })
          }
          onRevert={(id, field) =>
            change(async () => {
              await revertCorrection(db, id, field);
            })
          }
          onAnnotate={(id, layer) =>
            change(async () => {
              await annotateClip(db, id, layer);
              return 'Tags and note saved.';
            })
          }
        />
      ) : (
        <>
          <CurrentPage state={tabState} busy={busy} message={message} onClip={clip} />
          <section aria-label="Clips">
            <h2 class="section-title">Clips{showing}</h2>
            {!empty ? <SearchBar query={query} onChange={setQuery} /> : null}
            {error ? <p class="message message-error" role="alert">The clip library could not be opened: {error}</p> : null}
            {clips ? <ClipList clips={clips} onOpen={setOpenId} filtered={!empty} /> : <p class="empty">Loading…</p>}
          </section>
        </>
      )}
      {open && message ? (
        <p class={`message message-${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'} data-testid="message">{message.text}</p>
      ) : null}
    </main>
  );
}
