// Where the event took place: the dateline's city, else a city named as the venue ("held in
// Graz", "в Казани", "Ankara'da", "en Puno"). Online events and statements have no place.
import places from '../data/places.json' with { type: 'json' };
import type { Clip, EventType } from '../types.ts';
import { lexicon } from '../lexicon.ts';
import { isProse, readDateline } from '../text/dateline.ts';
import { findCountries } from './countries.ts';

interface City {
  name: string;
  countryCode: string | null;
}

// One regex for all forms, longest first; the city is found again from the matched form.
const FORMS = places.cities
  .flatMap((c) => c.forms.map((form) => ({ form, city: { name: c.name, countryCode: c.countryCode } })))
  .sort((a, b) => b.form.length - a.form.length);
const FORM_RES = FORMS.map((f) => ({ re: new RegExp(`^(?:${f.form})`, 'iu'), city: f.city }));
const ANY_CITY = new RegExp(`(?<![\\p{L}])(?:${FORMS.map((f) => f.form).join('|')})\\p{L}{0,5}(?![\\p{L}])`, 'giu');
// Words that put a place after them: "in", "at", "в", "у", "en", "à", "di", "bei"…
const PLACE_PREP = new RegExp(`(?<![\\p{L}])(?:${lexicon.placePrepositions.join('|')})\\s+$`, 'iu');
// Stronger: the venue of the event ("held in", "took place in", "прошла в", "celebrada en").
const VENUE = new RegExp(`(?<![\\p{L}])(?:${lexicon.venuePhrases.join('|')})\\s+(\\p{Lu}[\\p{Ll}'’-]+(?:\\s\\p{Lu}[\\p{Ll}'’-]+)?)`, 'u');
const NOT_A_PLACE = new Set(lexicon.nameStopwords);

function cityOf(found: string): City | null {
  return FORM_RES.find((f) => f.re.test(found))?.city ?? null;
}

/** A place name the gazetteer does not know, written as the text writes it. */
function unknownPlace(word: string, language: string): City | null {
  if (NOT_A_PLACE.has(word) || findCountries(word, language).length) return null;
  const name = word === word.toUpperCase() ? word.charAt(0) + word.slice(1).toLowerCase() : word;
  return { name, countryCode: null };
}

export function findLocation(text: string, eventType: EventType, language: string): Clip['location'] {
  if (eventType === 'videoconference' || eventType === 'statement') return null;
  // The dateline opens the lead paragraph, which may follow a date or byline line.
  const lead = text.split('\n').find(isProse) ?? '';
  const dateline = readDateline(lead);
  if (dateline) {
    const known = cityOf(dateline.place);
    // An unknown place counts only in an unmistakable wire dateline ("PUNO –").
    const place = known ?? (dateline.dashed && /^\p{Lu}{3,}$/u.test(dateline.place) ? unknownPlace(dateline.place, language) : null);
    if (place) return { city: place.name, countryCode: place.countryCode };
  }
  const head = text.slice(0, 1500);
  for (const m of head.matchAll(ANY_CITY)) {
    const at = m.index ?? 0;
    if (PLACE_PREP.test(head.slice(Math.max(0, at - 16), at))) {
      const city = cityOf(m[0]);
      if (city) return { city: city.name, countryCode: city.countryCode };
    }
  }
  const venue = head.match(VENUE);
  const place = venue ? unknownPlace(venue[1]!, language) : null;
  return place ? { city: place.name, countryCode: place.countryCode } : null;
}
