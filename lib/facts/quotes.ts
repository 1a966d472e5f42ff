import type { Actor, Quote } from '../types.ts';

const surname = (a: Actor) => a.name.split(' ').at(-1) ?? a.name;
const SAID = /\b(?:she|he) (?:said|stressed|noted|added)/i;

// Every quoted span is matched, short ones too, so that straight quotes stay paired; only
// sentences-long ones are kept as quotations.
const QUOTED = /["“«„]([^"“”«»„]{1,800})["”»“]/gu;
const MIN_QUOTE = 40;

/** Direct quotations, with the speaker when an actor's surname is named right after or before. */
export function findQuotes(text: string, actors: Actor[]): Quote[] {
  const quotes: Quote[] = [];
  for (const m of text.matchAll(QUOTED)) {
    if (m[1]!.length < MIN_QUOTE) continue;
    const at = m.index ?? 0;
    const after = text.slice(at + m[0].length, at + m[0].length + 80);
    const before = text.slice(Math.max(0, at - 120), at);
    // "…," Aliyeva stressed / Aliyeva said: "…" / "…," she said (with one actor, it is theirs).
    const named = actors.find((a) => after.includes(surname(a))) ?? actors.find((a) => before.includes(surname(a)));
    const speaker = named ?? (actors.length === 1 && SAID.test(after) ? actors[0] : undefined);
    quotes.push({ speaker: speaker?.name ?? null, text: m[1]!.trim() });
  }
  return quotes;
}
