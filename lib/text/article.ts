// Page -> article text. Readability finds the article on a copy of the document; the copy is
// first stripped of the furniture news sites wrap around articles, and the text is then cleaned of
// the lines that still slip through (view counters, slider captions, JavaScript notices).
import { Readability } from '@mozilla/readability';
import boilerplate from '../data/boilerplate.json' with { type: 'json' };

const NOISE_SELECTOR = boilerplate.selectors.join(',');
const NOISE_LINES = boilerplate.lines.map((src) => new RegExp(src, 'iu'));
const MAX_ELEMENTS = 60_000;
const BLOCK_TAGS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'BLOCKQUOTE', 'PRE', 'TABLE', 'TR', 'FIGURE', 'FIGCAPTION', 'HEADER', 'MAIN', 'DD', 'DT',
]);

export interface ArticleText {
  text: string;
  /** Readability's own reading of title, byline and date, used as fallbacks by the metadata stage. */
  title: string | null;
  byline: string | null;
  publishedTime: string | null;
  siteName: string | null;
}

/** Plain text of an element, with a line break between block elements and for <br>. */
export function blockText(root: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      parts.push(node.nodeValue ?? '');
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName;
    if (tag === 'BR') {
      parts.push('\n');
      return;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) parts.push('\n');
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
    if (block) parts.push('\n');
  };
  walk(root);
  return parts.join('');
}

/** Collapses white space inside lines, drops empty and boilerplate lines. */
export function cleanText(raw: string, headline?: string | null): string {
  const lines = raw
    .split('\n')
    .map((l) => l.replace(/[\s\u00a0]+/g, ' ').trim())
    .filter((l) => l && !NOISE_LINES.some((re) => re.test(l)));
  // A headline repeated as the first line of the body is not part of the text.
  if (headline && lines.length && lines[0] === headline.trim()) lines.shift();
  return lines.join('\n');
}

/** Extracts the article from a document without touching it: the work is done on a deep copy. */
export function extractArticle(doc: Document): ArticleText {
  const copy = doc.cloneNode(true) as Document;
  copy.querySelectorAll(NOISE_SELECTOR).forEach((el) => el.remove());
  const fallbackRoot = copy.querySelector('article') ?? copy.querySelector('main') ?? copy.body;
  const fallback = fallbackRoot ? blockText(fallbackRoot) : '';
  let parsed: ReturnType<Readability<Element>['parse']> = null;
  try {
    parsed = new Readability<Element>(copy.cloneNode(true) as Document, {
      serializer: (node: Node) => node as Element,
      charThreshold: 300,
      // Readability gives up (throws) past this many elements; a huge page then gets the fallback text.
      maxElemsToParse: MAX_ELEMENTS,
    }).parse();
  } catch {
    parsed = null; // a malformed page still gets the fallback text
  }
  const raw = parsed?.content ? blockText(parsed.content) : fallback;
  return {
    text: cleanText(raw, parsed?.title),
    title: parsed?.title ?? null,
    byline: parsed?.byline ?? null,
    publishedTime: parsed?.publishedTime ?? null,
    siteName: parsed?.siteName ?? null,
  };
}
