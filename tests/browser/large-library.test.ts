// A library larger than the popup's first screen and than one page of the CSV export, in Chromium.
import { describe, expect, it } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Papa from 'papaparse';
import { clipThroughPopup, visitPage, openPopup } from '../../scripts/chromium.ts';
import { useExtension } from './session.ts';

const session = useExtension('ombudsman-lens-large-');

// 600 old clips from a backup: more than the 100 rows the popup paints first, and more than one
// 500-clip page of the CSV export.
const OLD = 600;
const rows = (popup: Awaited<ReturnType<typeof openPopup>>) => popup.getByTestId('clip-row');

describe('a library larger than the first screen', () => {
  it('shows the newest rows and the total first, searches every clip, and exports them all', async () => {
    const { tabId } = await visitPage(session.ext, session.server.origin, 'seed-000-azernews-mou');
    expect(await clipThroughPopup(session.ext, tabId)).toMatch(/^Clipped\./);
    const popup = await openPopup(session.ext);
    await popup.locator('summary', { hasText: 'More' }).click();
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByTestId('export-backup').click()]);
    const backup = JSON.parse(await readFile((await download.path())!, 'utf8'));
    const template = backup.clips[0];
    const archive = Array.from({ length: OLD }, (_, n) => ({
      ...template,
      url: `https://archive.example/clip-${n}`,
      canonicalUrl: `https://archive.example/clip-${n}`,
      title: n === 0 ? 'Oldest archive clip about a Zanzibar hearing' : `Archive clip ${n}`,
      clippedAt: new Date(Date.UTC(2020, 0, 1, 0, n)).toISOString(),
      updatedAt: new Date(Date.UTC(2020, 0, 1, 0, n)).toISOString(),
    }));
    const path = join(session.scratch, 'archive.json');
    await writeFile(path, JSON.stringify({ ...backup, clips: archive }));
    await popup.getByTestId('restore-input').setInputFiles(path);
    await expect.poll(() => popup.getByTestId('message').textContent(), { timeout: 30_000 }).toBe(`Backup restored: ${OLD} added, 0 merged, 0 already up to date.`);
    await popup.close();

    const fresh = await openPopup(session.ext);
    const heading = fresh.locator('h2.section-title');
    await expect.poll(() => heading.textContent()).toBe(`Clips (100 of ${OLD + 1})`);
    expect(await rows(fresh).count()).toBe(100);
    // The newest first: the clip made today, then the 2020 archive from its newest.
    const shown = await rows(fresh).allTextContents();
    expect(shown[0]).toContain('Ombudspersons ink MoU');
    expect(shown[1]).toContain(`Archive clip ${OLD - 1}`);
    expect(shown.some((t) => t.includes('Zanzibar'))).toBe(false);
    await fresh.getByTestId('search').fill('zanzibar');
    await expect.poll(() => rows(fresh).allTextContents()).toEqual([expect.stringContaining('Oldest archive clip about a Zanzibar hearing')]);

    const [csv] = await Promise.all([fresh.waitForEvent('download'), fresh.getByTestId('export-csv').click()]);
    const parsed = Papa.parse<Record<string, string>>((await readFile((await csv.path())!, 'utf8')).slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(OLD + 1);
    expect(new Set(parsed.data.map((r) => r.url)).size).toBe(OLD + 1);
    await fresh.close();
  });
});
