// Runs inside each benchmark page: scripts/bench.ts bundles this module into an IIFE (global
// `olBench`) and evaluates it in the page. The three measures run on the live document exactly as
// the extension runs them, interleaved round by round so that a noisy moment on the shared machine
// hits all three alike.
import { Readability } from '@mozilla/readability';
import { quickScan } from '../lib/page/quick-scan.ts';
import { extractFromDocument } from '../lib/extract.ts';

export const MEASURES = ['quickScan', 'extraction', 'readability'] as const;
export type Measure = (typeof MEASURES)[number];

export interface PageRun {
  /** Milliseconds per round, in round order (round 0 first). Empty after an error. */
  times: Record<Measure, number[]>;
  errors: Partial<Record<Measure, string>>;
  /** Whether the quick scan flags the page, i.e. whether the extension would run the extraction. */
  candidate: boolean;
  elements: number;
  crossOriginIsolated: boolean;
}

const RUN: Record<Measure, () => unknown> = {
  // As entrypoints/content.ts runs it.
  quickScan: () => quickScan(document),
  // As entrypoints/extractor.ts runs it, the clone included: the product pays for it.
  extraction: () => extractFromDocument(document.cloneNode(true) as Document, location.href),
  readability: () => new Readability(document.cloneNode(true) as Document).parse(),
};

export function run(rounds: number): PageRun {
  const times = { quickScan: [], extraction: [], readability: [] } as Record<Measure, number[]>;
  const errors: PageRun['errors'] = {};
  for (let r = 0; r < rounds; r++) {
    // Round 0 keeps the product's order, so each measure's first run is as cold as in the product
    // (the quick scan runs first on a page; the extraction runs before anything warmed Readability).
    // Later rounds rotate the order, so that garbage one measure leaves is not always collected
    // during the same other one.
    const order = MEASURES.map((_, i) => MEASURES[(i + r) % MEASURES.length]!);
    for (const m of order) {
      if (errors[m]) continue;
      try {
        const t0 = performance.now();
        RUN[m]();
        times[m].push(performance.now() - t0);
      } catch (e) {
        errors[m] = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
        times[m] = [];
      }
    }
  }
  let candidate = false;
  try {
    candidate = quickScan(document).candidate;
  } catch {
    // already reported in errors
  }
  return { times, errors, candidate, elements: document.getElementsByTagName('*').length, crossOriginIsolated };
}
