// The events CSV, in the dyadic style of event data (GDELT, CAMEO): one row per pair of
// participants in a clip's event, each side with name, role, institution and ISO country, the
// event coded with a CAMEO verb, and the source. A clip with fewer than two participants still
// gives one row, so that no clipped event is missing from the file.
import cameo from '../data/cameo.json' with { type: 'json' };
import type { Actor, Clip, EventType } from '../types.ts';
import { toCsv, type Cell } from './csv.ts';

interface Code {
  code: string;
  label: string;
}

/** The CAMEO verb for a clip's event: a signed agreement is its signing, whatever the type. */
export function cameoCode(clip: Pick<Clip, 'eventType' | 'agreements'>): Code {
  if (clip.agreements.length) return cameo.agreement;
  return (cameo.eventTypes as Record<EventType, Code>)[clip.eventType];
}

/**
 * Who took part: the people, then the participating institutions that no person stands for
 * (an MoU between two offices whose heads are not named).
 */
export function participantsOf(clip: Pick<Clip, 'actors' | 'institutions' | 'participantCountries'>): Actor[] {
  const people = clip.actors;
  if (people.length >= 2) return people;
  // A body is represented by a person of it, or of its country (two names of one national office).
  const represented = new Set(people.flatMap((a) => [a.institution, a.countryCode]).filter(Boolean));
  const bodies = clip.institutions
    .filter((i) => !represented.has(i.name) && !(i.countryCode && represented.has(i.countryCode)))
    .filter((i) => i.countryCode === null || clip.participantCountries.includes(i.countryCode))
    .map((i) => ({ name: i.name, role: null, institution: i.name, countryCode: i.countryCode }));
  return [...people, ...bodies];
}

/** Unordered pairs, first-named first; for a visit, the visitor before the host of the place. */
function pairs(clip: Clip, people: Actor[]): [Actor | null, Actor | null, Code][] {
  const code = cameoCode(clip);
  if (people.length < 2) return [[people[0] ?? null, null, code]];
  const out: [Actor, Actor, Code][] = [];
  const host = clip.eventType === 'visit' ? (clip.location?.countryCode ?? null) : null;
  for (let i = 0; i < people.length; i++) {
    for (let j = i + 1; j < people.length; j++) {
      let [a, b] = [people[i]!, people[j]!];
      if (host && a.countryCode === host && b.countryCode !== host) [a, b] = [b, a];
      out.push([a, b, code]);
    }
  }
  return out;
}

const side = (prefix: string) => [`${prefix}_name`, `${prefix}_role`, `${prefix}_institution`, `${prefix}_country`];
const sideCells = (a: Actor | null): Cell[] => [a?.name ?? '', a?.role ?? '', a?.institution ?? '', a?.countryCode ?? ''];

/** The columns of the events CSV, in order (README, "Events CSV"). */
export const EVENT_COLUMNS = [
  'event_id',
  'event_date',
  'date_is_publication',
  'cameo_code',
  'cameo_label',
  'event_type',
  ...side('actor1'),
  ...side('actor2'),
  'location_city',
  'location_country',
  'source_url',
  'source_title',
  'outlet',
  'published_at',
] as const;

/** Rows of the events CSV for the clips, in the clips' order. */
export function eventRows(clips: readonly Clip[]): Cell[][] {
  return clips.flatMap((clip, n) =>
    pairs(clip, participantsOf(clip)).map(([a, b, code], k) => [
      `${n + 1}.${k + 1}`,
      // Event data needs a day: the publication day stands in when the text gives none, and says so.
      clip.eventDate ?? clip.publishedAt ?? '',
      clip.eventDate === null && clip.publishedAt !== null,
      code.code,
      code.label,
      clip.eventType,
      ...sideCells(a),
      ...sideCells(b),
      clip.location?.city ?? '',
      clip.location?.countryCode ?? '',
      clip.canonicalUrl || clip.url,
      clip.title,
      clip.outlet ?? '',
      clip.publishedAt ?? '',
    ]),
  );
}

export function clipsToEventsCsv(clips: readonly Clip[]): string {
  return toCsv(EVENT_COLUMNS, eventRows(clips));
}
