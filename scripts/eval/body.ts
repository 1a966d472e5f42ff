// npm run eval:body -- DIR [--extractors ours,readability,defuddle] [--worst N]
// Scores article text on a corpus in the Zyte benchmark's format (DIR/ground-truth.json and
// DIR/html/<id>.html.gz), every extractor on the same pages in one run.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { Readability } from '@mozilla/readability';
import Defuddle from 'defuddle';
import { blockText, extractArticle } from '../../lib/text/article.ts';
import { parseHtml } from '../dom.ts';
import { bodyScores, pagePrecision, pageRecall, shingleCounts, type PageCounts } from './shingles.ts';

type Extractor = (doc: Document) => string;

const EXTRACTORS: Record<string, Extractor> = {
  ours: (doc) => extractArticle(doc).text,
  readability: (doc) => new Readability(doc).parse()?.textContent ?? '',
  defuddle: (doc) => {
    // useAsync off: defuddle may otherwise ask third-party services for content.
    const html = new Defuddle(doc, { useAsync: false }).parse().content;
    const box = doc.createElement('div');
    box.innerHTML = html;
    return blockText(box);
  },
};

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { extractors: { type: 'string', default: 'ours,readability' }, worst: { type: 'string', default: '0' } },
});
const dir = positionals[0];
if (!dir) {
  console.error('usage: npm run eval:body -- DIR [--extractors ours,readability,defuddle] [--worst N]');
  process.exit(2);
}
const names = values.extractors.split(',');
for (const n of names) if (!EXTRACTORS[n]) throw new Error(`unknown extractor "${n}" (${Object.keys(EXTRACTORS).join(', ')})`);

const truth = JSON.parse(await readFile(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
const counts: Record<string, { id: string; c: PageCounts }[]> = Object.fromEntries(names.map((n) => [n, []]));
for (const [id, { articleBody, url }] of Object.entries(truth)) {
  const html = gunzipSync(await readFile(join(dir, 'html', `${id}.html.gz`))).toString('utf8');
  const doc = parseHtml(html, url);
  for (const n of names) {
    let text = '';
    try {
      // Each extractor gets its own copy: ours and Readability take the document apart.
      text = EXTRACTORS[n]!(doc.cloneNode(true) as Document);
    } catch (e) {
      console.error(`${n} failed on ${id}: ${(e as Error).message}`);
    }
    counts[n]!.push({ id, c: shingleCounts(articleBody, text) });
  }
}

console.log(`${Object.keys(truth).length} pages in ${dir}`);
console.log('extractor     precision  recall   F1');
for (const n of names) {
  const s = bodyScores(counts[n]!.map((x) => x.c));
  console.log(`${n.padEnd(13)} ${s.precision.toFixed(3).padStart(9)}  ${s.recall.toFixed(3).padStart(6)}  ${s.f1.toFixed(3)}`);
}
const worst = Number(values.worst);
if (worst > 0) {
  for (const n of names) {
    console.log(`\n${n}: the ${worst} pages with the lowest page F1`);
    const ranked = counts[n]!.map(({ id, c }) => {
      const p = pagePrecision(c);
      const r = pageRecall(c);
      return { id, p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
    }).sort((a, b) => a.f1 - b.f1);
    for (const x of ranked.slice(0, worst)) console.log(`  ${x.id.slice(0, 16)}  P ${x.p.toFixed(2)}  R ${x.r.toFixed(2)}  F1 ${x.f1.toFixed(2)}  ${truth[x.id]!.url}`);
  }
}
