// The library the bench seeds: real extractions of real pages, cycled into a library of thousands
// of clips as a researcher builds one over years (tags and notes on some, a few corrections).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { extractFromDocument } from '../lib/extract.ts';
import { canonicalUrl } from '../lib/metadata/metadata.ts';
import { matchRows, newestFirst, rowOf, type ClipQuery } from '../lib/db/clips.ts';
import type { BackupClip } from '../lib/export/backup.ts';
import type { Extraction } from '../lib/types.ts';
import { parseHtml } from './dom.ts';
import { PAGES_DIR, ROOT } from './chromium.ts';

/** Extractions of the fixture pages and the corpus pages; a page the extractor fails on is counted and skipped. */
async function extractPages(corpus: string): Promise<{ extractions: Extraction[]; failed: number }> {
  const urls = JSON.parse(await readFile(join(corpus, 'ground-truth.json'), 'utf8')) as Record<string, { url?: string }>;
  const files: { file: string; url: string | undefined }[] = [];
  const htmlDir = join(corpus, 'html');
  for (const f of readdirSync(htmlDir).sort()) {
    const id = /^(.+)\.html(\.gz)?$/.exec(f)?.[1];
    if (id) files.push({ file: join(htmlDir, f), url: urls[id]?.url });
  }
  for (const d of readdirSync(PAGES_DIR).sort()) {
    const file = join(PAGES_DIR, d, 'source.html');
    if (existsSync(file)) files.push({ file, url: undefined });
  }
  const extractions: Extraction[] = [];
  let failed = 0;
  for (const { file, url } of files) {
    try {
      const raw = await readFile(file);
      const html = (file.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
      const doc = parseHtml(html, url ?? pathToFileURL(file).href);
      extractions.push(extractFromDocument(doc, url ?? canonicalUrl(doc, pathToFileURL(file).href)));
    } catch {
      failed++;
    }
  }
  return { extractions, failed };
}

/**
 * extractPages, kept in the temporary folder under a hash of the extractor's sources and the pages:
 * jsdom takes minutes over the corpus on a busy machine, and the result only changes with those.
 */
export async function cachedExtractions(corpus: string): Promise<{ extractions: Extraction[]; failed: number; cached: boolean }> {
  const hash = createHash('sha256');
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true })
      .sort((a, b) => a.name.localeCompare(b.name))
      .flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : [join(dir, d.name)]));
  // The library, its exports and the background play no part in an extraction.
  const extractor = files(join(ROOT, 'lib')).filter((f) => !/\/lib\/(db|export|background)\//.test(f));
  for (const file of [...extractor, join(ROOT, 'scripts/dom.ts'), ...files(join(corpus, 'html')), ...files(PAGES_DIR)]) {
    hash.update(file).update(await readFile(file));
  }
  const name = `ombudsman-lens-bench-extractions-${hash.digest('hex').slice(0, 16)}.json`;
  const cache = join(tmpdir(), name);
  if (existsSync(cache)) return { ...(JSON.parse(await readFile(cache, 'utf8')) as { extractions: Extraction[]; failed: number }), cached: true };
  const result = await extractPages(corpus);
  // Extractions by earlier versions of the extractor are of no more use.
  for (const f of readdirSync(tmpdir())) if (f.startsWith('ombudsman-lens-bench-extractions-') && f !== name) await rm(join(tmpdir(), f), { force: true });
  await writeFile(cache, JSON.stringify(result));
  return { ...result, cached: false };
}

const TAGS = ['Ukraine', 'prisoners of war', 'OHCHR', 'follow up', 'GANHRI', 'detention', 'cooperation', 'Caucasus', 'for the report', 'migration', 'APF', 'IOI'];
const NOTES = [
  'Ask the office for the joint statement.',
  'Check the date against the press release on the institution’s site.',
  'Same meeting as the one reported by the ministry; keep both.',
  'Quoted in the annual report draft, section 3.',
  'Follow up: was the memorandum signed or only discussed?',
];
const YEAR_MS = 365.25 * 24 * 3600 * 1000;

/** A small deterministic generator, so that every run seeds the same library. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/**
 * `count` clips cycling the extractions, newest first, clipped over about three years up to `now`:
 * each gets its own canonical URL (the page's, then with a page number), about one in six has tags,
 * one in twenty a note, one in fifty a corrected event date or participant countries.
 */
export function makeLibrary(extractions: readonly Extraction[], count: number, now = new Date()): BackupClip[] {
  const rand = random(4);
  const step = (3 * YEAR_MS) / count;
  const clips: BackupClip[] = [];
  const urls = new Set<string>();
  for (let i = 0; i < count; i++) {
    const e = extractions[i % extractions.length]!;
    const round = Math.floor(i / extractions.length);
    const url = new URL(e.canonicalUrl);
    if (round) url.searchParams.set('page', String(round + 1));
    // Two pages may give the same canonical address, and a restore would merge them into one clip.
    if (urls.has(url.href)) url.searchParams.set('clip', String(i));
    urls.add(url.href);
    // Whole milliseconds apart and distinct, so that the newest-first order is total.
    const clippedAt = new Date(now.getTime() - Math.round(i * step + rand() * step * 0.5)).toISOString();
    const clip: BackupClip = { ...e, url: url.href, canonicalUrl: url.href, tags: [], note: '', clippedAt, updatedAt: clippedAt, corrections: {}, extracted: {} };
    if (rand() < 1 / 6) clip.tags = [...new Set([TAGS[Math.floor(rand() * TAGS.length)]!, ...(rand() < 0.3 ? [TAGS[Math.floor(rand() * TAGS.length)]!] : [])])];
    if (rand() < 1 / 20) clip.note = NOTES[Math.floor(rand() * NOTES.length)]!;
    if (rand() < 1 / 50) {
      const corrections = rand() < 0.5 ? { eventDate: clippedAt.slice(0, 10) } : { participantCountries: ['AZ', 'UA'] };
      clip.corrections = corrections;
      clip.extracted = Object.fromEntries(Object.keys(corrections).map((k) => [k, e[k as keyof typeof corrections]]));
      Object.assign(clip, corrections);
    }
    if (clip.tags.length || clip.note || Object.keys(clip.corrections).length) {
      clip.updatedAt = new Date(Math.min(now.getTime(), Date.parse(clippedAt) + rand() * 30 * 24 * 3600 * 1000)).toISOString();
    }
    clips.push(clip);
  }
  return clips;
}

/**
 * What the popup lists for a query, as canonical URLs (the popup's own matchRows over rows made as
 * the restore makes them, ids in file order): the bench waits for the list to change only after
 * keystrokes that change it.
 */
export function listModel(clips: readonly BackupClip[], limit: number): (q: ClipQuery) => string[] {
  const rows = newestFirst(clips.map((c, i) => rowOf({ ...c, id: i + 1 })));
  return (q) => matchRows(rows, { ...q, limit }).map((r) => r.canonicalUrl);
}
