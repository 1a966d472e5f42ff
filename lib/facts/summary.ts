import type { Sentence } from '../text/sentences.ts';

const MAX = 320;
// "BAKU, AUG 22 –", "ASTANA, 4 September 2024 –", "KIGALI –", "Tbilisi, March 3 -"
const DATELINE = /^\s*(?:\p{Lu}{2,}(?:\s\p{Lu}{2,})*|\p{Lu}\p{Ll}+)(?:,\s*[^–—\n]{0,25}?)?\s[–—-]\s+/u;
// "…, Azernews reports." The outlet's credit, not part of the news.
const CREDIT = /,\s+\p{Lu}[\p{L}.]+\s+(?:reports|reported|informs)\.?$/u;
const BYLINE = /^(?:by|автор|müəllif)\s/iu;

/** The lead sentence, as a caption: datelines and agency credits removed, cut at a word. */
export function summarize(sentences: Sentence[], title: string): string {
  const lead = sentences.find((s) => s.text.split(/\s+/).length >= 8 && !BYLINE.test(s.text))?.text ?? title;
  const clean = lead.replace(DATELINE, '').replace(CREDIT, '.').trim();
  return clean.length <= MAX ? clean : `${clean.slice(0, clean.lastIndexOf(' ', MAX - 1))}…`;
}
