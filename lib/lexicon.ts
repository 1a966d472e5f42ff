// The word lists of lib/data/lexicon.json, with the NHRI terms from their own file, and the
// helpers that compile them (lib/terms.ts).
import data from './data/lexicon.json' with { type: 'json' };
import nhri from './data/nhri.json' with { type: 'json' };
import { termsRegex } from './terms.ts';

export * from './terms.ts';

export const lexicon = { ...data, nhri: nhri.terms };

/** A per-category table of compiled regexes, built once from a record of term lists. */
export function compileTable<K extends string>(table: Record<K, string[]>): [K, RegExp][] {
  return (Object.entries(table) as [K, string[]][]).map(([k, terms]) => [k, termsRegex(terms)]);
}
