import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBackground, type BackgroundApi } from '../../lib/background/service.ts';
import { ClipDatabase } from '../../lib/db/clips.ts';
import { extractFromDocument } from '../../lib/extract.ts';
import type { Sender, TabState } from '../../lib/messages.ts';
import type { Extraction } from '../../lib/types.ts';
import { fixtureDocument, readExpected } from './dom.ts';
import { dropDatabases, freshDb } from './factories.ts';

const SEED = 'seed-000-azernews-mou';
const SECTOR_NEGATIVE = 'neg-banking-ombudsman-ruling';

/** A tab: the fixture page it shows, at which address, or the error reading it gives. */
interface FakeTab {
  url: string;
  slug?: string;
  error?: string;
}

const extractions = new Map<string, Extraction>();
function extractFixture(slug: string, url: string): Extraction {
  const key = `${slug} ${url}`;
  if (!extractions.has(key)) extractions.set(key, extractFromDocument(fixtureDocument(slug), url));
  return structuredClone(extractions.get(key)!);
}

function fakeBrowser(tabs: Record<number, FakeTab>) {
  const session = new Map<string, unknown>();
  const badges: { tabId: number; text: string; color: string; title: string }[] = [];
  const saved: { filename: string; content: string; mime: string }[] = [];
  const api: BackgroundApi = {
    async extract(tabId) {
      const tab = tabs[tabId];
      if (!tab) throw new Error(`No tab with id: ${tabId}`);
      if (tab.error || !tab.slug) throw new Error(tab.error ?? 'nothing to read');
      return extractFixture(tab.slug, tab.url);
    },
    async setBadge(tabId, badge) {
      badges.push({ tabId, ...badge });
    },
    session: {
      async get(key) {
        return session.has(key) ? { [key]: structuredClone(session.get(key)) } : {};
      },
      async set(items) {
        for (const [k, v] of Object.entries(items)) session.set(k, structuredClone(v));
      },
      async remove(key) {
        session.delete(key);
      },
    },
    async tabUrl(tabId) {
      return tabs[tabId]?.url;
    },
    async saveFile(file) {
      saved.push(file);
      return saved.length;
    },
  };
  return { api, session, badges, tabs, saved };
}

afterEach(async () => {
  vi.restoreAllMocks();
  await dropDatabases();
});

function setup(tabs: Record<number, FakeTab>) {
  const browser = fakeBrowser(tabs);
  const db = freshDb();
  const background = createBackground(browser.api, db);
  const senderOf = (tabId: number): Sender => ({ tab: { id: tabId, url: tabs[tabId]?.url } });
  return { ...browser, db, background, senderOf };
}

const seedUrl = readExpected(SEED).url;

describe('candidateFound', () => {
  it('on an ombudsman article: the HR badge, and the tab state stored as relevant', async () => {
    const { background, badges, session, senderOf } = setup({ 1: { url: seedUrl, slug: SEED } });
    const state = await background.handlers.candidateFound({ candidate: true, hits: ['ombudspersons'] }, senderOf(1));
    expect(state).toMatchObject({
      url: seedUrl,
      status: 'relevant',
      title: 'Azerbaijani, Morocco & OIC Ombudspersons ink MoU on joint co-op',
      eventType: 'agreement_signing',
    });
    expect(state.score).toBeGreaterThanOrEqual(0.5);
    expect(state.reasons?.length).toBeGreaterThan(0);
    expect(state.clipId).toBeUndefined();
    expect(badges).toEqual([expect.objectContaining({ tabId: 1, text: 'HR' })]);
    expect(session.get('tab:1')).toEqual(state);
    expect(await background.handlers.getTabState({ tabId: 1 }, {})).toEqual(state);
  });

  it.each([SECTOR_NEGATIVE, 'neg-sports-football-derby', 'neg-foreign-ministry-meeting'])('on %s: no badge, state not-relevant', async (slug) => {
    const url = readExpected(slug).url;
    const { background, badges, senderOf } = setup({ 2: { url, slug } });
    const state = await background.handlers.candidateFound({ candidate: true, hits: ['ombudsman'] }, senderOf(2));
    expect(state).toMatchObject({ url, status: 'not-relevant' });
    expect(badges).toEqual([]);
    expect(await background.handlers.getTabState({ tabId: 2 }, {})).toMatchObject({ status: 'not-relevant' });
  });

  it('must come from a tab', async () => {
    const { background, badges } = setup({ 1: { url: seedUrl, slug: SEED } });
    await expect(background.handlers.candidateFound({ candidate: true, hits: [] }, {})).rejects.toThrow(/tab/);
    expect(badges).toEqual([]);
  });
});

