import type { EventType } from '../lib/types.ts';
import { countryName } from '../lib/facts/countries.ts';

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
