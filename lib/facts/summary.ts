import type { Sentence } from '../text/sentences.ts';
import { isProse, readDateline } from '../text/dateline.ts';

const MAX = 320;
// "…, Azernews reports." The outlet's credit, not part of the news.
const CREDIT = /,\s+\p{Lu}[\p{L}.]+\s+(?:reports|reported|informs)\.?$/u;
const BYLINE = /^(?:by|автор|müəllif)\s/iu;

/** The lead sentence, as a caption: datelines and agency credits removed, cut at a word. */
export function summarize(sentences: Sentence[], title: string): string {
  const lead = sentences.find((s) => isProse(s.text) && !BYLINE.test(s.text))?.text ?? title;
  const dateline = readDateline(lead);
  const clean = (dateline?.dashed ? lead.slice(dateline.length) : lead).replace(CREDIT, '.').trim();
  if (clean.length <= MAX) return clean;
  const cut = clean.lastIndexOf(' ', MAX - 1);
  return `${clean.slice(0, cut > MAX / 2 ? cut : MAX - 1)}…`;
}
