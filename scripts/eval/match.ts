// The corpus's rule for matching a labelled actor name to an extracted one
// (/work/shared/corpora/ombudsman-news/README.md, "Scoring"): the tokens of one name
// (case-, accent- and diacritic-insensitive) are contained in the other's, and at least two
// tokens match, or both names are the same single token.

// Letters that carry no combining mark in Unicode and so survive NFD unchanged.
const FOLD: Record<string, string> = { ı: 'i', ł: 'l', ø: 'o', đ: 'd', ħ: 'h', ß: 'ss', æ: 'ae', œ: 'oe' };

/** A name's words, lower case, without accents or diacritics. */
export function nameTokens(name: string): string[] {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ıłøđħßæœ]/g, (c) => FOLD[c] ?? c)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

export function namesMatch(a: string, b: string): boolean {
  const ta = nameTokens(a);
  const tb = nameTokens(b);
  if (!ta.length || !tb.length) return false;
  const [short, long] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  const longSet = new Set(long);
  if (!short.every((t) => longSet.has(t))) return false;
  const shared = new Set(short).size;
  return shared >= 2 || (ta.length === 1 && tb.length === 1);
}
