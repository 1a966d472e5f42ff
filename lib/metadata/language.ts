// Language of the article text itself: news sites often serve an English article inside an
// interface in another language, so the page's lang attribute is only a tie-breaker.
import stopwords from '../data/stopwords.json' with { type: 'json' };

const TABLE = Object.entries(stopwords).filter(([k]) => k !== '$comment') as [string, string[]][];
const WORDS = new Map<string, string[]>();
for (const [lang, words] of TABLE) {
  for (const w of words) WORDS.set(w, [...(WORDS.get(w) ?? []), lang]);
}
// Letters that settle a close call between languages sharing most short words.
const MARKERS: [string, RegExp][] = [
  ['az', /[əƏ]/gu],
  ['tr', /[ğĞıİşŞ]/gu],
  ['uk', /[іїєґІЇЄҐ]/gu],
  ['ru', /[ыэъЫЭЪ]/gu],
  ['cs', /[ěřůĚŘŮ]/gu],
];

export function detectLanguage(text: string, pageLang?: string | null): string {
  const counts = new Map<string, number>();
  const sample = text.slice(0, 4000).toLowerCase();
  for (const token of sample.match(/\p{L}+/gu) ?? []) {
    for (const lang of WORDS.get(token) ?? []) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  for (const [lang, re] of MARKERS) {
    const n = sample.match(re)?.length ?? 0;
    if (n) counts.set(lang, (counts.get(lang) ?? 0) + Math.min(n, 50) / 2);
  }
  const declared = pageLang?.toLowerCase().split(/[-_]/)[0] || null;
  let best: string | null = null;
  let bestScore = 0;
  for (const [lang, n] of counts) {
    const score = n + (lang === declared ? 0.5 : 0);
    if (score > bestScore) [best, bestScore] = [lang, score];
  }
  return best && bestScore >= 3 ? best : (declared ?? best ?? 'und');
}
