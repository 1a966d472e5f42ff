// npm run extract -- [--url URL] [--format json|csv|events|backup] FILE.html [FILE.html ...]
// Reads saved pages with the same pipeline the extension runs and prints clips: JSON Lines, the
// popup's CSV, the events CSV, or a backup file the popup can restore.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { extractFromDocument, toClip } from '../lib/extract.ts';
import { clipsToCsv } from '../lib/export/csv.ts';
import { clipsToEventsCsv } from '../lib/export/events.ts';
import { backupToJson, freshBackupClip } from '../lib/export/backup.ts';
import { canonicalUrl } from '../lib/metadata/metadata.ts';
import { parseHtml } from './dom.ts';
import type { Clip } from '../lib/types.ts';

const USAGE = 'usage: npm run extract -- [--url URL] [--format json|csv|events|backup] FILE.html [FILE.html ...]';

/** Whole-file formats; json streams one line per page as it is read. */
const WRITERS = new Map<string, (clips: Clip[]) => string>([
  ['csv', clipsToCsv],
  ['events', clipsToEventsCsv],
  ['backup', (clips) => backupToJson(clips.map(freshBackupClip))],
]);

async function extractFile(file: string, url: string | undefined): Promise<Clip> {
  let html: string;
  try {
    html = await readFile(file, 'utf8');
  } catch (e) {
    throw new Error(`cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  // The clip's address: --url, else the page's own canonical link, else the file.
  const fileUrl = pathToFileURL(resolve(file)).href;
  const doc = parseHtml(html, url ?? fileUrl);
  return toClip(extractFromDocument(doc, url ?? canonicalUrl(doc, fileUrl)));
}

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: { url: { type: 'string' }, format: { type: 'string', default: 'json' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help || !positionals.length) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const writer = values.format === 'json' ? null : WRITERS.get(values.format);
  if (writer === undefined) {
    console.error(`unknown --format "${values.format}" (json, csv, events or backup)\n${USAGE}`);
    return 2;
  }
  if (values.url !== undefined && !URL.canParse(values.url)) {
    console.error(`--url "${values.url}" is not an address (e.g. https://example.org/story)\n${USAGE}`);
    return 2;
  }
  let failed = 0;
  const clips: Clip[] = [];
  for (const file of positionals) {
    try {
      const clip = await extractFile(file, values.url);
      if (writer) clips.push(clip);
      else process.stdout.write(`${JSON.stringify(clip)}\n`);
    } catch (e) {
      console.error(`${file}: ${(e as Error).message}`);
      failed++;
    }
  }
  if (writer) process.stdout.write(writer(clips));
  return failed ? 1 : 0;
}

process.exitCode = await main();
