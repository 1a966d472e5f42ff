// Complete, valid records for tests that need a clip but not a page, and throwaway databases.
import { ClipDatabase } from '../../lib/db/clips.ts';
import type { Clip, Extraction } from '../../lib/types.ts';

let serial = 0;

/** A complete Extraction; every field of the schema is set. Pass overrides for what the test is about. */
export function makeExtraction(overrides: Partial<Extraction> = {}): Extraction {
  serial += 1;
  const url = overrides.url ?? `https://news.example/en/ombudsman-meets-counterpart-${serial}`;
  return {
    url,
    canonicalUrl: overrides.canonicalUrl ?? url,
    title: 'Azerbaijani and Ukrainian ombudspersons held an online meeting',
    outlet: 'News Example',
    author: 'Jane Reporter',
    language: 'en',
    publishedAt: '2022-11-30',
    text: 'The Human Rights Commissioner of Azerbaijan, Sabina Aliyeva, and the Ukrainian Parliament Commissioner for Human Rights, Dmytro Lubinets held a meeting through videoconferencing.',
    summary: 'Sabina Aliyeva and Dmytro Lubinets held a meeting through videoconferencing.',
    relevance: { isRelevant: true, score: 0.93, reasons: ['headline names the institution: "ombudspersons"'] },
    eventType: 'videoconference',
    eventDate: '2022-11-29',
    location: null,
    actors: [
      { name: 'Sabina Aliyeva', role: 'Human Rights Commissioner', institution: 'Commissioner for Human Rights (Ombudsman) of the Republic of Azerbaijan', countryCode: 'AZ' },
      { name: 'Dmytro Lubinets', role: 'Parliament Commissioner for Human Rights', institution: null, countryCode: 'UA' },
    ],
    institutions: [
      { name: 'Commissioner for Human Rights (Ombudsman) of the Republic of Azerbaijan', acronym: null, kind: 'ombudsman_nhri', countryCode: 'AZ' },
      { name: 'Office of the UN High Commissioner for Human Rights', acronym: 'OHCHR', kind: 'un', countryCode: null },
    ],
    participantCountries: ['AZ', 'UA'],
    mentionedCountries: ['AZ', 'UA', 'AM'],
    agreements: [{ kind: 'memorandum of understanding', parties: ['Ombudsman of Azerbaijan', 'Ombudsman of Ukraine'], date: '2022-11-29' }],
    topics: ['refugees_displacement', 'peace_security'],
    quotes: [{ speaker: 'Sabina Aliyeva', text: 'We will keep working together.' }],
    ...overrides,
  };
}

/** A complete Clip: an extraction with the user's layer. */
export function makeClip(overrides: Partial<Clip> = {}): Clip {
  const { tags, note, clippedAt, ...rest } = overrides;
  return { ...makeExtraction(rest), tags: tags ?? [], note: note ?? '', clippedAt: clippedAt ?? '2024-05-01T10:00:00.000Z' };
}

const opened: ClipDatabase[] = [];

/** A database of its own for one test; call dropDatabases() after each test. */
export function freshDb(): ClipDatabase {
  const db = new ClipDatabase(`test-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}

export async function dropDatabases(): Promise<void> {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
}
