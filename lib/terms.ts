// Building regexes from term lists. Apart from lexicon.ts so that the every-page quick scan loads
// only the ombudsman/NHRI terms, not the whole lexicon.
import nhri from './data/nhri.json' with { type: 'json' };

// Word edges that work for every script (\b only knows ASCII letters).
export const WORD_START = '(?<![\\p{L}\\p{N}])';
export const WORD_END = '(?![\\p{L}\\p{N}])';
const INFLECTION = '\\p{L}*';

// Turkish and Azerbaijani capitals do not case-fold to their small letters (İ is not i, I is not ı):
// let a term's i and ı match both, outside character classes and group syntax.
function turkicCase(term: string): string {
  let out = '';
  let inClass = false;
  for (let k = 0; k < term.length; k++) {
    const c = term[k] ?? '';
    if (c === '\\') {
      out += c + (term[k + 1] ?? '');
      k++;
    } else if (c === '(' && term[k + 1] === '?') {
      const syntax = /^\(\?(?:<?[=!]|[-a-z]*:)/.exec(term.slice(k))?.[0] ?? '(?';
      out += syntax;
      k += syntax.length - 1;
    } else {
      if (c === '[') inClass = true;
      else if (c === ']') inClass = false;
      out += inClass ? c : c === 'i' ? '[iİ]' : c === 'ı' ? '[ıI]' : c;
    }
  }
  return out;
}

const anchoredCache = new Map<string, RegExp>();

/**
 * `^(?:source)`, compiled once per source and flags: whether a found text starts with a form of a
 * gazetteer or a month table, asked for each match, would otherwise compile a regex every time.
 */
export function anchored(source: string, flags = 'u'): RegExp {
  const key = `${flags}/${source}`;
  let re = anchoredCache.get(key);
  if (!re) anchoredCache.set(key, (re = new RegExp(`^(?:${source})`, flags)));
  return re;
}

/** The terms as one alternation, without word edges: the inflectable stems share one trailing \p{L}*. */
export function termsAlternation(terms: readonly string[]): string {
  // V8 builds a regex with a Unicode class per alternative many times slower, and the every-page
  // scan pays that on each page load.
  const stems = terms.filter((t) => t.endsWith(INFLECTION)).map((t) => turkicCase(t.slice(0, -INFLECTION.length)));
  const words = terms.filter((t) => !t.endsWith(INFLECTION)).map(turkicCase);
  return [...(stems.length ? [`(?:${stems.join('|')})${INFLECTION}`] : []), ...words].join('|');
}

/** Regex source for any of the terms as whole words; a term ending in \p{L}* takes inflections. */
export function termsSource(terms: readonly string[]): string {
  return `${WORD_START}(?:${termsAlternation(terms)})${WORD_END}`;
}

/** The terms as whole words, without the start edge: for wordMatches. */
export function termsScanner(terms: readonly string[], flags = 'giu'): RegExp {
  return new RegExp(`(?:${termsAlternation(terms)})${WORD_END}`, flags);
}

/** One case-insensitive regex for any of the terms as whole words. */
export function termsRegex(terms: readonly string[], flags = 'giu'): RegExp {
  return new RegExp(termsSource(terms), flags);
}

const NHRI_SOURCE = termsSource(nhri.terms);

/**
 * A fresh regex for the ombudsman/NHRI terms, compiled from one shared source: every module that
 * looks for the institution sees the same terms, and each gets its own flags and lastIndex.
 */
export function nhriRegex(flags = 'giu'): RegExp {
  return new RegExp(NHRI_SOURCE, flags);
}

/** A fresh scanner (termsScanner) for the ombudsman/NHRI terms, for wordMatches. */
export function nhriScanner(): RegExp {
  return termsScanner(nhri.terms);
}

export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}


/**
 * Patterns that are all looked for in the same texts. V8 runs a regex by trying it at every
 * position, so a regex per pattern costs a scan of the text each; this table scans once with the
 * union of the patterns and tries each pattern alone only where the union matched.
 */
export class PatternTable {
  private readonly union: RegExp;
  private readonly each: RegExp[];

  /** Each pattern is `${before}(?:${pattern})${after}`: shared edges are checked once in the union. */
  constructor(patterns: readonly string[], flags: string, before = '', after = '') {
    this.union = new RegExp(`${before}(?:${patterns.map((p) => `(?:${p})`).join('|')})${after}`, `g${flags}`);
    this.each = patterns.map((p) => new RegExp(`${before}(?:${p})${after}`, `y${flags}`));
  }

  /** For each pattern, its matches as `text.matchAll` finds them (with `first`, only the first). */
  matches(text: string, first = false): RegExpExecArray[][] {
    const out = this.each.map((): RegExpExecArray[] => []);
    // Where each pattern's own scan would resume: a match hides the overlapping ones that follow.
    const resume = this.each.map(() => 0);
    const { union } = this;
    union.lastIndex = 0;
    for (let m = union.exec(text); m; m = union.exec(text)) {
      const at = m.index;
      this.each.forEach((re, i) => {
        if (at < resume[i]!) return;
        re.lastIndex = at;
        const own = re.exec(text);
        if (!own) return;
        out[i]!.push(own);
        resume[i] = first ? Infinity : at + Math.max(1, own[0].length);
      });
      // Patterns overlap: the union resumes one character on, not after its match.
      union.lastIndex = at + ((text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1);
    }
    return out;
  }
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether a letter or digit ends right before the position: what WORD_START rules out. */
export function wordBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const c = text.charCodeAt(at - 1);
  // ASCII, the usual case, without a regex.
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  // The code point before: a surrogate pair read whole, as the u flag reads it.
  const pair = at >= 2 && /[\udc00-\udfff]/.test(text[at - 1]!) && /[\ud800-\udbff]/.test(text[at - 2]!);
  return WORD_CHAR.test(text.slice(at - (pair ? 2 : 1), at));
}

/**
 * The matches that `text.matchAll` finds with WORD_START in front of the global regex `re`, the
 * edge checked here instead: V8 cannot skip ahead to the terms' first letters past a leading
 * lookbehind, and tries the whole regex at every position of the text, several times slower.
 */
export function wordMatches(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!wordBefore(text, m.index)) out.push(m);
    // Past a match, or one code point on from a position inside a word.
    else re.lastIndex = m.index + ((text.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1);
  }
  return out;
}
