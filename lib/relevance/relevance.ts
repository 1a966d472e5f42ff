// Is the article about the activity of an ombudsman or national human rights institution?
// Follows the corpus policy: sector ombudsmen, intergovernmental officials, appointments and
// personal news are out.
import type { Relevance } from '../types.ts';
import { lexicon, nhriRegex, nhriScanner, termsRegex, termsScanner, termsSource, wordMatches } from '../lexicon.ts';

// NHRI and ROLE_TAKEN are scanners for wordMatches, faster for these terms than a regex with its
// word edge; the activity words, often found inside other words, are faster the other way.
const NHRI = nhriScanner();
const ACTIVITY = termsRegex(lexicon.activity);
// Taking up a seat or a presidency in an association is an activity too (the 'other' event type).
const ROLE_TAKEN = termsScanner(lexicon.eventTypes.other);
const POST = termsRegex(lexicon.offTopic.post, 'iu');
const PERSONAL = termsRegex(lexicon.offTopic.personal, 'iu');
const { qualifiers, joiners, fillers, linkers, articles, intergovernmental } = lexicon.sector;
const QUALIFIER = termsSource(qualifiers);
// The sector word must qualify the ombudsman itself ("Banking Ombudsman", "Insurance and Pensions
// Ombudsman", "бизнес-омбудсмен"), not merely stand near it ("the Ombudsman's press service").
const SECTOR_BEFORE = new RegExp(
  `${QUALIFIER}(?:['’]s)?(?:\\s*(?:${joiners.join('|')})\\s*${QUALIFIER})*(?:\\s+(?:${fillers.join('|')}))?[\\s-]+$`,
  'iu',
);
// ... or follow it as its complement: "Ombudsman for Financial Services", "Ombudsmann der privaten Banken".
const SECTOR_AFTER = new RegExp(`^\\s+(?:${linkers.join('|')})\\s+(?:(?:${articles.join('|')})\\s*)?(?:[\\p{L}-]+\\s+)?${QUALIFIER}`, 'iu');
// "Council of Europe Commissioner for Human Rights", "UN (Deputy) High Commissioner for Human Rights".
const INTERGOVERNMENTAL = new RegExp(`${termsSource(intergovernmental)}(?:['’]s)?(?:\\s+deputy)?\\s+$`, 'iu');
// "Ombudsman: ...", "Омбудсмен Москалькова: ...": a headline that opens by quoting the institution
// reports a statement (not "Parliament elects ombudsman: ...", where the institution comes later).
const SPEAKER_COLON = new RegExp(`^\\s*(?:[\\p{L}'’.-]+\\s+)?${nhriRegex().source}(?:\\s+[\\p{L}'’.-]+){0,3}\\s*:\\s`, 'iu');
const THRESHOLD = 0.5;
// Mentions and activity words are read from the lead, as the quick scan does: a page accepted here
// must also pass that scan.
const LEAD_CHARS = 4000;

type Kind = 'institution' | 'sector' | 'intergovernmental';
interface Hit {
  term: string;
  kind: Kind;
  /** The words that make it a sector scheme or an intergovernmental official. */
  context: string;
  inTitle?: boolean;
}

function nhriHits(text: string): Hit[] {
  return wordMatches(NHRI, text).map((m): Hit => {
    const start = m.index;
    const end = start + m[0].length;
    const before = text.slice(Math.max(0, start - 60), start);
    const sector = before.match(SECTOR_BEFORE)?.[0] ?? text.slice(end, end + 60).match(SECTOR_AFTER)?.[0];
    if (sector) return { term: m[0], kind: 'sector', context: sector.trim() };
    const body = before.match(INTERGOVERNMENTAL)?.[0];
    if (body) return { term: m[0], kind: 'intergovernmental', context: body.trim() };
    return { term: m[0], kind: 'institution', context: '' };
  });
}

/** A bare "the ombudsman" refers back to the first one of that name: the banking ombudsman of the lead stays one. */
function resolveBare(hits: Hit[]): Hit[] {
  const first = new Map<string, Hit>();
  return hits.map((h) => {
    const key = h.term.toLowerCase();
    const antecedent = first.get(key);
    if (!antecedent) first.set(key, h);
    return antecedent && h.kind === 'institution' && antecedent.kind !== 'institution' ? { ...h, kind: antecedent.kind, context: antecedent.context } : h;
  });
}

const quote = (h: Hit) => `"${h.context ? `${h.context} ${h.term}` : h.term}"`;

export function assessRelevance(title: string, text: string): Relevance {
  const reasons: string[] = [];
  const lead = text.slice(0, LEAD_CHARS);
  const all = resolveBare([...nhriHits(title).map((h) => ({ ...h, inTitle: true })), ...nhriHits(lead).map((h) => ({ ...h, inTitle: false }))]);
  const titleHits = all.filter((h) => h.inTitle);
  const textHits = all.filter((h) => !h.inTitle);
  const institutional = all.filter((h) => h.kind === 'institution');
  const sector = all.filter((h) => h.kind === 'sector');
  const intergovernmental = all.filter((h) => h.kind === 'intergovernmental');
  const head = `${title}\n${lead}`;
  const activities = [...new Set([...head.matchAll(ACTIVITY), ...wordMatches(ROLE_TAKEN, head)].map((m) => m[0].toLowerCase()))];

  let score = 0;
  const inTitle = titleHits.find((h) => h.kind === 'institution');
  if (inTitle) {
    score += 0.35;
    reasons.push(`the headline names the institution (${quote(inTitle)})`);
  }
  const inText = textHits.filter((h) => h.kind === 'institution');
  if (inText.length) {
    score += Math.min(inText.length, 6) * 0.07;
    reasons.push(`the text names an ombudsman or human rights institution ${inText.length} time(s) (first: ${quote(inText[0] as Hit)})`);
  }
  if (activities.length) {
    score += activities.length >= 3 ? 0.23 : 0.15;
    reasons.push(`it reports an activity (${activities.slice(0, 4).join(', ')})`);
  }
  if (sector.length && sector.length >= institutional.length) {
    score *= 0.2;
    reasons.push(`the ombudsman is a sector complaint scheme, not a public-sector or human rights ombudsman (${quote(sector[0] as Hit)})`);
  }
  if (intergovernmental.length && !institutional.length) {
    reasons.push(`the only commissioner named is an intergovernmental official, not a national institution (${quote(intergovernmental[0] as Hit)})`);
  }
  // A headline about the post or the person and about no activity: "Parliament elects the new
  // ombudsman", "Ombudsman hospitalised". Taking up a seat in an association is an activity, and so
  // is a statement ("Ombudsman: the appointment of judges must be transparent").
  const post = title.match(POST)?.[0];
  const personal = title.match(PERSONAL)?.[0];
  const titleActivity = title.search(ACTIVITY) >= 0 || wordMatches(ROLE_TAKEN, title).length > 0 || SPEAKER_COLON.test(title);
  if (all.length && !titleActivity && (post || personal)) {
    score *= 0.4;
    reasons.push(post ? `the headline is about the post, not an activity ("${post}")` : `the headline is personal news about the office-holder ("${personal}")`);
  }
  if (!all.length) reasons.push('no ombudsman or human rights institution is named');
  score = Math.round(Math.min(1, score) * 100) / 100;
  const isRelevant = score >= THRESHOLD;
  reasons.unshift(isRelevant ? `reads as ombudsman/NHRI activity (score ${score})` : `not recognised as ombudsman/NHRI activity (score ${score} < ${THRESHOLD})`);
  return { isRelevant, score, reasons };
}
