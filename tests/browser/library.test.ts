// The clip library as a researcher keeps it: corrections that survive a re-clip, tags and notes,
// search, delete with undo, backup and restore through real files, the events CSV, clips sent from
// ten tabs at once, and a service worker stopped by the browser in the middle of the work.
import { describe, expect, it } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { PAGES_DIR, clipThroughPopup, visitPage, openPopup, stopServiceWorker } from '../../scripts/chromium.ts';
import { useExtension } from './session.ts';
import { EVENT_COLUMNS } from '../../lib/export/events.ts';

const PAGES = readdirSync(PAGES_DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory() && !d.name.startsWith('neg-'))
  .map((d) => d.name)
  .sort();
const SEED = 'seed-004-ukraine-online-meeting';
// Arabic, Azerbaijani, German, English and Spanish pages, clipped at once.
const TEN_TABS = PAGES.filter((slug) => slug !== SEED).slice(0, 10);

const session = useExtension('ombudsman-lens-files-');

const visit = (slug: string) => visitPage(session.ext, session.server.origin, slug);
const clip = (tabId: number) => clipThroughPopup(session.ext, tabId);

const rows = (popup: Page) => popup.getByTestId('clip-row');

describe('corrections, tags and notes', () => {
  it('a corrected event date stays corrected when the page is clipped again', async () => {
    const { page, tabId } = await visit(SEED);
    expect(await clip(tabId)).toBe('Clipped.');
    const popup = await openPopup(session.ext, tabId);
    await rows(popup).first().click();
    await popup.getByTestId('edit-button').click();
    await popup.getByTestId('edit-event-date').fill('2022-11-27');
    await popup.getByTestId('edit-participants').fill('AZ, UA, TR');
    await popup.getByTestId('save-corrections').click();
    await expect.poll(() => popup.getByTestId('detail-event-date').textContent()).toBe('2022-11-27');
    expect(await popup.getByTestId('corrected-eventDate').count()).toBe(1);

    // A bad value is refused with a message, and nothing is saved.
    await popup.getByTestId('edit-button').click();
    await popup.getByTestId('edit-participants').fill('Azerbaijan');
    await popup.getByTestId('save-corrections').click();
    expect(await popup.getByTestId('edit-error').textContent()).toMatch(/not a two-letter country code/);
    await popup.getByRole('button', { name: 'Cancel' }).click();
    await popup.close();

    expect(await clip(tabId)).toMatch(/^Already in your clips: updated/);
    const again = await openPopup(session.ext, tabId);
    await rows(again).first().click();
    await expect.poll(() => again.getByTestId('detail-event-date').textContent()).toBe('2022-11-27');
    expect(await again.getByTestId('clip-detail').textContent()).toContain('Türkiye (TR)');
    await again.close();
    await page.close();
  });

  it('tags and a note are saved and found by search and the tag filter', async () => {
    const popup = await openPopup(session.ext);
    await rows(popup).first().click();
    await popup.getByTestId('tags-input').fill('Ukraine, prisoners of war');
    await popup.getByTestId('note-input').fill('Ask the office for the joint statement');
    await popup.getByTestId('save-annotation').click();
    await expect.poll(() => popup.getByTestId('message').textContent()).toBe('Tags and note saved.');
    await popup.getByRole('button', { name: '← All clips' }).click();
    await popup.getByTestId('search').fill('joint statem');
    await expect.poll(() => rows(popup).count()).toBe(1);
    await popup.getByTestId('search').fill('no such words anywhere');
    await expect.poll(() => rows(popup).count()).toBe(0);
    expect(await popup.getByText('No clip matches this search.').count()).toBe(1);
    await popup.getByTestId('search').fill('');
    await popup.getByTestId('filter-tag').fill('prisoners of war');
    await expect.poll(() => rows(popup).count()).toBe(1);
    await popup.close();
  });
});

