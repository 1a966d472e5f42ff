import type { Actor, Quote } from '../types.ts';
import { escapeRegex } from '../lexicon.ts';
import { surname } from './actors.ts';

/** The actor's surname in any case form: "Москалькова" in "Москальковой", "Malkoç" in "Malkoç'un". */
function named(actor: Actor): RegExp {
  const word = surname(actor.name);
  const stem = word.length > 5 ? word.slice(0, -2) : word;
  return new RegExp(`(?<![\\p{L}])${escapeRegex(stem)}[\\p{L}'’]{0,${word.length - stem.length + 3}}(?![\\p{L}])`, 'u');
}
const SAID = /\b(?:she|he) (?:said|stressed|noted|added)/i;

// Every quoted span is matched, short ones too, so that straight quotes stay paired; only
// sentences-long ones are kept as quotations.
const QUOTED = /["“«„]([^"“”«»„]{1,800})["”»“]/gu;
const MIN_QUOTE = 40;

/** Direct quotations, with the speaker when an actor's surname is named right after or before. */
export function findQuotes(text: string, actors: Actor[]): Quote[] {
  const quotes: Quote[] = [];
  const names = actors.map(named);
  for (const m of text.matchAll(QUOTED)) {
    if (m[1]!.length < MIN_QUOTE) continue;
    const at = m.index ?? 0;
    const after = text.slice(at + m[0].length, at + m[0].length + 80);
    const before = text.slice(Math.max(0, at - 120), at);
    // "…," Aliyeva stressed / Aliyeva said: "…" / "…," she said (with one actor, it is theirs).
    const by = (near: string) => actors[names.findIndex((re) => re.test(near))];
    const speaker = by(after) ?? by(before) ?? (actors.length === 1 && SAID.test(after) ? actors[0] : undefined);
    quotes.push({ speaker: speaker?.name ?? null, text: m[1]!.trim() });
  }
  return quotes;
}
