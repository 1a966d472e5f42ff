// Page -> metadata: the facts about the publication rather than the event.
import { detectLanguage } from './language.ts';
import { findDates, isoDay, isoFromMachineDate } from './dates.ts';
import type { ArticleText } from '../text/article.ts';
import { isProse, readDateline } from '../text/dateline.ts';
import { escapeRegex } from '../lexicon.ts';

export interface PageMetadata {
  url: string;
  canonicalUrl: string;
  title: string;
  outlet: string | null;
  author: string | null;
  language: string;
  publishedAt: string | null;
}

// "[PHOTO]", "(VIDEO)", "[ФОТО]": what the page shows with the story, not part of the headline.
const MEDIA_MARKER = /\s*[[(](?:photos?|videos?|фото|видео|foto|video)[\])]\s*/giu;
const TRACKING_PARAMS = /^(utm_\w+|fbclid|gclid|yclid|mc_cid|mc_eid|_ga|ref|ref_src)$/i;

/** The page's few meta elements, gathered once: not a search of the whole document for each absent one. */
const metaElements = (doc: Document) => [...doc.getElementsByTagName('meta')];

function meta(metas: HTMLMetaElement[], ...selectors: string[]): string | null {
  for (const sel of selectors) {
    const v = metas.find((m) => m.matches(sel))?.content?.trim();
    if (v) return v;
  }
  return null;
}

type JsonObject = Record<string, unknown>;

/** The NewsArticle (or similar) objects of the page's JSON-LD blocks; broken blocks are skipped. */
function jsonLdArticles(doc: Document): JsonObject[] {
  const out: JsonObject[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const obj = node as JsonObject;
    const type = ([] as unknown[]).concat(obj['@type'] ?? []).join(' ');
    if (/Article|Posting|Report/.test(type)) out.push(obj);
    if (obj['@graph']) visit(obj['@graph']);
  };
  doc.querySelectorAll('script[type="application/ld+json"]').forEach((s) => {
    try {
      visit(JSON.parse(s.textContent ?? ''));
    } catch {
      /* a broken block is the site's problem, not ours */
    }
  });
  return out;
}

function nameOf(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) return v.map(nameOf).filter(Boolean).join(', ') || null;
  if (v && typeof v === 'object' && typeof (v as JsonObject).name === 'string') return nameOf((v as JsonObject).name);
  return null;
}

export function canonicalUrl(doc: Document, url: string, metas = metaElements(doc)): string {
  const candidates = [
    doc.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.getAttribute('href'),
    meta(metas, 'meta[property="og:url"]'),
  ];
  for (const c of candidates) {
    if (!c) continue;
    try {
      // A page's own claim; only web addresses count (never javascript: or data:).
      const u = new URL(c, url);
      if (u.protocol === 'https:' || u.protocol === 'http:') return u.href;
    } catch {
      /* try the next one */
    }
  }
  try {
    const u = new URL(url);
    [...u.searchParams.keys()].filter((k) => TRACKING_PARAMS.test(k)).forEach((k) => u.searchParams.delete(k));
    u.hash = '';
    return u.href;
  } catch {
    return url;
  }
}

/** Removes " - Outlet" / " | Outlet" from a headline when the outlet (or the host) is the suffix. */
export function stripSiteSuffix(title: string, outlet: string | null, host: string): string {
  const parts = title.split(/\s+[|\-–—»·:]\s+/);
  const suffix = parts.at(-1);
  if (parts.length < 2 || suffix === undefined) return title.trim();
  const last = suffix.toLowerCase().replace(/\s+/g, '');
  const names = [outlet, host.replace(/^www\./, ''), host.replace(/^www\./, '').split('.')[0] ?? null]
    .filter((n): n is string => Boolean(n))
    .map((n) => n.toLowerCase().replace(/\s+/g, ''));
  if (names.some((n) => last.includes(n) || n.includes(last))) {
    return title.slice(0, title.lastIndexOf(suffix)).replace(/\s+[|\-–—»·:]\s+$/, '').trim();
  }
  return title.trim();
}

