import lexicon from './data/lexicon.json' with { type: 'json' };

export { lexicon };

// Word edges that work for every script (\b only knows ASCII letters).
const WORD_START = '(?<![\\p{L}\\p{N}])';
const WORD_END = '(?![\\p{L}\\p{N}])';
const INFLECTION = '\\p{L}*';

/** One case-insensitive regex for any of the terms as whole words; a term ending in \p{L}* takes inflections. */
export function termsRegex(terms: readonly string[], flags = 'giu'): RegExp {
  // The inflectable stems share one trailing \p{L}*: V8 builds a regex with a Unicode class per
  // alternative many times slower, and the every-page scan pays that on each page load.
  const stems = terms.filter((t) => t.endsWith(INFLECTION)).map((t) => t.slice(0, -INFLECTION.length));
  const words = terms.filter((t) => !t.endsWith(INFLECTION));
  const alternatives = [...(stems.length ? [`(?:${stems.join('|')})${INFLECTION}`] : []), ...words];
  return new RegExp(`${WORD_START}(?:${alternatives.join('|')})${WORD_END}`, flags);
}

export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A per-category table of compiled regexes, built once from a record of term lists. */
export function compileTable<K extends string>(table: Record<K, string[]>): [K, RegExp][] {
  return (Object.entries(table) as [K, string[]][]).map(([k, terms]) => [k, termsRegex(terms)]);
}
