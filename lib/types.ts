// The clip record: the contract shared by the content script, the database, the popup, the exports
// and the command line (see ../shared/clip-schema.md). Field names here must not drift.

export const EVENT_TYPES = [
  'meeting',
  'videoconference',
  'agreement_signing',
  'conference',
  'visit',
  'statement',
  'training',
  'other',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const TOPICS = [
  'landmines',
  'refugees_displacement',
  'migration',
  'detention',
  'disability',
  'children',
  'women',
  'legal_aid',
  'education_training',
  'business_human_rights',
  'humanitarian_law',
  'peace_security',
  'health',
  'other',
] as const;
export type Topic = (typeof TOPICS)[number];

export type InstitutionKind =
  | 'ombudsman_nhri'
  | 'un'
  | 'intergovernmental'
  | 'government'
  | 'parliament'
  | 'embassy'
  | 'ngo'
  | 'academic'
  | 'other';

export interface Actor {
  name: string;
  role: string | null;
  institution: string | null;
  countryCode: string | null;
}

export interface Institution {
  name: string;
  acronym: string | null;
  kind: InstitutionKind;
  countryCode: string | null;
}

export interface Agreement {
  kind: string;
  parties: string[];
  date: string | null;
}

export interface Quote {
  speaker: string | null;
  text: string;
}

export interface Relevance {
  isRelevant: boolean;
  score: number;
  reasons: string[];
}

export interface Clip {
  url: string;
  canonicalUrl: string;
  title: string;
  outlet: string | null;
  author: string | null;
  language: string;
  publishedAt: string | null;
  text: string;
  summary: string;
  relevance: Relevance;
  eventType: EventType;
  eventDate: string | null;
  location: { city: string | null; countryCode: string | null } | null;
  actors: Actor[];
  institutions: Institution[];
  participantCountries: string[];
  mentionedCountries: string[];
  agreements: Agreement[];
  topics: Topic[];
  quotes: Quote[];
  tags: string[];
  note: string;
  clippedAt: string;
}

/** What the extractor produces: a clip before the user's layer and the clipping time exist. */
export type Extraction = Omit<Clip, 'tags' | 'note' | 'clippedAt'>;