describe('clips from ten tabs at once', () => {
  it('all land, once each', async () => {
    const tabs = await Promise.all(TEN_TABS.map((slug) => visit(slug)));
    const popup = await openPopup(session.ext);
    await expect.poll(() => rows(popup).count()).toBeGreaterThan(0);
    const before = await rows(popup).count();
    const outcomes = await popup.evaluate(
      (ids) => Promise.all(ids.map((tabId) => chrome.runtime.sendMessage({ type: 'clipTab', payload: { tabId } }))),
      tabs.map((t) => t.tabId),
    );
    expect(outcomes.every((o: { ok: boolean }) => o.ok)).toBe(true);
    await expect.poll(() => rows(popup).count()).toBe(before + 10);
    const titles = await rows(popup).allTextContents();
    expect(new Set(titles).size).toBe(before + 10);
    await popup.close();
    await Promise.all(tabs.map((t) => t.page.close()));
  });
});

describe('pages in other languages, read in the browser', () => {
  it('the CSV of the ten pages clipped above carries the facts their labels give', async () => {
    const popup = await openPopup(session.ext);
    await expect.poll(() => rows(popup).count()).toBeGreaterThan(10);
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByTestId('export-csv').click()]);
    const raw = await readFile((await download.path())!, 'utf8');
    const byUrl = new Map(Papa.parse<Record<string, string>>(raw.slice(1), { header: true, skipEmptyLines: true }).data.map((r) => [r.url, r]));
    for (const slug of TEN_TABS) {
      const expected = JSON.parse(await readFile(join(PAGES_DIR, slug, 'expected.json'), 'utf8'));
      const row = byUrl.get(expected.url);
      expect(row, slug).toBeDefined();
      expect(row!.title, slug).toBe(expected.title);
      expect(row!.language, slug).toBe(expected.language);
      expect(row!.published_at, slug).toBe(expected.publishedAt ?? '');
      if (!expected.isRelevant) continue;
      expect(row!.event_type, slug).toBe(expected.eventType);
      expect(row!.event_date, slug).toBe(expected.eventDate ?? '');
      expect(new Set(row!.participant_countries ? row!.participant_countries.split('; ') : []), slug).toEqual(new Set(expected.participantCountries));
    }
    await popup.close();
  });
});

describe('delete with undo', () => {
  it('a deleted clip comes back whole with Undo', async () => {
    const popup = await openPopup(session.ext);
    await popup.getByTestId('filter-tag').fill('prisoners of war');
    await expect.poll(() => rows(popup).count()).toBe(1);
    await rows(popup).first().click();
    await popup.getByTestId('delete-button').click();
    await expect.poll(() => rows(popup).count()).toBe(0);
    await popup.getByTestId('undo-delete').click();
    await expect.poll(() => rows(popup).count()).toBe(1);
    await rows(popup).first().click();
    await expect.poll(() => popup.getByTestId('detail-event-date').textContent()).toBe('2022-11-27');
    expect(await popup.getByTestId('note-input').inputValue()).toBe('Ask the office for the joint statement');
    await popup.close();
  });
});

