import lexicon from './data/lexicon.json' with { type: 'json' };

export { lexicon };

// Word edges that work for every script (\b only knows ASCII letters).
const WORD_START = '(?<![\\p{L}\\p{N}])';
const WORD_END = '(?![\\p{L}\\p{N}])';
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

/** One case-insensitive regex for any of the terms as whole words. */
export function termsRegex(terms: readonly string[], flags = 'giu'): RegExp {
  return new RegExp(termsSource(terms), flags);
}

const NHRI_SOURCE = termsSource(lexicon.nhri);

/**
 * A fresh regex for the ombudsman/NHRI terms, compiled from one shared source: every module that
 * looks for the institution sees the same terms, and each gets its own flags and lastIndex.
 */
export function nhriRegex(flags = 'giu'): RegExp {
  return new RegExp(NHRI_SOURCE, flags);
}

export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A per-category table of compiled regexes, built once from a record of term lists. */
export function compileTable<K extends string>(table: Record<K, string[]>): [K, RegExp][] {
  return (Object.entries(table) as [K, string[]][]).map(([k, terms]) => [k, termsRegex(terms)]);
}
