// npm run eval -- DIR [--quiet]
// Scores the engine on a labelled corpus in the ombudsman-news format (one folder per page with
// source.html and expected.json), by the comparison rules of that corpus's README.
// npm run eval -- --negatives DIR
// Runs it over pages none of which reports ombudsman activity (the zyte-article-benchmark layout:
// html/<id>.html.gz and ground-truth.json) and lists every page judged relevant.
import { readdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { extractFromDocument } from '../../lib/extract.ts';
import { quickScan } from '../../lib/page/quick-scan.ts';
import type { Extraction } from '../../lib/types.ts';
import { parseHtml } from '../dom.ts';
import { nameTokens, namesMatch } from './match.ts';
import type { Labels } from './labels.ts';


class Tally {
  right = 0;
  total = 0;
  add(ok: boolean) {
    this.total++;
    if (ok) this.right++;
  }
  toString() {
    return this.total ? `${(this.right / this.total).toFixed(3)} (${this.right}/${this.total})` : 'n/a';
  }
}

class Prf {
  tp = 0;
  fp = 0;
  fn = 0;
  get precision() {
    return this.tp + this.fp ? this.tp / (this.tp + this.fp) : 1;
  }
  get recall() {
    return this.tp + this.fn ? this.tp / (this.tp + this.fn) : 1;
  }
  get f1() {
    const { precision: p, recall: r } = this;
    return p + r ? (2 * p * r) / (p + r) : 0;
  }
  toString() {
    return `P ${this.precision.toFixed(3)}  R ${this.recall.toFixed(3)}  F1 ${this.f1.toFixed(3)}`;
  }
}

/** Greedy one-to-one matching of labelled to extracted names. */
function matchNames(expected: string[], extracted: string[]): { tp: number; missed: string[]; extra: string[] } {
  const left = [...extracted];
  const missed: string[] = [];
  for (const name of expected) {
    const i = left.findIndex((x) => namesMatch(name, x));
    if (i === -1) missed.push(name);
    else left.splice(i, 1);
  }
  return { tp: expected.length - missed.length, missed, extra: left };
}

function cityMatches(expected: string, got: string | null | undefined): boolean {
  if (!got) return false;
  const a = nameTokens(expected);
  const b = new Set(nameTokens(got));
  return a.length > 0 && a.every((t) => b.has(t));
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { quiet: { type: 'boolean', default: false }, negatives: { type: 'boolean', default: false } },
});
const dir = positionals[0];
if (!dir) {
  console.error('usage: npm run eval -- DIR [--quiet] | npm run eval -- --negatives DIR');
  process.exit(2);
}

/** Every page relevance accepts must pass the every-page quick scan, or the extension never looks at it. */
function scanMisses(html: string, url: string, clip: Extraction): boolean {
  return clip.relevance.isRelevant && !quickScan(parseHtml(html, url)).candidate;
}

