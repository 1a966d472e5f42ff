// What the background does, written against the few browser APIs it needs, so that tests can run
// it with a fake browser and entrypoints/background.ts only wires it to the real one.
import type { Extraction } from '../types.ts';
import type { ClipOutcome, ExportFile, Handlers, TabState } from '../messages.ts';
import { ClipDatabase, describeStorageError, saveExtraction } from '../db/clips.ts';

/** The part of the WebExtension API the background uses. */
export interface BackgroundApi {
  /** Runs the extractor in the tab and returns its extraction (scripting.executeScript in the browser). */
  extract(tabId: number): Promise<Extraction>;
  setBadge(tabId: number, badge: { text: string; color: string; title: string }): Promise<void>;
  session: {
    get(key: string): Promise<Record<string, unknown>>;
    set(items: Record<string, unknown>): Promise<void>;
    remove(key: string): Promise<void>;
  };
  tabUrl(tabId: number): Promise<string | undefined>;
  /** Saves a file through the downloads API; null where the browser build has none (Chromium downloads from the popup). */
  saveFile: ((file: ExportFile) => Promise<number>) | null;
}

const BADGES = {
  relevant: { text: 'HR', color: '#1d4ed8', title: 'Ombudsman Lens: ombudsman or NHRI activity recognised' },
  clipped: { text: '✓', color: '#15803d', title: 'Ombudsman Lens: clipped' },
  failed: { text: '!', color: '#b91c1c', title: 'Ombudsman Lens: ' },
} as const;

const key = (tabId: number) => `tab:${tabId}`;

export function createBackground(api: BackgroundApi, db: ClipDatabase) {
  async function readState(tabId: number): Promise<TabState> {
    const stored = (await api.session.get(key(tabId)))[key(tabId)] as TabState | undefined;
    const url = (await api.tabUrl(tabId)) ?? '';
    // A state left from an earlier page in the same tab says nothing about this one.
    if (stored && stored.url === url) return stored;
    return { url, status: 'unscanned' };
  }

  async function writeState(tabId: number, state: TabState): Promise<TabState> {
    await api.session.set({ [key(tabId)]: state });
    return state;
  }

  function stateOf(url: string, e: Extraction, clipId?: number): TabState {
    return {
      url,
      status: e.relevance.isRelevant ? 'relevant' : 'not-relevant',
      title: e.title,
      eventType: e.eventType,
      score: e.relevance.score,
      reasons: e.relevance.reasons,
      clipId,
    };
  }

  /**
   * The every-page scan flagged the tab: run the full extraction there and show what it found. An
   * article already in the library keeps its ✓ (a clip may also finish while this runs).
   */
  async function analyse(tabId: number, url: string): Promise<TabState> {
    const extraction = await api.extract(tabId);
    const saved = await db.clips.where('canonicalUrl').equals(extraction.canonicalUrl).first();
    const clipId = saved?.id ?? (await readState(tabId)).clipId;
    const state = await writeState(tabId, stateOf(url, extraction, clipId));
    if (clipId !== undefined) await api.setBadge(tabId, BADGES.clipped);
    else if (state.status === 'relevant') await api.setBadge(tabId, BADGES.relevant);
    return state;
  }

  async function clip(tabId: number): Promise<ClipOutcome> {
    const url = (await api.tabUrl(tabId)) ?? '';
    let extraction: Extraction;
    try {
      extraction = await api.extract(tabId);
    } catch (e) {
      throw new Error(`This page cannot be read (${(e as Error).message}). Pages of the browser itself and of extension stores cannot be clipped.`);
    }
    let outcome: ClipOutcome;
    try {
      outcome = await saveExtraction(db, extraction);
    } catch (e) {
      throw new Error(describeStorageError(e));
    }
    await writeState(tabId, stateOf(url, extraction, outcome.clip.id));
    await api.setBadge(tabId, BADGES.clipped);
    return outcome;
  }

  /** Clipping from the context menu or the shortcut: no popup is open, so the badge tells the outcome. */
  async function clipAndReport(tabId: number): Promise<void> {
    try {
      await clip(tabId);
    } catch (e) {
      await api.setBadge(tabId, { ...BADGES.failed, title: BADGES.failed.title + (e as Error).message });
    }
  }

  const handlers: Handlers = {
    candidateFound: async (_scan, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) throw new Error('candidateFound must come from a tab');
      return analyse(tabId, sender.tab?.url ?? (await api.tabUrl(tabId)) ?? '');
    },
    getTabState: ({ tabId }) => readState(tabId),
    clipTab: ({ tabId }) => clip(tabId),
    saveFile: async (file) => {
      if (!api.saveFile) throw new Error('This browser saves exports from the popup itself.');
      return { downloadId: await api.saveFile(file) };
    },
  };

  return { handlers, clipAndReport, forgetTab: (tabId: number) => api.session.remove(key(tabId)) };
}
