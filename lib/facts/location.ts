import places from '../data/places.json' with { type: 'json' };
import type { Clip, EventType } from '../types.ts';

const CITIES = places.cities.map((c) => ({
  ...c,
  re: new RegExp(`(?<![\\p{L}])(?:${c.forms.join('|')})\\p{L}{0,5}(?![\\p{L}])`, 'giu'),
}));
// "BAKU, AUG 22 –", "KIGALI –", "Tbilisi." at the start of the text.
const DATELINE = /^\s*(\p{Lu}[\p{L} ]{2,20}?)\s*(?:[,.(]|\s[–—-])/u;
const PLACE_PREP = /(?:\b(?:in|at|held in|took place in)|\bв|\bво|\bу|\ben|\bà|\bdi|\bin der)\s+$/iu;

function cityIn(fragment: string) {
  return CITIES.find((c) => fragment.match(c.re)) ?? null;
}

/** Where the event took place: a dateline city, else a known city after "in"/"held in"; null online. */
export function findLocation(text: string, eventType: EventType): Clip['location'] {
  if (eventType === 'videoconference' || eventType === 'statement') return null;
  // The dateline opens the lead paragraph, which may follow a date or byline line.
  const leadLine = text.split('\n').find((l) => l.split(/\s+/).length >= 8) ?? '';
  const dateline = leadLine.match(DATELINE);
  const fromDateline = dateline ? cityIn(dateline[1]!) : null;
  if (fromDateline) return { city: fromDateline.name, countryCode: fromDateline.countryCode };
  const head = text.slice(0, 1500);
  let best: { at: number; city: (typeof CITIES)[number] } | null = null;
  for (const c of CITIES) {
    for (const m of head.matchAll(c.re)) {
      const at = m.index ?? 0;
      if (PLACE_PREP.test(head.slice(Math.max(0, at - 16), at)) && (!best || at < best.at)) best = { at, city: c };
    }
  }
  return best ? { city: best.city.name, countryCode: best.city.countryCode } : null;
}
