// Is the article about the activity of an ombudsman or national human rights institution?
// Follows the corpus policy: sector ombudsmen, appointments and personal news are out.
import type { Relevance } from '../types.ts';
import { lexicon, termsRegex } from '../lexicon.ts';

const NHRI = termsRegex(lexicon.nhri);
const SECTOR = termsRegex(lexicon.sector, 'iu');
const OFF_TOPIC = termsRegex(lexicon.offTopic, 'iu');
const ACTIVITY = termsRegex(lexicon.activity);
const THRESHOLD = 0.5;

interface Hit {
  term: string;
  sector: string | null;
}

function nhriHits(text: string): Hit[] {
  return [...text.matchAll(NHRI)].map((m) => {
    const i = m.index ?? 0;
    // "Banking Ombudsman", "Ombudsman for Financial Services", "press ombudsman".
    const around = text.slice(Math.max(0, i - 30), i + m[0].length + 25);
    return { term: m[0], sector: around.match(SECTOR)?.[0] ?? null };
  });
}

export function assessRelevance(title: string, text: string): Relevance {
  const reasons: string[] = [];
  const titleHits = nhriHits(title);
  const textHits = nhriHits(text);
  const all = [...titleHits, ...textHits];
  const sector = all.filter((h) => h.sector);
  const institutional = all.filter((h) => !h.sector);
  const activities = [...new Set([...`${title}\n${text.slice(0, 3000)}`.matchAll(ACTIVITY)].map((m) => m[0].toLowerCase()))];

  let score = 0;
  const titleInstitutional = titleHits.filter((h) => !h.sector);
  if (titleInstitutional[0]) {
    score += 0.35;
    reasons.push(`headline names the institution: "${titleInstitutional[0].term}"`);
  }
  const bodyInstitutional = textHits.filter((h) => !h.sector).length;
  if (bodyInstitutional) {
    score += Math.min(bodyInstitutional, 6) * 0.07;
    reasons.push(`${bodyInstitutional} mention(s) of an ombudsman or human rights institution in the text`);
  }
  if (activities.length) {
    score += activities.length >= 3 ? 0.23 : 0.15;
    reasons.push(`activity words: ${activities.slice(0, 4).join(', ')}`);
  }
  if (sector[0] && sector.length >= institutional.length) {
    score *= 0.2;
    reasons.push(`a sector complaint scheme, not a human rights ombudsman ("${sector[0].sector} … ${sector[0].term}")`);
  }
  const offTopic = title.match(OFF_TOPIC);
  if (offTopic && all.length) {
    score *= 0.4;
    reasons.push(`headline is about the post or the person, not an activity ("${offTopic[0]}")`);
  }
  if (!all.length) reasons.push('no ombudsman or human rights institution named');
  score = Math.round(Math.min(1, score) * 100) / 100;
  return { isRelevant: score >= THRESHOLD, score, reasons };
}
