import type { EventType } from '../types.ts';
import { lexicon, termsAlternation, termsRegex, wordMatches } from '../lexicon.ts';

const TYPES = Object.keys(lexicon.eventTypes) as (keyof typeof lexicon.eventTypes)[];
// All kinds in one regex, one named group each, read left to right: a phrase consumes its words, so
// "receives a delegation" counts as a meeting and not also as a visit, "press conference" as a
// statement and not a conference. Where two kinds start at the same word the one listed first in
// lexicon.eventTypes wins (the more specific phrase). The word start is checked by wordMatches.
const EVENTS = new RegExp(`(?:${TYPES.map((t) => `(?<${t}>${termsAlternation(lexicon.eventTypes[t])})`).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
const VISIT_PROGRAMME = termsRegex(lexicon.visitProgramme, 'iu');
// A parliament's name ("Asamblea Legislativa", "National Assembly") is no assembly of ombudsmen:
// a report handed to it is still a report.
const PARLIAMENT = termsRegex(lexicon.parliaments);
const withoutParliaments = (text: string) => text.replace(PARLIAMENT, (m) => ' '.repeat(m.length));
// An assembly, a training or a board seat is also "a meeting" or "talks" in looser words: when
// named, the specific kind weighs double. Not a signing: leads often recall an MoU signed earlier.
const SPECIFIC = new Set<EventType>(['other', 'conference', 'training']);
const TITLE_WEIGHT = 3;
// The first sentence of a news story says what happened; the next two add detail.
const LEDE_WEIGHT = 2;
const LEAD_SENTENCES = 3;
// A delegation's working visit is usually named in the first paragraph, after the talks it held.
const PROGRAMME_SENTENCES = 6;
// "Date:" or a photo credit left at the top of the text is not the lede.
const MIN_SENTENCE_WORDS = 4;

/**
 * The kind of event, from the headline (its words weigh three times) and the opening sentences of
 * the text (the lede twice, the next two once).
 */
export function classifyEvent(title: string, opening: readonly string[]): EventType {
  const scores = new Map<EventType, number>();
  const count = (text: string, weight: number) => {
    for (const m of wordMatches(EVENTS, text)) {
      const type = TYPES.find((t) => m.groups?.[t] !== undefined);
      if (type) scores.set(type, (scores.get(type) ?? 0) + weight * (SPECIFIC.has(type) ? 2 : 1));
    }
  };
  // The text's first sentences, as many as the programme check reads.
  const sentences: string[] = [];
  for (const s of opening) {
    if (sentences.length === PROGRAMME_SENTENCES) break;
    if (s.split(/\s+/).length >= MIN_SENTENCE_WORDS) sentences.push(withoutParliaments(s));
  }
  count(withoutParliaments(title), TITLE_WEIGHT);
  sentences.slice(0, LEAD_SENTENCES).forEach((s, i) => count(s, i === 0 ? LEDE_WEIGHT : 1));
  // Taking up a seat or a presidency is the news whenever the headline says so.
  if ((scores.get('other') ?? 0) >= TITLE_WEIGHT) return 'other';
  // Talks held during an official or working visit are one part of the visit's programme.
  if (sentences.some((s) => VISIT_PROGRAMME.test(s))) {
    scores.set('visit', (scores.get('visit') ?? 0) + TITLE_WEIGHT);
  }
  // On a tie the kind listed first in lexicon.eventTypes wins.
  let best: EventType = 'other';
  let bestScore = 0;
  for (const type of TYPES) {
    const s = scores.get(type) ?? 0;
    if (s > bestScore) [best, bestScore] = [type, s];
  }
  // A meeting held by video is a videoconference however often the text calls it "the meeting".
  return best === 'meeting' && scores.has('videoconference') ? 'videoconference' : best;
}
