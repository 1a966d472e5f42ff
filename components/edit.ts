// The correction form's values as text, and back: what the user typed becomes corrections only
// where it differs from the clip, and only when it is well formed.
import type { Corrections } from '../lib/db/clips.ts';
import { EVENT_TYPES, TOPICS, type Actor, type Clip, type EventType, type Topic } from '../lib/types.ts';

export interface Draft {
  title: string;
  outlet: string;
  author: string;
  summary: string;
  topics: string;
  relevant: boolean;
  eventType: EventType;
  eventDate: string;
  publishedAt: string;
  city: string;
  country: string;
  participants: string;
  actors: string;
}

const SEP = ' | ';

function actorLine(a: Actor): string {
  return [a.name, a.role ?? '', a.institution ?? '', a.countryCode ?? ''].join(SEP).replace(/(?: \| )+$/, '');
}

export function draftOf(c: Clip): Draft {
  return {
    title: c.title,
    outlet: c.outlet ?? '',
    author: c.author ?? '',
    summary: c.summary,
    topics: c.topics.join(', '),
    relevant: c.relevance.isRelevant,
    eventType: c.eventType,
    eventDate: c.eventDate ?? '',
    publishedAt: c.publishedAt ?? '',
    city: c.location?.city ?? '',
    country: c.location?.countryCode ?? '',
    participants: c.participantCountries.join(', '),
    actors: c.actors.map(actorLine).join('\n'),
  };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const COUNTRY = /^[A-Z]{2}$/;

function country(value: string, what: string): string | null {
  const code = value.trim().toUpperCase();
  if (!code) return null;
  if (!COUNTRY.test(code)) throw new Error(`${what}: "${value.trim()}" is not a two-letter country code (such as AZ or UA).`);
  return code;
}

function day(value: string, what: string): string | null {
  const v = value.trim();
  if (!v) return null;
  if (!DAY.test(v) || Number.isNaN(Date.parse(v))) throw new Error(`${what}: "${v}" is not a day written YYYY-MM-DD.`);
  return v;
}

/** "Name | role | institution | CC", one person per line. */
export function parseActors(text: string): Actor[] {
  return text
    .split('\n')
    .map((line) => line.split('|').map((part) => part.trim()))
    .filter((parts) => parts[0])
    .map(([name, role, institution, code], i) => ({
      name: name!,
      role: role || null,
      institution: institution || null,
      countryCode: country(code ?? '', `Actor on line ${i + 1}`),
    }));
}

function topics(text: string): Topic[] {
  const words = text.split(/[,;\s]+/).filter(Boolean);
  const unknown = words.find((w) => !TOPICS.includes(w as Topic));
  if (unknown) throw new Error(`Topics: "${unknown}" is not one of ${TOPICS.join(', ')}.`);
  return [...new Set(words as Topic[])];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The fields the draft changes, checked; throws an Error whose message says what to fix. */
export function changesFrom(c: Clip, d: Draft): Corrections {
  if (!d.title.trim()) throw new Error('The title cannot be empty.');
  if (!EVENT_TYPES.includes(d.eventType)) throw new Error(`Unknown event type "${d.eventType}".`);
  const city = d.city.trim() || null;
  const code = country(d.country, 'Location');
  const next: Corrections = {
    title: d.title.trim(),
    outlet: d.outlet.trim() || null,
    author: d.author.trim() || null,
    summary: d.summary.trim(),
    topics: topics(d.topics),
    relevance: d.relevant === c.relevance.isRelevant ? c.relevance : { ...c.relevance, isRelevant: d.relevant },
    eventType: d.eventType,
    eventDate: day(d.eventDate, 'Event date'),
    publishedAt: day(d.publishedAt, 'Published'),
    location: city || code ? { city, countryCode: code } : null,
    participantCountries: [...new Set(d.participants.split(/[,;\s]+/).filter(Boolean).map((p) => country(p, 'Participants')!))],
    actors: parseActors(d.actors),
  };
  return Object.fromEntries(Object.entries(next).filter(([field, value]) => !same(value, c[field as keyof Clip]))) as Corrections;
}
