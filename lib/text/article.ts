// Page -> article text. Readability finds the article on a copy of the document; the copy is
// first stripped of the furniture news sites wrap around articles, and the text is then cleaned of
// the lines that still slip through (view counters, slider captions, JavaScript notices).
import { Readability } from '@mozilla/readability';
import boilerplate from '../data/boilerplate.json' with { type: 'json' };

const NOISE_SELECTOR = boilerplate.selectors.join(',');
// One regex for all the boilerplate lines: one test per line of text, not one per pattern.
const NOISE_LINE = new RegExp(boilerplate.lines.map((src) => `(?:${src})`).join('|'), 'iu');
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
    .filter((l) => l && !NOISE_LINE.test(l));
  // A headline repeated as the first line of the body is not part of the text.
  if (headline && lines.length && lines[0] === headline.trim()) lines.shift();
  return lines.join('\n');
}

/** Text inside paragraphs: what an article is made of, unlike captions, menus and link lists. */
function paragraphChars(root: Element): number {
  let n = 0;
  root.querySelectorAll('p').forEach((p) => (n += (p.textContent ?? '').length));
  return n;
}

/**
 * Removes the furniture inside an article (slider captions, share bars, view counters, related
 * lists). A match that holds half the article's paragraphs is a container, not furniture: some
 * sites put "slider" or "gallery" in the class of the element that wraps the whole story.
 */
function removeNoise(root: Element): void {
  const limit = paragraphChars(root) / 2;
  for (const el of root.querySelectorAll(NOISE_SELECTOR)) {
    // contains(): an element inside an already removed one is gone too (isConnected is false
    // for every node of a detached tree, so it cannot tell).
    if (root.contains(el) && (paragraphChars(el) <= limit || limit === 0)) el.remove();
  }
}

/**
 * Extracts the article. Readability takes the document apart as it works, so the caller passes
 * a copy it owns (the in-page extractor clones the live page once; the command line parses its own).
 */
export function extractArticle(doc: Document): ArticleText {
  let parsed: ReturnType<Readability<Element>['parse']> = null;
  try {
    parsed = new Readability<Element>(doc, {
      serializer: (node: Node) => node as Element,
      // Readability gives up (throws) past this many elements; a huge page then gets the fallback text.
      maxElemsToParse: MAX_ELEMENTS,
    }).parse();
  } catch {
    parsed = null; // a malformed or huge page still gets the fallback text
  }
  // Without a Readability result: the page's article, main or body element. (Readability checks
  // the element count before it changes anything, so a huge page is still whole here.)
  const root = parsed?.content ?? doc.querySelector('article') ?? doc.querySelector('main') ?? doc.body ?? undefined;
  if (root) removeNoise(root);
  return {
    text: root ? cleanText(blockText(root), parsed?.title) : '',
    title: parsed?.title ?? null,
    byline: parsed?.byline ?? null,
    publishedTime: parsed?.publishedTime ?? null,
    siteName: parsed?.siteName ?? null,
  };
}
