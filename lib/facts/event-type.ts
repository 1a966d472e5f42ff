import type { EventType } from '../types.ts';
import { lexicon, termsAlternation } from '../lexicon.ts';

const TYPES = Object.keys(lexicon.eventTypes) as (keyof typeof lexicon.eventTypes)[];
// All kinds in one regex, one named group each, read left to right: a phrase consumes its words, so
// "receives a delegation" counts as a meeting and not also as a visit, "press conference" as a
// statement and not a conference. Where two kinds start at the same word the one listed first in
// lexicon.eventTypes wins (the more specific phrase).
const EVENTS = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${TYPES.map((t) => `(?<${t}>${termsAlternation(lexicon.eventTypes[t])})`).join('|')})(?![\\p{L}\\p{N}])`,
  'giu',
);
// An assembly, a training or a board seat is also "a meeting" or "talks" in looser words: when
// named, the specific kind weighs double. Not a signing: leads often recall an MoU signed earlier.
const SPECIFIC = new Set<EventType>(['other', 'conference', 'training']);
const TITLE_WEIGHT = 3;

/** The kind of event, from the headline (its words weigh three times) and the lead sentences. */
export function classifyEvent(title: string, lead: string): EventType {
  const scores = new Map<EventType, number>();
  const count = (text: string, weight: number) => {
    for (const m of text.matchAll(EVENTS)) {
      const type = TYPES.find((t) => m.groups?.[t] !== undefined);
      if (type) scores.set(type, (scores.get(type) ?? 0) + weight * (SPECIFIC.has(type) ? 2 : 1));
    }
  };
  count(title, TITLE_WEIGHT);
  count(lead, 1);
  // Taking up a seat or a presidency is the news whenever the headline says so.
  if ((scores.get('other') ?? 0) >= TITLE_WEIGHT) return 'other';
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
