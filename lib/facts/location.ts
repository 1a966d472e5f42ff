// Where the event took place: the dateline's city, else a city named as the venue ("held in
// Graz", "в Казани", "Ankara'da", "en Puno", "بالرباط"), else a city the headline names. Online
// events and statements have no place.
import roles from '../data/roles.json' with { type: 'json' };
import type { Clip, EventType } from '../types.ts';
import { lexicon } from '../lexicon.ts';
import { isProse, readDateline } from '../text/dateline.ts';
import { findCountries } from './countries.ts';
import { isAside } from './participants.ts';
import { sentences } from '../text/sentences.ts';
import { CITY_NAMES, cityOf, type City } from './gazetteer.ts';

// Words that put a place after them: "in", "at", "в", "у", "en", "à", "di", "bei", "v"…
const PLACE_PREP = new RegExp(`(?<![\\p{L}])(?:${lexicon.placePrepositions.join('|')})\\s+$`, 'iu');
// Turkish and Azerbaijani say "in" with a suffix: Ankara'da, Ankara’daki, Bakıda, Gəncədə.
const LOCATIVE = /^['’]?(?:d|t)[aeə](?:ki)?$/u;
// Or after a noun that takes it: "Gəncə şəhərində" (in the city of Ganja), "Van ilçesinde".
const PLACE_NOUN = new RegExp(`^\\s+(?:${lexicon.placeNounLocatives.join('|')})(?![\\p{L}])`, 'iu');
// Where a visit went: "a working visit to Bangkok", "kunjungan kerja ke Bangkok", "visited Tbilisi",
// "Bakü'ye", "Gəncəyə" (the dative ending).
const DESTINATION_PREP = new RegExp(`(?<![\\p{L}])(?:${lexicon.destinationPrepositions.join('|')})\\s+$`, 'iu');
const DATIVE = /^['’]?y?[aeə]$/u;
// Stronger: the venue of the event ("held in", "took place in", "прошла в", "celebrada en").
const VENUE = new RegExp(`(?<![\\p{L}])(?:${lexicon.venuePhrases.join('|')})\\s+(\\p{Lu}[\\p{Ll}'’-]+(?:\\s\\p{Lu}[\\p{Ll}'’-]+)?)`, 'u');
const NOT_A_PLACE = new Set(roles.nameStopwords);

/** A place name the gazetteer does not know, written as the text writes it. */
function unknownPlace(word: string, language: string): City | null {
  if (NOT_A_PLACE.has(word) || findCountries(word, language).length) return null;
  const name = word === word.toUpperCase() ? word.charAt(0) + word.slice(1).toLowerCase() : word;
  return { name, countryCode: null };
}

/**
 * The first city in the text that a preposition, a locative ending or Arabic "ب" marks as the place;
 * or, for a visit's destination, "to", a visiting verb or a dative ending.
 */
function cityInProse(text: string, destination = false): City | null {
  const [prep, ending] = destination ? [DESTINATION_PREP, DATIVE] : [PLACE_PREP, LOCATIVE];
  for (const m of text.matchAll(CITY_NAMES)) {
    const at = (m.index ?? 0) + (m[1]?.length ?? 0);
    const city = cityOf(m[2]!);
    if (!city) continue;
    const rest = m[2]!.slice(city.length) || text.slice(at + m[2]!.length, at + m[2]!.length + 6).match(/^['’]\p{L}+/u)?.[0] || '';
    const after = text.slice(at + m[2]!.length, at + m[2]!.length + 24);
    if ((m[1] && !destination) || prep.test(text.slice(Math.max(0, at - 16), at)) || (rest && ending.test(rest)) || (!destination && PLACE_NOUN.test(after))) return { name: city.name, countryCode: city.countryCode };
  }
  return null;
}

export function findLocation(text: string, eventType: EventType, language: string, title = ''): Clip['location'] {
  if (eventType === 'videoconference' || eventType === 'statement') return null;
  // The lead's sentences, but not those about a recalled or a coming event ("the next congress will
  // be held in Tunis"); read only when the dateline does not settle the place.
  let lead: string | undefined;
  const head = () =>
    (lead ??= sentences(text.slice(0, 1500))
      .filter((s, n) => n === 0 || !isAside(s.text))
      .map((s) => s.text)
      .join(' '));
  // A visit abroad is reported from home: its destination, not the dateline, is where it happened.
  const destination = eventType === 'visit' ? cityInProse(head(), true) : null;
  if (destination) return { city: destination.name, countryCode: destination.countryCode };
  // The dateline opens the lead paragraph, which may follow a date or byline line.
  const opening = text.split('\n').find(isProse) ?? '';
  const dateline = readDateline(opening);
  if (dateline) {
    const known = cityOf(dateline.place);
    // An unknown place counts only in an unmistakable wire dateline: capitals before a dash, or
    // before a date ("PUNO –", "КАЗАНЬ, 6 июня.").
    const wire = /^\p{Lu}{3,}$/u.test(dateline.place) && (dateline.dashed || opening.slice(0, dateline.length).includes(','));
    const place = known ?? (wire ? unknownPlace(dateline.place, language) : null);
    if (place) return { city: place.name, countryCode: place.countryCode };
  }
  const inProse = cityInProse(head());
  if (inProse) return { city: inProse.name, countryCode: inProse.countryCode };
  const venue = head().match(VENUE);
  const place = venue ? unknownPlace(venue[1]!, language) : null;
  if (place) return { city: place.name, countryCode: place.countryCode };
  // A headline city: "Výjezdní jednání ... v Brně", "2. İstanbul Uluslararası Ombudsmanlık Konferansı".
  const headline = cityInProse(title) ?? [...title.matchAll(CITY_NAMES)].map((m) => cityOf(m[2]!)).find(Boolean);
  return headline ? { city: headline.name, countryCode: headline.countryCode } : null;
}
