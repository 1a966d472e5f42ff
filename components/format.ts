import type { EventType } from '../lib/types.ts';
import isoCountries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };

// The English names only: the extractor's country module (lib/facts/countries.ts) would bring its
// word lists in eleven languages into the popup and build them on every opening.
isoCountries.registerLocale(en);
const countryName = (code: string) => isoCountries.getName(code, 'en') ?? code;

export const EVENT_LABELS: Record<EventType, string> = {
  meeting: 'Meeting',
  videoconference: 'Videoconference',
  agreement_signing: 'Agreement signed',
  conference: 'Conference',
  visit: 'Visit',
  statement: 'Statement',
  training: 'Training',
  other: 'Other',
};

export function countries(codes: string[]): string {
  return codes.map((c) => `${countryName(c)} (${c})`).join(', ');
}

/** Only web addresses become links: a clip's URL comes from a page and must not run script. */
export function safeHref(url: string): string | undefined {
  return /^https?:\/\//i.test(url) ? url : undefined;
}
