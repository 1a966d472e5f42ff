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
  let failed = 0;
  const clips: Clip[] = [];
  for (const file of positionals) {
    let html: string;
    try {
      html = await readFile(file, 'utf8');
    } catch (e) {
      console.error(`${file}: cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
      failed++;
      continue;
    }
    // The clip's address: --url, else the page's own canonical link, else the file.
    const fileUrl = pathToFileURL(resolve(file)).href;
    const doc = parseHtml(html, values.url ?? fileUrl);
    const clip = toClip(extractFromDocument(doc, values.url ?? canonicalUrl(doc, fileUrl)));
    if (values.format === 'json') process.stdout.write(`${JSON.stringify(clip)}\n`);
    else clips.push(clip);
  }
  if (values.format === 'csv') process.stdout.write(clipsToCsv(clips));
  return failed ? 1 : 0;
}

process.exitCode = await main();
