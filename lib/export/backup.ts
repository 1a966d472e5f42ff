// The JSON backup of the whole library, and its restore. A backup file is untrusted input: it is
// parsed and checked in full before anything is written, and a file that fails any check changes
// nothing. Restoring merges by canonical URL and keeps the corrections of both sides.
import { EVENT_TYPES, TOPICS, type Clip, type Extraction, type InstitutionKind } from '../types.ts';
import { ClipDatabase, rowOf, type CorrectableField, type Corrections, type StoredClip } from '../db/clips.ts';

export const BACKUP_FORMAT = 'ombudsman-lens-backup';
export const BACKUP_VERSION = 1;

/** A clip as a backup holds it: the stored record without the database's own id and index. */
export type BackupClip = Omit<StoredClip, 'id'>;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  clips: BackupClip[];
}

// Bounds that no real library reaches and that keep a hostile file from exhausting the popup.
export const LIMITS = {
  fileChars: 400_000_000,
  clips: 200_000,
  textChars: 2_000_000,
  stringChars: 20_000,
  listItems: 1_000,
};

type Backupable = BackupClip & Partial<Pick<StoredClip, 'id'>>;

export function toBackup(clips: readonly Backupable[], now = new Date()): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    clips: clips.map(({ id: _id, ...clip }) => clip),
  };
}

/** A clip not yet in any library (from the command line) in a backup's shape: no corrections yet. */
export function freshBackupClip(clip: Clip): BackupClip {
  return { ...clip, corrections: {}, extracted: {}, updatedAt: clip.clippedAt };
}

export function backupToJson(clips: readonly Backupable[], now = new Date()): string {
  return `${JSON.stringify(toBackup(clips, now), null, 1)}\n`;
}

export class BackupError extends Error {
  override name = 'BackupError';
}

// ---- validation: each reader returns the value it checked, or throws with the path of the fault.

type Reader<T> = (v: unknown, path: string) => T;

function fail(path: string, what: string): never {
  throw new BackupError(`This is not a usable Ombudsman Lens backup: ${path} ${what}. Nothing was changed.`);
}

const text =
  (max = LIMITS.stringChars): Reader<string> =>
  (v, path) => {
    if (typeof v !== 'string') fail(path, 'should be text');
    if (v.length > max) fail(path, `is longer than ${max.toLocaleString('en')} characters`);
    return v;
  };
const nullable =
  <T>(read: Reader<T>): Reader<T | null> =>
  (v, path) =>
    v === null ? null : read(v, path);
const list =
  <T>(read: Reader<T>, max = LIMITS.listItems): Reader<T[]> =>
  (v, path) => {
    if (!Array.isArray(v)) fail(path, 'should be a list');
    if (v.length > max) fail(path, `has more than ${max} entries`);
    return v.map((item, i) => read(item, `${path}[${i}]`));
  };
const oneOf =
  <T extends string>(values: readonly T[]): Reader<T> =>
  (v, path) => {
    if (!values.includes(v as T)) fail(path, `should be one of ${values.join(', ')}`);
    return v as T;
  };
const pattern =
  (re: RegExp, what: string): Reader<string> =>
  (v, path) => {
    const s = text()(v, path);
    if (!re.test(s)) fail(path, `should be ${what}`);
    return s;
  };
const bool: Reader<boolean> = (v, path) => (typeof v === 'boolean' ? v : fail(path, 'should be true or false'));
const score: Reader<number> = (v, path) => (typeof v === 'number' && v >= 0 && v <= 1 ? v : fail(path, 'should be a number from 0 to 1'));

function record(v: unknown, path: string): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(path, 'should be an object');
  return v as Record<string, unknown>;
}

/** An object with exactly the fields given (missing ones are an error, unknown ones are dropped). */
function shape<T>(readers: { [K in keyof T]: Reader<T[K]> }): Reader<T> {
  return (v, path) => {
    const o = record(v, path);
    const out = {} as T;
    for (const key of Object.keys(readers) as (keyof T & string)[]) {
      if (!Object.hasOwn(o, key)) fail(`${path}.${key}`, 'is missing');
      out[key] = readers[key](o[key], `${path}.${key}`);
    }
    return out;
  };
}

