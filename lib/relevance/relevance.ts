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
// "Congress elects ...", "La Asamblea Nacional designa ...": the electing body is no activity.
const LEGISLATURE = termsRegex([...lexicon.offTopic.legislature, ...lexicon.parliaments]);
// "Public defender" is the Georgian (and Czech) ombudsman, and also a criminal defence lawyer: it
// counts unless criminal-trial words surround it, and always when the national institution is named.
const PUBLIC_DEFENDER = /^public defender/i;
const CRIMINAL = termsRegex(lexicon.offTopic.criminalDefence);
const NATIONAL_DEFENDER = termsRegex(lexicon.offTopic.nationalDefender, 'iu');
// Criminal words this near a mention, or this many different ones in the lead, make it criminal defence.
const CRIMINAL_NEAR = 250;
const CRIMINAL_DISTINCT = 2;
// An institution named early in the text, in the sentence that reports an activity, is what the
// article is about even when it names it only once or twice ("The Ombudsman held a training seminar in ...").
const OPENING_CHARS = 400;
const SENTENCE_END = /[.!?。]\s|\n/u;
const SENTENCE_ENDS = new RegExp(SENTENCE_END.source, 'gu');
const { qualifiers, joiners, fillers, linkers, articles, intergovernmental } = lexicon.sector;
const QUALIFIER = termsSource(qualifiers);
// The sector word must qualify the ombudsman itself ("Banking Ombudsman", "Insurance and Pensions
// Ombudsman", "бизнес-омбудсмен"), not merely stand near it ("the Ombudsman's press service").
const SECTOR_BEFORE = new RegExp(
  `${QUALIFIER}(?:['’]s)?(?:\\s*(?:${joiners.join('|')})\\s*${QUALIFIER})*(?:\\s+(?:${fillers.join('|')}))?[\\s-]+$`,
  'iu',
);
// Room for a coordinated list of qualifiers: "Telecommunications, Energy, Water and Broadband Ombudsman".
const SECTOR_WINDOW = 90;
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

type Kind = 'institution' | 'sector' | 'intergovernmental' | 'criminal';
interface Hit {
  term: string;
  kind: Kind;
  /** The words that make it a sector scheme or an intergovernmental official. */
  context: string;
  inTitle?: boolean;
  /** Where the term starts in the text it was found in. */
  at: number;
}

function nhriHits(text: string): Hit[] {
  return wordMatches(NHRI, text).map((m): Hit => {
    const start = m.index;
    const end = start + m[0].length;
    const before = text.slice(Math.max(0, start - SECTOR_WINDOW), start);
    const sector = before.match(SECTOR_BEFORE)?.[0] ?? text.slice(end, end + SECTOR_WINDOW).match(SECTOR_AFTER)?.[0];
    if (sector) return { term: m[0], kind: 'sector', context: sector.trim(), at: start };
    const body = before.match(INTERGOVERNMENTAL)?.[0];
    if (body) return { term: m[0], kind: 'intergovernmental', context: body.trim(), at: start };
    return { term: m[0], kind: 'institution', context: '', at: start };
  });
}

/**
 * A bare "the ombudsman" refers back to the first one of that name in the text: the banking
 * ombudsman of the lead stays one, and so does the headline's ("..., ombudsman says"), which names
 * in short what the text names in full.
 */
function resolveBare(hits: Hit[]): Hit[] {
  const first = new Map<string, Hit>();
  for (const h of [...hits.filter((h) => !h.inTitle), ...hits.filter((h) => h.inTitle)]) {
    const key = h.term.toLowerCase();
    if (!first.has(key)) first.set(key, h);
  }
  return hits.map((h) => {
    const antecedent = first.get(h.term.toLowerCase());
    return antecedent && antecedent !== h && h.kind === 'institution' && antecedent.kind !== 'institution' ? { ...h, kind: antecedent.kind, context: antecedent.context } : h;
  });
}

/**
 * A "public defender" of a page that never names the national institution and whose text around
 * it reads as a criminal case (defendant, trial, plea, jury ...) is a defence lawyer.
 */
function criminalDefence(hits: Hit[], title: string, lead: string): Hit[] {
  const defenders = hits.filter((h) => h.kind === 'institution' && PUBLIC_DEFENDER.test(h.term));
  if (!defenders.length) return hits;
  const head = `${title}\n${lead}`;
  if (NATIONAL_DEFENDER.test(head)) return hits;
  const criminal = [...head.matchAll(CRIMINAL)];
  if (!criminal.length) return hits;
  const distinct = new Set(criminal.map((m) => m[0].toLowerCase())).size;
  const near = (h: Hit) => {
    const at = h.inTitle ? 0 : title.length + 1 + h.at;
    return criminal.some((m) => Math.abs(m.index - at) <= CRIMINAL_NEAR);
  };
  const context = criminal[0]?.[0] ?? '';
  return hits.map((h) => (defenders.includes(h) && (distinct >= CRIMINAL_DISTINCT || near(h)) ? { ...h, kind: 'criminal', context } : h));
}

/** An institution named in the opening of the text, in a sentence that reports an activity. */
function openingActivity(hits: Hit[], lead: string): Hit | undefined {
  return hits.find((h) => {
    if (h.inTitle || h.kind !== 'institution' || h.at >= OPENING_CHARS) return false;
    const from = Math.max(0, ...[...lead.slice(0, h.at).matchAll(SENTENCE_ENDS)].map((m) => m.index + m[0].length));
    const rest = lead.slice(h.at);
    const stop = rest.search(SENTENCE_END);
    const sentence = lead.slice(from, stop < 0 ? lead.length : h.at + stop + 1);
    ACTIVITY.lastIndex = 0;
    const found = ACTIVITY.test(sentence) || wordMatches(ROLE_TAKEN, sentence).length > 0;
    ACTIVITY.lastIndex = 0;
    return found;
  });
}

const quote = (h: Hit) => `"${h.context ? `${h.context} ${h.term}` : h.term}"`;

export function assessRelevance(title: string, text: string): Relevance {
  const reasons: string[] = [];
  const lead = text.slice(0, LEAD_CHARS);
  const all = criminalDefence(
    resolveBare([...nhriHits(title).map((h) => ({ ...h, inTitle: true })), ...nhriHits(lead).map((h) => ({ ...h, inTitle: false }))]),
    title,
    lead,
  );
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
  const opening = !inTitle && activities.length >= 2 ? openingActivity(all, lead) : undefined;
  if (opening) {
    score += 0.15;
    reasons.push(`the opening sentence reports the activity of ${quote(opening)}`);
  }
  const criminal = all.filter((h) => h.kind === 'criminal');
  if (criminal.length && criminal.length >= institutional.length) {
    score *= 0.2;
    reasons.push(`the public defender is a criminal defence lawyer, not an ombudsman ("${criminal[0]?.context}")`);
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
  const activityTitle = title.replace(LEGISLATURE, (m) => ' '.repeat(m.length));
  const titleActivity = activityTitle.search(ACTIVITY) >= 0 || wordMatches(ROLE_TAKEN, title).length > 0 || SPEAKER_COLON.test(title);
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
