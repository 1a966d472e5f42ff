// A wire-style dateline opening the lead paragraph: "BAKU, AUG 22 –", "KIGALI –",
// "ASTANA, 4 September 2024 –", "КАЗАНЬ, 5 июня —", "Ankara (AA) -", "QUITO, 24 jun 2026 (AEN).–",
// a place and a full stop ("Tbilisi. The Public Defender…"), an Arabic place and agency ("الدوحة - قنا:").
const DASH_FORM = /^\s*(\p{Lu}{2,}(?:[\s-]\p{Lu}{2,})*|\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+)?)\s*(?:\([^)\n]{1,30}\))?(?:,\s*[^–—\n]{0,30}?)?(?:\s|\.)[–—-]\s+/u;
// Arabic has no capitals; its wire datelines name the place and the agency: "الدوحة - قنا:".
const ARABIC_FORM = /^\s*(\p{Script=Arabic}+(?:\s\p{Script=Arabic}+)?)\s[–—-]\s+(?:\p{Script=Arabic}+\s?){1,3}:\s*/u;
const STOP_FORM = /^\s*(\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+)?|\p{Lu}{2,}(?:[\s-]\p{Lu}{2,})*)(?:,\s*[^.\n]{0,30}?)?\.\s+(?=\p{Lu})/u;

export interface Dateline {
  place: string;
  /** Length of the dateline, to strip it from the sentence. */
  length: number;
  /** A dash dateline is unmistakable; "Word. " may also be an ordinary short sentence. */
  dashed: boolean;
}

export function readDateline(line: string): Dateline | null {
  const dash = line.match(DASH_FORM) ?? line.match(ARABIC_FORM);
  if (dash) return { place: dash[1]!, length: dash[0].length, dashed: true };
  const stop = line.match(STOP_FORM);
  return stop ? { place: stop[1]!, length: stop[0].length, dashed: false } : null;
}

const MIN_PROSE_WORDS = 8;

/** A line of running text, not a dateline, byline, date or counter line. */
export function isProse(line: string): boolean {
  return line.split(/\s+/).length >= MIN_PROSE_WORDS;
}
