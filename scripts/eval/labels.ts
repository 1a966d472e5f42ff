// The gold labels of a page (expected.json), in the format of the ombudsman-news corpus README:
// shared by `npm run eval` and the fixture tests.
export interface Labels {
  url: string;
  title?: string;
  outlet?: string | null;
  language?: string;
  /** null: the policy cannot decide; such pages are left out of scoring. */
  isRelevant: boolean | null;
  eventType: string | null;
  eventDate: string | null;
  publishedAt: string | null;
  participantCountries: string[];
  actors: string[];
  location: { city: string | null; countryCode: string | null } | null;
  agreementSigned: boolean;
  notes?: string;
}