describe('exports and restore through real files', () => {
  let backupPath: string;

  it('the events CSV has a row per pair of participants, coded with CAMEO', async () => {
    const popup = await openPopup(session.ext);
    await popup.locator('summary', { hasText: 'More' }).click();
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByTestId('export-events').click()]);
    expect(download.suggestedFilename()).toMatch(/^ombudsman-lens-events-\d{4}-\d{2}-\d{2}\.csv$/);
    const raw = await readFile((await download.path())!, 'utf8');
    const parsed = Papa.parse<string[]>(raw.slice(1), { skipEmptyLines: true });
    expect(parsed.data[0]).toEqual([...EVENT_COLUMNS]);
    const seedRows = parsed.data.filter((r) => r[EVENT_COLUMNS.indexOf('source_title')]?.includes('online meeting'));
    expect(seedRows.length).toBeGreaterThanOrEqual(1);
    expect(seedRows.every((r) => /^\d{3}$/.test(r[EVENT_COLUMNS.indexOf('cameo_code')]!))).toBe(true);
    await popup.close();
  });

  it('a backup restores the library after everything was deleted', async () => {
    const popup = await openPopup(session.ext);
    await popup.locator('summary', { hasText: 'More' }).click();
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByTestId('export-backup').click()]);
    backupPath = join(session.scratch, download.suggestedFilename());
    await download.saveAs(backupPath);
    const count = JSON.parse(await readFile(backupPath, 'utf8')).clips.length;
    expect(count).toBe(await rows(popup).count());

    // Delete every clip through the popup, as a user would.
    while ((await rows(popup).count()) > 0) {
      const before = await rows(popup).count();
      await rows(popup).first().click();
      await popup.getByTestId('delete-button').click();
      await expect.poll(() => rows(popup).count()).toBe(before - 1);
    }
    await popup.getByTestId('restore-input').setInputFiles(backupPath);
    await expect.poll(() => popup.getByTestId('message').textContent()).toBe(`Backup restored: ${count} added, 0 merged, 0 already up to date.`);
    await expect.poll(() => rows(popup).count()).toBe(count);
    await popup.getByTestId('filter-tag').fill('prisoners of war');
    await rows(popup).first().click();
    await expect.poll(() => popup.getByTestId('detail-event-date').textContent()).toBe('2022-11-27');
    await popup.close();
  });

  it('a broken or hostile backup file says why and changes nothing', async () => {
    const popup = await openPopup(session.ext);
    await expect.poll(() => rows(popup).count()).toBeGreaterThan(0);
    const before = await rows(popup).allTextContents();
    const good = JSON.parse(await readFile(backupPath, 'utf8'));
    const cases: [string, string, RegExp][] = [
      ['truncated.json', (await readFile(backupPath, 'utf8')).slice(0, 500), /not valid JSON/],
      ['foreign.json', JSON.stringify({ items: [] }), /not an Ombudsman Lens backup/],
      ['proto.json', JSON.stringify(good).replace('"tags":', '"__proto__":{"x":1},"tags":'), /"__proto__" key/],
      ['types.json', JSON.stringify({ ...good, clips: [{ ...good.clips[0], eventDate: 20221127 }] }), /eventDate should be text/],
    ];
    for (const [name, content, message] of cases) {
      const path = join(session.scratch, name);
      await writeFile(path, content);
      await popup.getByTestId('restore-input').setInputFiles(path);
      await expect.poll(() => popup.getByTestId('message').textContent()).toMatch(message);
      expect(await popup.getByTestId('message').textContent()).toMatch(/Nothing was changed/);
      expect(await rows(popup).allTextContents()).toEqual(before);
    }
    await popup.close();
  });
});

describe('the service worker stopped by the browser', () => {
  it('loses no clip: stopped before a clip, and in the middle of one', async () => {
    const popup = await openPopup(session.ext);
    await expect.poll(() => rows(popup).count()).toBeGreaterThan(0);
    const before = await rows(popup).count();
    const [a, b] = PAGES.slice(-2);
    // Stopped while idle: the next clip starts it again.
    const first = await visit(a!);
    await stopServiceWorker(session.ext, popup);
    expect(await clip(first.tabId)).toMatch(/^(Clipped\.|Already in your clips)/);
    // Stopped in the middle of a clip: the clip lands, or the user is told and can clip again.
    const second = await visit(b!);
    const clipPopup = await openPopup(session.ext, second.tabId);
    await clipPopup.getByTestId('clip-button').click();
    await stopServiceWorker(session.ext, clipPopup);
    const outcome = (await clipPopup.getByTestId('message').textContent({ timeout: 15_000 })) ?? '';
    if (!/^(Clipped\.|Already in your clips)/.test(outcome)) {
      expect(outcome).toMatch(/\S/);
      await clipPopup.getByTestId('clip-button').click();
      await expect.poll(() => clipPopup.getByTestId('message').textContent(), { timeout: 15_000 }).toMatch(/^(Clipped\.|Already in your clips)/);
    }
    await clipPopup.close();
    const after = await openPopup(session.ext);
    await expect.poll(() => rows(after).count()).toBeGreaterThan(0);
    const titles = await rows(after).allTextContents();
    expect(new Set(titles).size).toBe(titles.length);
    expect(titles.length).toBeGreaterThanOrEqual(before);
    expect(titles.length).toBeLessThanOrEqual(before + 2);
    await after.close();
    await popup.close();
    await first.page.close();
    await second.page.close();
  });
});
