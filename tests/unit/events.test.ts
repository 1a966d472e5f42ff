// The events CSV: one row per pair of participants, coded with CAMEO verbs.
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { cameoCode, clipsToEventsCsv, EVENT_COLUMNS, eventRows, participantsOf } from '../../lib/export/events.ts';
import { makeClip } from './factories.ts';
import type { Actor } from '../../lib/types.ts';

const person = (name: string, countryCode: string | null, institution: string | null = null): Actor => ({ name, role: 'Ombudsman', institution, countryCode });
const col = (row: unknown[], name: (typeof EVENT_COLUMNS)[number]) => row[EVENT_COLUMNS.indexOf(name)];

describe('events CSV', () => {
  it('gives one row per pair of people: three people, three rows', () => {
    const clip = makeClip({ agreements: [], eventType: 'meeting', actors: [person('A One', 'AZ'), person('B Two', 'UA'), person('C Three', 'TR')] });
    const rows = eventRows([clip]);
    expect(rows.map((r) => [col(r, 'actor1_name'), col(r, 'actor2_name')])).toEqual([
      ['A One', 'B Two'],
      ['A One', 'C Three'],
      ['B Two', 'C Three'],
    ]);
    expect(rows.every((r) => col(r, 'cameo_code') === '040')).toBe(true);
    expect(rows.map((r) => col(r, 'event_id'))).toEqual(['1.1', '1.2', '1.3']);
  });

  it('codes the event from its type, and a signed agreement as a signing', () => {
    const base = { agreements: [] };
    expect(cameoCode({ ...base, eventType: 'visit' }).code).toBe('042');
    expect(cameoCode({ ...base, eventType: 'statement' }).code).toBe('010');
    expect(cameoCode({ ...base, eventType: 'videoconference' }).code).toBe('041');
    expect(cameoCode({ eventType: 'meeting', agreements: [{ kind: 'protocol', parties: [], date: null }] }).code).toBe('057');
  });

  it('puts the visitor before the host of the place visited', () => {
    const clip = makeClip({ eventType: 'visit', agreements: [], location: { city: 'Baku', countryCode: 'AZ' }, actors: [person('Host Person', 'AZ'), person('Guest Person', 'KG')] });
    const [row] = eventRows([clip]);
    expect([col(row!, 'actor1_name'), col(row!, 'actor2_name')]).toEqual(['Guest Person', 'Host Person']);
  });

  it('fills a missing side with a participating institution no person stands for', () => {
    const clip = makeClip({
      actors: [person('Sabina Aliyeva', 'AZ', 'Ombudsman of Azerbaijan')],
      participantCountries: ['AZ', 'MA'],
      institutions: [
        { name: 'Ombudsman of Azerbaijan', acronym: null, kind: 'ombudsman_nhri', countryCode: 'AZ' },
        { name: 'Commissioner for Human Rights of the Republic of Azerbaijan', acronym: null, kind: 'ombudsman_nhri', countryCode: 'AZ' },
        { name: 'National Human Rights Council', acronym: 'CNDH', kind: 'ombudsman_nhri', countryCode: 'MA' },
        { name: 'Embassy of France', acronym: null, kind: 'embassy', countryCode: 'FR' },
      ],
    });
    expect(participantsOf(clip).map((p) => p.name)).toEqual(['Sabina Aliyeva', 'National Human Rights Council']);
  });

  it('keeps a clip with no pair as one row, dated by publication when the event date is unknown, and says so', () => {
    const clip = makeClip({ actors: [], institutions: [], eventDate: null, publishedAt: '2024-03-01', eventType: 'statement', agreements: [] });
    const rows = eventRows([clip]);
    expect(rows).toHaveLength(1);
    expect(col(rows[0]!, 'event_date')).toBe('2024-03-01');
    expect(col(rows[0]!, 'date_is_publication')).toBe(true);
    expect(col(rows[0]!, 'actor1_name')).toBe('');
  });

  it('is a CSV with a byte order mark, its documented header, and formulas defused', () => {
    const clip = makeClip({ title: '=HYPERLINK("http://evil.example")', agreements: [] });
    const csv = clipsToEventsCsv([clip]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
    expect(parsed.data[0]).toEqual([...EVENT_COLUMNS]);
    expect(col(parsed.data[1]!, 'source_title')).toBe('\'=HYPERLINK("http://evil.example")');
  });
});