const country = pattern(/^[A-Z]{2}$/, 'a two-letter country code such as AZ');
const day = pattern(/^\d{4}-\d{2}-\d{2}$/, 'a day written YYYY-MM-DD');
const timestamp: Reader<string> = (v, path) => {
  const s = text(40)(v, path);
  if (Number.isNaN(Date.parse(s))) fail(path, 'should be a date and time');
  return s;
};
const webAddress: Reader<string> = (v, path) => {
  const s = text(8_000)(v, path);
  if (!URL.canParse(s)) fail(path, 'should be a web address');
  return s;
};
const INSTITUTION_KINDS: readonly InstitutionKind[] = ['ombudsman_nhri', 'un', 'intergovernmental', 'government', 'parliament', 'embassy', 'ngo', 'academic', 'other'];

const EXTRACTION_FIELDS: { [K in keyof Extraction]: Reader<Extraction[K]> } = {
  url: webAddress,
  canonicalUrl: webAddress,
  title: text(),
  outlet: nullable(text()),
  author: nullable(text()),
  language: pattern(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/, 'a language code such as az'),
  publishedAt: nullable(day),
  text: text(LIMITS.textChars),
  summary: text(),
  relevance: shape({ isRelevant: bool, score, reasons: list(text()) }),
  eventType: oneOf(EVENT_TYPES),
  eventDate: nullable(day),
  location: nullable(shape({ city: nullable(text()), countryCode: nullable(country) })),
  actors: list(shape({ name: text(), role: nullable(text()), institution: nullable(text()), countryCode: nullable(country) })),
  institutions: list(shape({ name: text(), acronym: nullable(text()), kind: oneOf(INSTITUTION_KINDS), countryCode: nullable(country) })),
  participantCountries: list(country),
  mentionedCountries: list(country),
  agreements: list(shape({ kind: text(), parties: list(text()), date: nullable(day) })),
  topics: list(oneOf(TOPICS)),
  quotes: list(shape({ speaker: nullable(text()), text: text(LIMITS.textChars) })),
};

const correctionsOf: Reader<Corrections> = (v, path) => {
  const o = record(v, path);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(o)) {
    if (key === 'url' || key === 'canonicalUrl' || !Object.hasOwn(EXTRACTION_FIELDS, key)) fail(`${path}.${key}`, 'is not a field that can be corrected');
    out[key] = EXTRACTION_FIELDS[key as CorrectableField](value, `${path}.${key}`);
  }
  return out as Corrections;
};

const readClip = shape<BackupClip>({
  ...EXTRACTION_FIELDS,
  tags: list(text(200)),
  note: text(LIMITS.textChars),
  clippedAt: timestamp,
  updatedAt: timestamp,
  corrections: correctionsOf,
  extracted: correctionsOf,
});

/** Parses and checks a backup file in full; throws a BackupError that says what is wrong. */
export function parseBackup(json: string): Backup {
  if (json.length > LIMITS.fileChars) throw new BackupError('This file is too large to be an Ombudsman Lens backup. Nothing was changed.');
  let data: unknown;
  try {
    // JSON.parse makes "__proto__" an own key; refuse it rather than carry it into any object. A
    // reviver makes parsing several times slower, so it runs only on a file that could hold such a
    // key: one that spells it out, or has a \u escape that could spell it.
    data = /"(?:__proto__|constructor|prototype)"|\\u/.test(json)
      ? JSON.parse(json, (key, value: unknown) => {
          if (key === '__proto__' || key === 'constructor' || key === 'prototype') throw new BackupError(`This file contains a "${key}" key, which no backup has. Nothing was changed.`);
          return value;
        })
      : JSON.parse(json);
  } catch (e) {
    if (e instanceof BackupError) throw e;
    throw new BackupError(`This file is not valid JSON (${(e as Error).message}). Nothing was changed.`);
  }
  const o = record(data, 'the file');
  if (o.format !== BACKUP_FORMAT) throw new BackupError('This file is not an Ombudsman Lens backup (its "format" is not ombudsman-lens-backup). Nothing was changed.');
  if (typeof o.version !== 'number' || !Number.isInteger(o.version)) fail('version', 'should be a whole number');
  if (o.version > BACKUP_VERSION) throw new BackupError(`This backup was written by a newer version of Ombudsman Lens (format ${o.version}); update the extension to restore it. Nothing was changed.`);
  const clips = list(readClip, LIMITS.clips)(o.clips, 'clips');
  for (const [i, c] of clips.entries()) {
    for (const field of Object.keys(c.corrections)) {
      if (!Object.hasOwn(c.extracted, field)) fail(`clips[${i}].extracted.${field}`, 'is missing for a corrected field');
    }
  }
  return { format: BACKUP_FORMAT, version: o.version, exportedAt: typeof o.exportedAt === 'string' ? o.exportedAt : '', clips };
}

