// Clips -> CSV: RFC 4180 quoting (Papa Parse), a UTF-8 byte order mark so spreadsheet programs
// read Azerbaijani, Cyrillic and Turkish letters right, one row per clip, multi-valued fields
// joined with "; ", and cells that would start a formula defused.
import Papa from 'papaparse';
import type { Actor, Clip } from '../types.ts';

const JOIN = '; ';
const BOM = '\uFEFF';
// OWASP's list of characters that start a formula; Papa Parse's own test stops at a line break,
// and a page's text may well start with "=" and go on over several lines.
const FORMULA_START = /^[=+\-@\t\r]/;

export type Cell = string | number | boolean;

function actorCell(a: Actor): string {
  const detail = [a.role, a.institution, a.countryCode].filter(Boolean).join(', ');
  return detail ? `${a.name} (${detail})` : a.name;
}

/** The export's columns, in their documented order (README, "CSV columns"). */
export const CSV_COLUMNS: readonly { header: string; cell: (c: Clip) => Cell }[] = [
  { header: 'clipped_at', cell: (c) => c.clippedAt },
  { header: 'title', cell: (c) => c.title },
  { header: 'outlet', cell: (c) => c.outlet ?? '' },
  { header: 'url', cell: (c) => c.canonicalUrl || c.url },
  { header: 'published_at', cell: (c) => c.publishedAt ?? '' },
  { header: 'language', cell: (c) => c.language },
  { header: 'relevant', cell: (c) => c.relevance.isRelevant },
  { header: 'relevance_score', cell: (c) => c.relevance.score },
  { header: 'event_type', cell: (c) => c.eventType },
  { header: 'event_date', cell: (c) => c.eventDate ?? '' },
  { header: 'location_city', cell: (c) => c.location?.city ?? '' },
  { header: 'location_country', cell: (c) => c.location?.countryCode ?? '' },
  { header: 'participant_countries', cell: (c) => c.participantCountries.join(JOIN) },
  { header: 'mentioned_countries', cell: (c) => c.mentionedCountries.join(JOIN) },
  { header: 'actors', cell: (c) => c.actors.map(actorCell).join(JOIN) },
  { header: 'institutions', cell: (c) => c.institutions.map((i) => (i.acronym ? `${i.name} (${i.acronym})` : i.name)).join(JOIN) },
  { header: 'agreements', cell: (c) => c.agreements.map((a) => [a.kind, ...a.parties].join(': ')).join(JOIN) },
  { header: 'topics', cell: (c) => c.topics.join(JOIN) },
  { header: 'summary', cell: (c) => c.summary },
  { header: 'author', cell: (c) => c.author ?? '' },
  { header: 'tags', cell: (c) => c.tags.join(JOIN) },
  { header: 'note', cell: (c) => c.note },
  { header: 'relevance_reasons', cell: (c) => c.relevance.reasons.join(JOIN) },
  { header: 'text', cell: (c) => c.text },
];

const UNPARSE = { quotes: false, newline: '\r\n', escapeFormulae: FORMULA_START } as const;

/** A CSV file of a header row and rows, quoted as RFC 4180 asks, with formulas defused. */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const body = Papa.unparse({ fields: [...header], data: rows.map((r) => [...r]) }, UNPARSE);
  return `${BOM}${body.replace(/(?:\r\n)+$/, '')}\r\n`;
}

const HEADER = CSV_COLUMNS.map((col) => col.header);
const cells = (c: Clip): Cell[] => CSV_COLUMNS.map((col) => col.cell(c));

export function clipsToCsv(clips: readonly Clip[]): string {
  return toCsv(HEADER, clips.map(cells));
}

/**
 * The CSV of clips read a page at a time, as the parts of a Blob: the same text as clipsToCsv of
 * all the pages' clips, without one string of the whole library's article text.
 */
export async function clipsToCsvParts(pages: AsyncIterable<readonly Clip[]>): Promise<string[]> {
  const parts = [toCsv(HEADER, [])];
  for await (const clips of pages) if (clips.length) parts.push(`${Papa.unparse(clips.map(cells), UNPARSE)}\r\n`);
  return parts;
}
