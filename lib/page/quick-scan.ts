// The pass that runs on every page the user opens. It must stay cheap: no layout (textContent,
// not innerText), a bounded amount of text, and one precompiled regex.
import { nhriRegex } from '../terms.ts';

// The same terms relevance counts (lib/relevance), so a page it would accept is never skipped here.
const NHRI = nhriRegex('iu');
const NHRI_ALL = nhriRegex('giu');
const MAX_PARAGRAPHS = 40;
const MAX_CHARS = 8000;
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
// NodeFilter's constants, spelled out: Node has no NodeFilter global for jsdom documents.
const SHOW_TEXT = 0x4;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;

export interface QuickScan {
  candidate: boolean;
  /** The institution terms seen (at most five), for debugging a page that was or was not flagged. */
  hits: string[];
}

function headline(doc: Document): string {
  const meta = (sel: string) => doc.querySelector<HTMLMetaElement>(sel)?.content ?? '';
  const h1 = doc.querySelector('h1')?.textContent ?? '';
  // Every source the clip's title may come from (lib/metadata), so relevance never sees a headline this scan did not.
  return [doc.title, h1, meta('meta[property="og:title"]'), meta('meta[name="twitter:title"]'), meta('meta[name="description"]')].join(' \n ');
}

function leadText(doc: Document): string {
  const root = doc.querySelector('article') ?? doc.querySelector('main') ?? doc.body;
  if (!root) return '';
  let out = '';
  const paragraphs = root.querySelectorAll('p');
  for (let i = 0; i < paragraphs.length && i < MAX_PARAGRAPHS && out.length < MAX_CHARS; i++) {
    out += `${paragraphs[i]?.textContent ?? ''}\n`;
  }
  // Some sites put the article in bare divs or <br>-separated text: read text nodes, in order,
  // until there is enough (textContent would build the whole page's text, scripts included).
  if (out.length < 200) {
    const walker = doc.createTreeWalker(root, SHOW_TEXT, {
      acceptNode: (n) => (SKIP.has(n.parentElement?.tagName ?? '') ? FILTER_REJECT : FILTER_ACCEPT),
    });
    for (let n = walker.nextNode(); n && out.length < MAX_CHARS; n = walker.nextNode()) out += `${n.nodeValue} `;
  }
  return out;
}

/**
 * Is this page worth the full extraction? True when an ombudsman/NHRI term is in the headline,
 * or appears at least twice in the lead text. Sector ombudsmen pass here and are ruled out later.
 */
export function quickScan(doc: Document): QuickScan {
  const head = headline(doc);
  const headHit = head.match(NHRI);
  const lead = leadText(doc);
  const leadHits = lead.match(NHRI_ALL) ?? [];
  const hits = [...new Set([...(headHit ? [headHit[0]] : []), ...leadHits].map((h) => h.toLowerCase()))];
  return { candidate: Boolean(headHit) || leadHits.length >= 2, hits: hits.slice(0, 5) };
}