/** "By Vugar Khalilov" -> "Vugar Khalilov"; "Madina Mammadova\\EDnews" -> "Madina Mammadova"; the outlet alone is no author. */
function cleanAuthor(raw: string | null | undefined, outlet: string | null): string | null {
  if (!raw || /^https?:/.test(raw)) return null;
  let name = raw.replace(/^\s*(?:by|автор:?|müəllif:?)\s+/iu, '').trim();
  if (outlet) name = name.replace(new RegExp(`\\s*[\\\\/|,·–—-]+\\s*${escapeRegex(outlet)}\\s*$`, 'iu'), '').trim();
  return name && name.toLowerCase() !== outlet?.toLowerCase() ? name : null;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/** What the page says about itself, read from the DOM before the article stage takes the document apart. */
export interface PageSignals {
  url: string;
  canonicalUrl: string;
  host: string;
  siteName: string | null;
  headline: string | null;
  h1: string | null;
  documentTitle: string;
  author: string | null;
  machineDate: string | null;
  /** Where a visible publication date may stand: <time> values, then the lines around the headline. */
  dateAreas: string[];
  pageLanguage: string | null;
}

export function readPageSignals(doc: Document, url: string): PageSignals {
  const ld = jsonLdArticles(doc)[0] ?? {};
  const h1 = doc.querySelector('article h1, main h1, h1');
  const header = h1?.closest('article, main, section') ?? h1?.parentElement;
  const metas = metaElements(doc);
  return {
    url,
    canonicalUrl: canonicalUrl(doc, url, metas),
    host: hostOf(url),
    siteName: meta(metas, 'meta[property="og:site_name"]', 'meta[name="application-name"]') ?? nameOf(ld.publisher),
    headline: meta(metas, 'meta[property="og:title"]', 'meta[name="twitter:title"]') ?? nameOf(ld.headline),
    h1: h1?.textContent?.replace(/\s+/g, ' ').trim() || null,
    documentTitle: doc.title,
    author: meta(metas, 'meta[name="author"]', 'meta[property="article:author"]') ?? nameOf(ld.author),
    machineDate:
      meta(metas, 'meta[property="article:published_time"]', 'meta[name="pubdate"]', 'meta[name="publish-date"]', 'meta[name="date"]', 'meta[itemprop="datePublished"]') ??
      (typeof ld.datePublished === 'string' ? ld.datePublished : null),
    dateAreas: [
      ...[...(header?.querySelectorAll('time') ?? [])].map((t) => t.getAttribute('datetime') ?? t.textContent ?? ''),
      ...(header ? textLines(header, 1500) : []),
    ],
    pageLanguage: doc.documentElement?.getAttribute('lang') ?? null,
  };
}

const BLOCK = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL']);
const NO_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** The text of an element as the lines a reader sees (one per block), up to about max characters. */
function textLines(root: Element, max: number): string[] {
  const parts: string[] = [];
  let length = 0;
  const walk = (node: Node) => {
    if (length > max) return;
    if (node.nodeType === 3) {
      parts.push(node.textContent ?? '');
      length += node.textContent?.length ?? 0;
    } else if (node.nodeType === 1 && !NO_TEXT.has((node as Element).tagName.toUpperCase())) {
      const block = BLOCK.has((node as Element).tagName.toUpperCase());
      if (block) parts.push('\n');
      // Past the limit the rest of the tree adds nothing: stop rather than visit it.
      for (let c = node.firstChild; c && length <= max; c = c.nextSibling) walk(c);
      if (block) parts.push('\n');
    }
  };
  walk(root);
  return parts.join('').split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

// What sets a date line's parts apart: "Thomas Brandl · Wien, 9. Oktober 2023", "ASTANA, 4 September 2024 – Minister…".
const PART_BREAK = /\s[·|•–—-]\s|\s{2,}|[·|•]/gu;

// A time of day right after a date makes it a timestamp: "11/09/2024 à 18h05", "9 March 2024, 7:45pm".
const TIME_AFTER = /^[\s,]*(?:\p{L}{1,5}\.?\s+){0,2}\d{1,2}[:h]\d{2}/u;

/**
 * A date that stands as a date line, a byline's date, a timestamp or a wire dateline; not one
 * inside a sentence of the story ("On 15 November 2021, the Public Defender…" dates the event).
 */
function standsAlone(line: string, index: number, length: number): boolean {
  if (index < (readDateline(line)?.length ?? 0) || TIME_AFTER.test(line.slice(index + length))) return true;
  let start = 0;
  let end = line.length;
  for (const m of line.matchAll(PART_BREAK)) {
    const at = m.index ?? 0;
    if (at + m[0].length <= index) start = at + m[0].length;
    else if (at >= index + length) {
      end = at;
      break;
    }
  }
  return !isProse(line.slice(start, end));
}

/** The first full date near the headline, else at the start of the text, that stands alone. */
function visibleDate(areas: string[], language: string): string | null {
  for (const area of areas) {
    const machine = /^\d{4}-\d{2}-\d{2}/.test(area.trim()) ? isoFromMachineDate(area) : null;
    if (machine) return machine;
    const d = findDates(area, language).find((x) => x.year !== null && standsAlone(area, x.index, x.length));
    if (d && d.year !== null) return isoDay(d.year, d.month, d.day);
  }
  return null;
}

export function extractMetadata(page: PageSignals, article: ArticleText): PageMetadata {
  const outlet = page.siteName ?? article.siteName ?? (page.host ? page.host.replace(/^www\./, '') : null);
  const rawTitle = page.headline ?? page.h1 ?? article.title ?? page.documentTitle;
  const title = stripSiteSuffix(rawTitle.replace(MEDIA_MARKER, ' ').replace(/\s+/g, ' '), outlet, page.host) || page.h1 || '';
  const language = detectLanguage(`${title}\n${article.text}`, page.pageLanguage);
  return {
    url: page.url,
    canonicalUrl: page.canonicalUrl,
    title,
    outlet,
    author: cleanAuthor(page.author ?? article.byline, outlet),
    language,
    publishedAt:
      isoFromMachineDate(page.machineDate) ??
      visibleDate([...page.dateAreas, ...article.text.slice(0, 300).split('\n')], language) ??
      isoFromMachineDate(article.publishedTime),
  };
}
