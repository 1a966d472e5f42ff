// The cities of data/places.json: every spelling, and which city a found text names.
import places from '../data/places.json' with { type: 'json' };
import { anchored, trieAlternation } from '../terms.ts';

export interface City {
  name: string;
  countryCode: string | null;
}

const SYNTAX = /[\\[\](){}?*+|.]/;
// Every spelling, longest first; the city is found again from the matched text.
export const CITY_FORMS = places.cities
  .flatMap((c) => c.forms.map((form) => ({ form, city: { name: c.name, countryCode: c.countryCode } })))
  .sort((a, b) => b.form.length - a.form.length);

// Any city in a text, the spelling in group 2 with up to five letters of a case ending. City names
// are proper nouns: case-sensitive in prose. Arabic glues "in" to the name (بالرباط).
export const CITY_NAMES = new RegExp(`(?<![\\p{L}])(ب)?(${trieAlternation(CITY_FORMS.map((f) => f.form))}\\p{L}{0,5})(?![\\p{L}])`, 'gu');

/** Whether the text names a city of the country. */
export function namesCityOf(text: string, countryCode: string): boolean {
  for (const m of text.matchAll(CITY_NAMES)) if (cityOf(m[2]!)?.countryCode === countryCode) return true;
  return false;
}

// Each spelling as the test cityOf makes of it, prepared once: the small letters of a plain one, an
// anchored regex for one with regex syntax (Вен[аеуы]).
const TESTS = CITY_FORMS.map((f) => (SYNTAX.test(f.form) ? { city: f.city, re: anchored(f.form, 'iu') } : { city: f.city, lower: f.form.toLowerCase(), length: f.form.length }));

/** The gazetteer city a found text starts with, and how much of the text its name takes. */
export function cityOf(found: string): (City & { length: number }) | null {
  const lower = found.toLowerCase();
  for (const t of TESTS) {
    const length = t.re ? (found.match(t.re)?.[0].length ?? -1) : lower.startsWith(t.lower) ? t.length : -1;
    if (length >= 0) return { ...t.city, length };
  }
  return null;
}

/** Whether the whole text is a city's name ("Kuala Lumpur"). */
export function isCityName(text: string): boolean {
  return cityOf(text)?.length === text.length;
}
