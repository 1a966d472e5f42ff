// The cities of data/places.json: every spelling, and which city a found text names.
import places from '../data/places.json' with { type: 'json' };
import { anchored } from '../terms.ts';

export interface City {
  name: string;
  countryCode: string | null;
}

const SYNTAX = /[\\[\](){}?*+|.]/;
// Every spelling, longest first; the city is found again from the matched text.
export const CITY_FORMS = places.cities
  .flatMap((c) => c.forms.map((form) => ({ form, city: { name: c.name, countryCode: c.countryCode } })))
  .sort((a, b) => b.form.length - a.form.length);

/** How much of the found text the spelling takes, or -1; spellings with regex syntax (Вен[аеуы]) as regexes. */
function formLength(found: string, form: string): number {
  if (!SYNTAX.test(form)) return found.toLowerCase().startsWith(form.toLowerCase()) ? form.length : -1;
  return found.match(anchored(form, 'iu'))?.[0].length ?? -1;
}

/** The gazetteer city a found text starts with, and how much of the text its name takes. */
export function cityOf(found: string): (City & { length: number }) | null {
  for (const f of CITY_FORMS) {
    const length = formLength(found, f.form);
    if (length >= 0) return { ...f.city, length };
  }
  return null;
}

/** Whether the whole text is a city's name ("Kuala Lumpur"). */
export function isCityName(text: string): boolean {
  return cityOf(text)?.length === text.length;
}
