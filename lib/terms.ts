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

/** A regex source's top-level alternatives: `a|(?:b|c)|d` is `a`, `(?:b|c)`, `d`. */
function alternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let k = 0; k < source.length; k++) {
    const c = source[k];
    if (c === '\\') k++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(from, k));
      from = k + 1;
    }
  }
  out.push(source.slice(from));
  return out;
}

const QUANTIFIER = /^(?:[?*+]|\{\d+(?:,\d*)?\})\??/;

/**
 * A regex source (without top-level alternation) as the atoms it matches in turn, each with its
 * quantifier: `omb?uds[ae]n(?:a|b)\p{L}*` is o, m, b?, u, d, s, [ae], n, (?:a|b), \p{L}*.
 */
function atoms(source: string): string[] {
  const out: string[] = [];
  for (let k = 0; k < source.length; ) {
    let end = k + 1;
    const c = source[k];
    if (c === '\\') end = /^\\[pPu]\{/.test(source.slice(k)) ? source.indexOf('}', k) + 1 : /^\\k</.test(source.slice(k)) ? source.indexOf('>', k) + 1 : k + 2;
    else if (c === '[') {
      for (end = k + 1; source[end] !== ']'; end++) if (source[end] === '\\') end++;
      end++;
    } else if (c === '(') {
      let depth = 0;
      let inClass = false;
      for (end = k; end < source.length; end++) {
        const x = source[end];
        if (x === '\\') end++;
        else if (inClass) inClass = x !== ']';
        else if (x === '[') inClass = true;
        else if (x === '(') depth++;
        else if (x === ')' && --depth === 0) break;
      }
      end++;
    }
    end += QUANTIFIER.exec(source.slice(end))?.[0].length ?? 0;
    out.push(source.slice(k, end));
    k = end;
  }
  return out;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  /** Atoms in the order the alternatives first reached them; null where one of them ends. */
  order: (string | null)[];
}

/** A letter as its small letter, where the two match the same under the i flag (İ is not i̇). */
function caselessAtom(atom: string): string {
  if (atom.length !== 1) return atom;
  const lower = atom.toLowerCase();
  return lower.length === 1 && lower.toUpperCase() === atom.toUpperCase() ? lower : atom;
}

/**
 * The alternation of regex sources, with shared leading atoms written once:
 * `ombudsman|ombudsperson|omb?uds` as `omb(?:uds(?:man|person))|omb?uds`. V8 tries an alternation
 * one alternative after another at every position of the text; the factored form tries each first
 * letter once, two to three times faster on the long term lists. Alternatives with a common prefix
 * are tried where the first of them stood, which finds the same match as the flat list as long as
 * no two alternatives with different first atoms can match at one position; with `caseless` (the
 * regex has the i flag) a letter and its capital count as one atom.
 */
export function trieAlternation(sources: readonly string[], caseless = false): string {
  const root: TrieNode = { next: new Map(), order: [] };
  for (const alt of sources.flatMap(alternatives)) {
    let node = root;
    for (const raw of atoms(alt)) {
      const atom = caseless ? caselessAtom(raw) : raw;
      let child = node.next.get(atom);
      if (!child) {
        node.next.set(atom, (child = { next: new Map(), order: [] }));
        node.order.push(atom);
      }
      node = child;
    }
    if (!node.order.includes(null)) node.order.push(null);
  }
  const write = (node: TrieNode): string => {
    const parts = node.order.map((atom) => (atom === null ? '' : atom + write(node.next.get(atom)!)));
    return parts.length === 1 ? parts[0]! : `(?:${parts.join('|')})`;
  };
  return write(root);
}

/** The terms as one alternation, without word edges: the inflectable stems share one trailing \p{L}*. */
export function termsAlternation(terms: readonly string[]): string {
  // V8 builds a regex with a Unicode class per alternative many times slower, and the every-page
  // scan pays that on each page load.
  const stems = terms.filter((t) => t.endsWith(INFLECTION)).map((t) => turkicCase(t.slice(0, -INFLECTION.length)));
  const words = terms.filter((t) => !t.endsWith(INFLECTION)).map(turkicCase);
  return [...(stems.length ? [`${trieAlternation(stems, true)}${INFLECTION}`] : []), ...(words.length ? [trieAlternation(words, true)] : [])].join('|');
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
    // Only where the union matches is asked of it, not which pattern: the trie's order is free.
    this.union = new RegExp(`${before}${trieAlternation(patterns, flags.includes('i'))}${after}`, `g${flags}`);
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
  for (let m = nextWordMatch(re, text, 0); m; m = nextWordMatch(re, text, re.lastIndex)) out.push(m);
  return out;
}

/** The first match of the global regex `re` at or after `from` that starts a word (see wordMatches). */
export function nextWordMatch(re: RegExp, text: string, from: number): RegExpExecArray | null {
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!wordBefore(text, m.index)) return m;
    // One code point on from a position inside a word.
    re.lastIndex = m.index + ((text.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1);
  }
  return null;
}
