/// <reference types="chrome" />
// Chromium with the built extension loaded, and news pages served on 127.0.0.1: shared by
// `npm start` and the browser tests.
import { createServer, type Server } from 'node:http';
import { existsSync, readdirSync } from 'node:fs';
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve, normalize, sep } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '..');
// Overridable so that the browser tests can run against a build in another folder than .output,
// which `npm run build` rewrites.
export const EXTENSION_DIR = process.env.OMBUDSMAN_LENS_EXTENSION_DIR ? resolve(process.env.OMBUDSMAN_LENS_EXTENSION_DIR) : join(ROOT, '.output/chrome-mv3');
export const PAGES_DIR = join(ROOT, 'tests/fixtures/pages');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function indexPage(dir: string): string {
  const links = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'source.html')))
    .map((d) => `<li><a href="/${encodeURIComponent(d.name)}/">${d.name}</a></li>`)
    .join('\n');
  return `<!doctype html><meta charset="utf-8"><title>Ombudsman Lens sample pages</title>
<h1>Sample pages</h1><p>Open a page: the toolbar badge shows <b>HR</b> on ombudsman articles. Clip it from the
Ombudsman Lens popup, the right-click menu, or Alt+Shift+O.</p><ul>${links}</ul>`;
}

/** Serves each fixture folder's source.html at /<slug>/ on 127.0.0.1, with an index at /. */
export async function servePages(dir = PAGES_DIR, port = 0): Promise<{ origin: string; close: () => Promise<void> }> {
  const server: Server = createServer(async (req, res) => {
    let path: string;
    try {
      path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    } catch {
      return void res.writeHead(400).end('bad request');
    }
    if (path === '/') return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(indexPage(dir));
    const file = join(dir, path.endsWith('/') ? `${path}source.html` : path);
    if (!file.startsWith(dir + sep)) return void res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': file.endsWith('.html') ? 'text/html; charset=utf-8' : 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail); // a port in use rejects, so the caller can take another
    server.listen(port, '127.0.0.1', ok);
  });
  const address = server.address() as { port: number };
  return { origin: `http://127.0.0.1:${address.port}`, close: () => new Promise((ok) => server.close(() => ok())) };
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  profileDir: string;
  close(): Promise<void>;
}

/**
 * Launches Chromium with the extension (by default the one in EXTENSION_DIR); pass the same
 * profileDir again to simulate a restart.
 */
export async function launch(profileDir?: string, { headless = true, extensionDir = EXTENSION_DIR } = {}): Promise<ExtensionBrowser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: run "apt-get install chromium" (or set CHROMIUM_PATH).`);
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`No built extension in ${extensionDir}: run "npm run build" first.`);
  const dir = profileDir ?? (await mkdtemp(join(tmpdir(), 'ombudsman-lens-profile-')));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless,
    acceptDownloads: true,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    profileDir: dir,
    close: () => context.close(),
  };
}

export async function removeProfile(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}


/**
 * The extension's service worker. Manifest V3 stops it when idle and starts it again for the next
 * event, so it is looked up each time rather than kept.
 */
export async function extensionWorker(ext: ExtensionBrowser): Promise<Worker> {
  const alive = ext.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${ext.extensionId}/`));
  if (alive) return alive;
  // Any extension event starts it again: ask the runtime from an extension page.
  const page = await ext.context.newPage();
  try {
    await page.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    const started = ext.context.waitForEvent('serviceworker', { timeout: 10_000 });
    await page.evaluate(() => chrome.runtime.sendMessage({ type: 'getTabState', payload: { tabId: -1 } }).catch(() => null));
    return ext.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${ext.extensionId}/`)) ?? (await started);
  } finally {
    await page.close();
  }
}

/**
 * Stops the extension's service worker through the DevTools protocol, as the browser does when it
 * idles, and waits until the protocol reports it stopped.
 */
export async function stopServiceWorker(ext: ExtensionBrowser, page: Page): Promise<void> {
  const cdp = await ext.context.newCDPSession(page);
  const scope = `chrome-extension://${ext.extensionId}/`;
  try {
    const stopped = new Promise<void>((done, fail) => {
      setTimeout(() => fail(new Error('the service worker did not stop')), 10_000);
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        if (versions.some((v) => v.scriptURL.startsWith(scope) && v.runningStatus === 'stopped')) done();
      });
    });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await stopped;
  } finally {
    await cdp.detach();
  }
}

/** The browser's tab id for a page (the extension addresses tabs by id). */
export async function tabIdOf(ext: ExtensionBrowser, page: Page): Promise<number> {
  const url = page.url();
  const id = await (await extensionWorker(ext)).evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, url);
  if (id === undefined) throw new Error(`no tab for ${url}`);
  return id;
}

export async function badgeText(ext: ExtensionBrowser, tabId: number): Promise<string> {
  return (await extensionWorker(ext)).evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** Waits until the badge of a tab shows the text, or fails with what it shows. */
export async function waitForBadge(ext: ExtensionBrowser, tabId: number, text: string, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < until) {
    last = await badgeText(ext, tabId);
    if (last === text) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`badge of tab ${tabId} is "${last}", expected "${text}"`);
}

/** Opens the popup as a page, acting on the given tab (as the toolbar popup acts on the active tab). */
export async function openPopup(ext: ExtensionBrowser, tabId?: number): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/popup.html${tabId === undefined ? '' : `?tab=${tabId}`}`);
  return page;
}

/** Opens a served fixture page in a new tab: the page and the browser's id for its tab. */
export async function visitPage(ext: ExtensionBrowser, origin: string, slug: string): Promise<{ page: Page; tabId: number }> {
  const page = await ext.context.newPage();
  await page.goto(`${origin}/${slug}/`);
  return { page, tabId: await tabIdOf(ext, page) };
}

/** Clips a tab through the popup's button, as a user does, and returns the message it shows. */
export async function clipThroughPopup(ext: ExtensionBrowser, tabId: number): Promise<string> {
  const popup = await openPopup(ext, tabId);
  await popup.getByTestId('clip-button').click();
  const message = await popup.getByTestId('message').textContent({ timeout: 15_000 });
  await popup.close();
  return message ?? '';
}