describe('clipTab', () => {
  it('saves a clip, sets the ✓ badge and records the clip on the tab', async () => {
    const { background, badges, db } = setup({ 3: { url: seedUrl, slug: SEED } });
    const outcome = await background.handlers.clipTab({ tabId: 3 }, {});
    expect(outcome.created).toBe(true);
    expect(outcome.clip).toMatchObject({ canonicalUrl: seedUrl, title: readExpected(SEED).title, tags: [], note: '' });
    expect(await db.clips.get(outcome.clip.id)).toEqual(outcome.clip);
    expect(badges.at(-1)).toMatchObject({ tabId: 3, text: '✓' });
    const state = await background.handlers.getTabState({ tabId: 3 }, {});
    expect(state).toMatchObject({ url: seedUrl, status: 'relevant', clipId: outcome.clip.id });
  });

  it('clipping the same page again updates the clip: created is false, one row', async () => {
    const { background, db } = setup({ 3: { url: seedUrl, slug: SEED } });
    const first = await background.handlers.clipTab({ tabId: 3 }, {});
    await db.clips.update(first.clip.id, { note: 'mine' });
    const second = await background.handlers.clipTab({ tabId: 3 }, {});
    expect(second.created).toBe(false);
    expect(second.clip.id).toBe(first.clip.id);
    expect(second.clip.note).toBe('mine');
    expect(await db.clips.count()).toBe(1);
  });

  it('a page that cannot be read gives an error saying so, and saves nothing', async () => {
    const { background, badges, db } = setup({ 4: { url: 'chrome://extensions/', error: 'Cannot access a chrome:// URL' } });
    await expect(background.handlers.clipTab({ tabId: 4 }, {})).rejects.toThrow(/cannot be read \(Cannot access a chrome:\/\/ URL\)/);
    expect(await db.clips.count()).toBe(0);
    expect(badges).toEqual([]);
  });

  it('a full disk gives the storage message', async () => {
    const { background, db } = setup({ 3: { url: seedUrl, slug: SEED } });
    vi.spyOn(db.clips, 'add').mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    await expect(background.handlers.clipTab({ tabId: 3 }, {})).rejects.toThrow(/no room left/);
  });
});

describe('clipAndReport', () => {
  it('sets the ! badge with the error in its title when the extraction throws', async () => {
    const { background, badges, db } = setup({ 5: { url: 'https://chromewebstore.google.com/detail/x', error: 'The extensions gallery cannot be scripted.' } });
    await expect(background.clipAndReport(5)).resolves.toBeUndefined();
    expect(badges).toHaveLength(1);
    expect(badges[0]).toMatchObject({ tabId: 5, text: '!' });
    expect(badges[0]!.title).toContain('The extensions gallery cannot be scripted.');
    expect(await db.clips.count()).toBe(0);
  });

  it('sets the ✓ badge when the clip is saved', async () => {
    const { background, badges, db } = setup({ 6: { url: seedUrl, slug: SEED } });
    await background.clipAndReport(6);
    expect(badges.map((b) => b.text)).toEqual(['✓']);
    expect(await db.clips.count()).toBe(1);
  });
});

describe('saveFile', () => {
  it('hands the export to the downloads API and answers with its download id', async () => {
    const { background, saved } = setup({});
    const file = { filename: 'ombudsman-lens-2024-05-01.csv', content: '\uFEFFtitle\r\nə\r\n', mime: 'text/csv;charset=utf-8' };
    expect(await background.handlers.saveFile(file, {})).toEqual({ downloadId: 1 });
    expect(saved).toEqual([file]);
  });

  it('says so where the build has no downloads API', async () => {
    const browser = fakeBrowser({});
    const background = createBackground({ ...browser.api, saveFile: null }, freshDb());
    await expect(background.handlers.saveFile({ filename: 'a.csv', content: '', mime: 'text/csv' }, {})).rejects.toThrow(/from the popup/);
  });
});

describe('getTabState', () => {
  it("is 'unscanned' for a tab never scanned", async () => {
    const { background } = setup({ 7: { url: 'https://news.example/x' } });
    expect(await background.handlers.getTabState({ tabId: 7 }, {})).toEqual({ url: 'https://news.example/x', status: 'unscanned' });
  });

  it("is 'unscanned' when the tab has moved on to another address", async () => {
    const { background, tabs, senderOf } = setup({ 8: { url: seedUrl, slug: SEED } });
    await background.handlers.candidateFound({ candidate: true, hits: ['ombudsman'] }, senderOf(8));
    expect((await background.handlers.getTabState({ tabId: 8 }, {})).status).toBe('relevant');
    tabs[8] = { url: 'https://www.azernews.az/sport/1.html' };
    const state: TabState = await background.handlers.getTabState({ tabId: 8 }, {});
    expect(state).toEqual({ url: 'https://www.azernews.az/sport/1.html', status: 'unscanned' });
  });

  it('forgetTab drops what was known about the tab', async () => {
    const { background, session, senderOf } = setup({ 9: { url: seedUrl, slug: SEED } });
    await background.handlers.candidateFound({ candidate: true, hits: ['ombudsman'] }, senderOf(9));
    await background.forgetTab(9);
    expect(session.has('tab:9')).toBe(false);
    expect((await background.handlers.getTabState({ tabId: 9 }, {})).status).toBe('unscanned');
  });
});
