import type { EventType } from '../types.ts';
import { compileTable, lexicon } from '../lexicon.ts';

const TYPES = compileTable(lexicon.eventTypes as Record<Exclude<EventType, 'other'>, string[]>);
// When two kinds score the same, the more specific one names the event better.
const PRIORITY: EventType[] = ['agreement_signing', 'videoconference', 'conference', 'training', 'visit', 'meeting', 'statement'];
// An online meeting, a signing or an assembly is still "a meeting" or "a statement" in loose words:
// when one of these is named at all, it is the better name.
const SPECIFIC: EventType[] = ['agreement_signing', 'videoconference', 'conference', 'training'];

/** The kind of event, from the headline (words there weigh three times) and the lead sentences. */
export function classifyEvent(title: string, lead: string): EventType {
  const scores = new Map<EventType, number>();
  for (const [type, re] of TYPES) {
    const s = (title.match(re)?.length ?? 0) * 3 + (lead.match(re)?.length ?? 0);
    if (s) scores.set(type, s);
  }
  const specific = SPECIFIC.find((t) => scores.has(t));
  if (specific) return specific;
  let best: EventType = 'other';
  let bestScore = 0;
  for (const type of PRIORITY) {
    const s = scores.get(type) ?? 0;
    if (s > bestScore) [best, bestScore] = [type, s];
  }
  return best;
}