if (values.negatives) {
  const truth = JSON.parse(await readFile(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { url: string }>;
  const files = (await readdir(join(dir, 'html'))).filter((f) => f.endsWith('.html.gz')).sort();
  const accepted: string[] = [];
  let candidates = 0;
  let closest = { score: -1, page: '' };
  for (const file of files) {
    const id = file.replace(/\.html\.gz$/, '');
    const url = truth[id]?.url ?? `https://example.org/${id}`;
    const html = gunzipSync(await readFile(join(dir, 'html', file))).toString('utf8');
    if (quickScan(parseHtml(html, url)).candidate) candidates++;
    const clip = extractFromDocument(parseHtml(html, url), url);
    if (clip.relevance.score > closest.score) closest = { score: clip.relevance.score, page: `${id} (${clip.relevance.reasons.slice(1).join('; ')})` };
    if (clip.relevance.isRelevant) accepted.push(`${id} ${url}\n    ${clip.title}\n    ${clip.relevance.reasons.join('; ')}`);
  }
  console.log(`${files.length} pages in ${dir}, none reporting ombudsman activity`);
  console.log(`judged relevant      ${accepted.length} (false positives)`);
  console.log(`quick-scan candidates ${candidates}`);
  console.log(`highest score        ${closest.score}: ${closest.page}`);
  if (accepted.length) console.log(`\n${accepted.join('\n')}`);
  process.exit(0);
}

const detection = new Prf();
const eventType = new Tally();
const eventDate = new Tally();
const publishedAt = new Tally();
const language = new Tally();
const location = new Tally();
const agreement = new Tally();
const countries = new Prf();
const actors = new Prf();
const problems: string[] = [];
const scanMissed: string[] = [];
let pages = 0;
let skipped = 0;

for (const entry of (await readdir(dir, { withFileTypes: true })).filter((d) => d.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
  const folder = join(dir, entry.name);
  if (!existsSync(join(folder, 'source.html')) || !existsSync(join(folder, 'expected.json'))) {
    problems.push(`${entry.name}: missing source.html or expected.json`);
    continue;
  }
  const exp = JSON.parse(await readFile(join(folder, 'expected.json'), 'utf8')) as Labels;
  const html = await readFile(join(folder, 'source.html'), 'utf8');
  let clip: Extraction;
  try {
    clip = extractFromDocument(parseHtml(html, exp.url), exp.url);
  } catch (e) {
    problems.push(`${entry.name}: extraction failed: ${(e as Error).message}`);
    continue;
  }
  pages++;
  if (scanMisses(html, exp.url, clip)) scanMissed.push(entry.name);
  const wrong: string[] = [];
  const note = (field: string, got: unknown, want: unknown) => wrong.push(`${field}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
  if (exp.language) {
    language.add(clip.language === exp.language);
    if (clip.language !== exp.language) note('language', clip.language, exp.language);
  }
  if (exp.isRelevant === null) {
    skipped++;
  } else {
    const got = clip.relevance.isRelevant;
    if (got && exp.isRelevant) detection.tp++;
    else if (got) detection.fp++;
    else if (exp.isRelevant) detection.fn++;
    if (got !== exp.isRelevant) note('isRelevant', `${got} (${clip.relevance.score}: ${clip.relevance.reasons.join('; ')})`, exp.isRelevant);
  }
  if (exp.isRelevant === true) {
    eventType.add(clip.eventType === exp.eventType);
    if (clip.eventType !== exp.eventType) note('eventType', clip.eventType, exp.eventType);
    if (exp.eventDate !== null) {
      eventDate.add(clip.eventDate === exp.eventDate);
      if (clip.eventDate !== exp.eventDate) note('eventDate', clip.eventDate, exp.eventDate);
    }
    if (exp.publishedAt !== null) {
      publishedAt.add(clip.publishedAt === exp.publishedAt);
      if (clip.publishedAt !== exp.publishedAt) note('publishedAt', clip.publishedAt, exp.publishedAt);
    }
    if (exp.location?.city) {
      const ok = cityMatches(exp.location.city, clip.location?.city);
      location.add(ok);
      if (!ok) note('location', clip.location, exp.location);
    }
    const signed = clip.agreements.length > 0;
    agreement.add(signed === exp.agreementSigned);
    if (signed !== exp.agreementSigned) note('agreementSigned', signed, exp.agreementSigned);
    const want = new Set(exp.participantCountries);
    const got = new Set(clip.participantCountries);
    const tp = [...want].filter((c) => got.has(c)).length;
    countries.tp += tp;
    countries.fp += got.size - tp;
    countries.fn += want.size - tp;
    if (tp !== want.size || tp !== got.size) note('participantCountries', [...got], [...want]);
    const m = matchNames(exp.actors, clip.actors.map((a) => a.name));
    actors.tp += m.tp;
    actors.fp += m.extra.length;
    actors.fn += m.missed.length;
    if (m.missed.length || m.extra.length) wrong.push(`actors: missed ${JSON.stringify(m.missed)}, extra ${JSON.stringify(m.extra)}`);
  }
  if (wrong.length && !values.quiet) problems.push(`${entry.name}\n    ${wrong.join('\n    ')}`);
}

console.log(`${pages} pages in ${dir} (${skipped} undecidable, left out of detection)`);
console.log(`detection            ${detection}  (tp ${detection.tp}, fp ${detection.fp}, fn ${detection.fn})`);
console.log(`event type           ${eventType}`);
console.log(`event date           ${eventDate}`);
console.log(`published date       ${publishedAt}`);
console.log(`location (city)      ${location}`);
console.log(`agreement signed     ${agreement}`);
console.log(`participant countries ${countries}`);
console.log(`actors               ${actors}`);
console.log(`language             ${language}`);
console.log(`quick scan misses    ${scanMissed.length ? scanMissed.join(', ') : 'none'} (pages judged relevant that the every-page scan would skip)`);
if (problems.length) console.log(`\nPages with errors, field by field:\n${problems.join('\n')}`);
