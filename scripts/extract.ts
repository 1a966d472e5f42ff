// npm run extract -- [--url URL] [--format json|csv] FILE.html [FILE.html ...]
// Reads saved pages with the same pipeline the extension runs and prints clips (JSON Lines or CSV).
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { extractFromDocument, toClip } from '../lib/extract.ts';
import { clipsToCsv } from '../lib/export/csv.ts';
import { canonicalUrl } from '../lib/metadata/metadata.ts';
import { parseHtml } from './dom.ts';
import type { Clip } from '../lib/types.ts';

const USAGE = 'usage: npm run extract -- [--url URL] [--format json|csv] FILE.html [FILE.html ...]';

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
  if (values.format !== 'json' && values.format !== 'csv') {
    console.error(`unknown --format "${values.format}" (json or csv)\n${USAGE}`);
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
      if (values.format === 'json') process.stdout.write(`${JSON.stringify(clip)}\n`);
      else clips.push(clip);
    } catch (e) {
      console.error(`${file}: ${(e as Error).message}`);
      failed++;
    }
  }
  if (values.format === 'csv') process.stdout.write(clipsToCsv(clips));
  return failed ? 1 : 0;
}

process.exitCode = await main();
