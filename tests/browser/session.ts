// The browser each browser-test file works in: the fixture pages served on 127.0.0.1 and Chromium
// with the built extension in a fresh profile, started before the file's tests and removed after
// them, with a scratch folder for files when the tests write some.
import { afterAll, beforeAll } from 'vitest';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, removeProfile, servePages, type ExtensionBrowser } from '../../scripts/chromium.ts';

export interface Session {
  server: Awaited<ReturnType<typeof servePages>>;
  /** Replaced by a test that restarts the browser. */
  ext: ExtensionBrowser;
  /** Empty unless a scratch folder was asked for. */
  scratch: string;
}

export function useExtension(scratchPrefix?: string): Session {
  const session = { scratch: '' } as Session;
  beforeAll(async () => {
    session.server = await servePages();
    session.ext = await launch();
    if (scratchPrefix) session.scratch = await mkdtemp(join(tmpdir(), scratchPrefix));
  });
  afterAll(async () => {
    await session.ext?.close();
    if (session.ext) await removeProfile(session.ext.profileDir);
    if (session.scratch) await removeProfile(session.scratch);
    await session.server?.close();
  });
  return session;
}
