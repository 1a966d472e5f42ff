// npm start: serves the bundled sample pages on 127.0.0.1 and opens Chromium with the freshly
// built extension (the npm script builds it first). Without a display it says so, explains how to
// load the extension by hand, and runs the product headless on the sample pages instead.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Papa from 'papaparse';
import { EXTENSION_DIR, ROOT, launch, openPopup, servePages, tabIdOf, badgeText, removeProfile } from './chromium.ts';

const PORT = Number(process.env.PORT ?? 8787);
const PROFILE = join(ROOT, '.profile');
// Four ombudsman articles and a banking-ombudsman story the extension must leave alone.
const SAMPLES = ['seed-000-azernews-mou', 'seed-002-pakistan-embassy', 'seed-003-ohchr-videoconference', 'seed-004-ukraine-online-meeting', 'neg-banking-ombudsman-ruling'];
const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

const server = await servePages(undefined, PORT).catch(() => servePages());

if (hasDisplay && !process.argv.includes('--demo')) {
  const ext = await launch(PROFILE, { headless: false });
  const page = ext.context.pages()[0] ?? (await ext.context.newPage());
  await page.goto(server.origin);
  console.log(`Ombudsman Lens is running in Chromium (profile: ${PROFILE}).`);
  console.log(`Sample pages: ${server.origin}/  Close the browser window to stop.`);
  ext.context.on('close', () => void server.close());
} else {
  console.log(
    [
      'No display is available (DISPLAY is not set), so Chromium cannot open a window here.',
      '',
      'To use Ombudsman Lens in your own browser, load the built extension by hand:',
      `  Chromium/Chrome: open chrome://extensions, turn on "Developer mode", click "Load unpacked" and choose ${EXTENSION_DIR}`,
      `  Firefox: open about:debugging#/runtime/this-firefox, click "Load Temporary Add-on" and choose ${join(ROOT, '.output/firefox-mv3/manifest.json')}`,
      '',
      'Meanwhile, here is the extension at work on the sample pages, in headless Chromium:',
      '',
    ].join('\n'),
  );
  const ext = await launch();
  try {
    for (const slug of SAMPLES) {
      const page = await ext.context.newPage();
      await page.goto(`${server.origin}/${slug}/`);
      const tabId = await tabIdOf(ext, page);
      await page.waitForTimeout(1500);
      const recognised = (await badgeText(ext, tabId)) === 'HR';
      let outcome = 'not recognised, not clipped';
      if (recognised) {
        const popup = await openPopup(ext, tabId);
        await popup.getByTestId('clip-button').click();
        outcome = `recognised, ${(await popup.getByTestId('message').textContent({ timeout: 15_000 }))?.toLowerCase()}`;
        await popup.close();
      }
      console.log(`  ${slug.padEnd(34)} ${outcome}`);
      await page.close();
    }
    const popup = await openPopup(ext);
    await popup.getByTestId('clip-row').first().waitFor();
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByTestId('export-csv').click()]);
    const csvPath = join(ROOT, 'ombudsman-lens-demo.csv');
    await download.saveAs(csvPath);
    const rows = Papa.parse<Record<string, string>>((await readFile(csvPath, 'utf8')).replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
    console.log(`\nThe popup exported ${rows.length} clips to ${csvPath}:`);
    for (const r of rows) {
      console.log(`  ${r.event_type?.padEnd(18)} ${(r.event_date || '-').padEnd(10)} ${(r.participant_countries || '-').padEnd(10)} ${r.title}`);
    }
  } finally {
    await ext.close();
    await removeProfile(ext.profileDir);
    await server.close();
  }
}
