import type { Sentence } from '../text/sentences.ts';

const MAX = 320;

/** The lead sentence, as a caption: datelines and agency credits removed, cut at a word. */
export function summarize(sentences: Sentence[], title: string): string {
  const lead = sentences.find((s) => s.text.split(/\s+/).length >= 8)?.text ?? title;
  const clean = lead
    .replace(/^\s*\p{Lu}[\p{L} ]{2,20},?\s*(?:\p{L}{3,9}\.?\s+\d{1,2})?\s*[–—-]\s+/u, '')
    .replace(/,?\s+(?:\p{Lu}[\p{L}.]+\s+)?(?:reports|reported|informs)\.?$/u, '.')
    .trim();
  return clean.length <= MAX ? clean : `${clean.slice(0, clean.lastIndexOf(' ', MAX - 1))}…`;
}