// ---- restore

export interface RestoreReport {
  added: number;
  merged: number;
  unchanged: number;
}

const later = (a: string, b: string) => (Date.parse(a) >= Date.parse(b) ? a : b);

/** What the extractor said: the clip's fields with each corrected field's extracted value. */
function extractionOf(c: BackupClip): Extraction {
  const { tags: _t, note: _n, clippedAt: _c, updatedAt: _u, corrections: _k, extracted, ...fields } = c;
  return { ...fields, ...extracted } as Extraction;
}

function mergeNotes(a: string, b: string): string {
  if (a.includes(b)) return a;
  if (b.includes(a)) return b;
  return `${a}\n\n${b}`;
}

/** One clip from two: the newer extraction, both sides' corrections (the newer edit wins a field), all tags, both notes. */
export function mergeClips(local: BackupClip, incoming: BackupClip): BackupClip {
  const newerExtraction = Date.parse(incoming.clippedAt) > Date.parse(local.clippedAt) ? incoming : local;
  const [older, newer] = Date.parse(incoming.updatedAt) > Date.parse(local.updatedAt) ? [local, incoming] : [incoming, local];
  const corrections: Corrections = { ...older.corrections, ...newer.corrections };
  const base = extractionOf(newerExtraction);
  const fields = Object.keys(corrections) as CorrectableField[];
  return {
    ...base,
    ...corrections,
    corrections,
    extracted: Object.fromEntries(fields.map((f) => [f, base[f]])) as Corrections,
    tags: [...new Set([...local.tags, ...incoming.tags])],
    note: mergeNotes(local.note, incoming.note),
    clippedAt: later(local.clippedAt, incoming.clippedAt),
    updatedAt: later(local.updatedAt, incoming.updatedAt),
  };
}

/** Writes a checked backup into the library in one transaction: all of it lands, or none of it. */
export async function restoreBackup(db: ClipDatabase, backup: Backup): Promise<RestoreReport> {
  const report: RestoreReport = { added: 0, merged: 0, unchanged: 0 };
  await db.transaction('rw', db.clips, db.rows, async () => {
    // Only the clips the backup also holds are read whole: the rows say which they are.
    const known = new Map((await db.rows.toArray()).map((r) => [r.canonicalUrl, r.id]));
    const ids = [...new Set(backup.clips.flatMap((c) => known.get(c.canonicalUrl) ?? []))];
    const existing = new Map((await db.clips.bulkGet(ids)).flatMap((c) => (c ? [[c.canonicalUrl, c] as const] : [])));
    const writes: Omit<StoredClip, 'id'>[] = [];
    const updates = new Map<number, StoredClip>();
    for (const incoming of backup.clips) {
      const local = existing.get(incoming.canonicalUrl);
      if (!local) {
        const added = { ...incoming };
        writes.push(added);
        // A backup that lists one URL twice merges the second into the first.
        existing.set(incoming.canonicalUrl, added as StoredClip);
        report.added++;
        continue;
      }
      const { id, ...localClip } = local;
      const merged = mergeClips(localClip, incoming);
      if (JSON.stringify(merged) === JSON.stringify(mergeClips(localClip, localClip))) {
        report.unchanged++;
        continue;
      }
      // Updated in place, so a later entry for the same URL merges with this result.
      Object.assign(local, merged);
      if (id !== undefined) {
        if (!updates.has(id)) report.merged++;
        updates.set(id, local);
      }
    }
    await db.clips.bulkPut([...updates.values()]);
    const newIds = await db.clips.bulkAdd(writes as StoredClip[], { allKeys: true });
    await db.rows.bulkPut([...updates.values(), ...writes.map((w, i) => ({ ...w, id: newIds[i]! }))].map(rowOf));
  });
  return report;
}
