// The clip library: Dexie over the extension's own IndexedDB. Opened only by the background and
// extension pages; a content script's IndexedDB would belong to the news site.
import { Dexie, type EntityTable, type Transaction } from 'dexie';
import type { Clip, EventType, Extraction } from '../types.ts';

/** Every extracted field but the page's identity can be corrected by the user. */
export type CorrectableField = Exclude<keyof Extraction, 'url' | 'canonicalUrl'>;
export type Corrections = Partial<Pick<Extraction, CorrectableField>>;

/**
 * A stored clip. Its Clip fields are what the user sees (the extraction with their corrections on
 * top), so indexes, filters and exports all see corrected values; `corrections` is the user's layer
 * and `extracted` keeps what the extractor said for each corrected field, so a correction can be
 * undone and a re-clip can refresh it without touching the user's value.
 */
export interface StoredClip extends Clip {
  id: number;
  corrections: Corrections;
  extracted: Corrections;
  /** Last change by the user or a re-clip; merges prefer the newer side. */
  updatedAt: string;
}

/**
 * What the popup's list and search need of a clip. Kept in a table of its own, written with the
 * clip, so that the popup reads a large library's rows in one go and searches them in memory: a
 * stored clip is kilobytes of article text, and reading or scanning ten thousand of them in
 * IndexedDB takes seconds.
 */
export type ClipRow = Pick<StoredClip, 'id' | 'canonicalUrl' | 'title' | 'outlet' | 'eventType' | 'eventDate' | 'publishedAt' | 'participantCountries' | 'tags' | 'clippedAt'> & {
  /** Lower-case words of the title, outlet, people, places, tags and note: the search index. */
  terms: string[];
};

export function rowOf(c: StoredClip): ClipRow {
  const { id, canonicalUrl, title, outlet, eventType, eventDate, publishedAt, participantCountries, tags, clippedAt } = c;
  return { id, canonicalUrl, title, outlet, eventType, eventDate, publishedAt, participantCountries, tags, clippedAt, terms: searchTerms(c) };
}

export class ClipDatabase extends Dexie {
  clips!: EntityTable<StoredClip, 'id'>;
  rows!: EntityTable<ClipRow, 'id'>;

  constructor(name = 'ombudsman-lens') {
    super(name);
    this.version(1).stores({
      clips: '++id, &canonicalUrl, clippedAt, publishedAt, eventDate, eventType, *participantCountries, *tags',
    });
    // 2: the user's corrections kept apart from the extraction, and a word index for search.
    this.version(2)
      .stores({
        clips: '++id, &canonicalUrl, clippedAt, updatedAt, publishedAt, eventDate, eventType, *participantCountries, *tags, *terms',
      })
      .upgrade((tx: Transaction) =>
        tx
          .table('clips')
          .toCollection()
          .modify((clip: StoredClip & { terms?: string[] }) => {
            clip.corrections ??= {};
            clip.extracted ??= {};
            clip.updatedAt ??= clip.clippedAt;
            clip.terms = searchTerms(clip);
          }),
      );
    // 3: search moves to the rows table; the clips' word index only slowed every write.
    this.version(3)
      .stores({
        clips: '++id, &canonicalUrl, clippedAt, updatedAt, publishedAt, eventDate, eventType, *participantCountries, *tags',
        rows: 'id, clippedAt',
      })
      .upgrade(async (tx: Transaction) => {
        const clips = (await tx.table('clips').toArray()) as StoredClip[];
        await tx.table('rows').bulkPut(clips.map(rowOf));
      });
    // 4: the clips no longer carry the search words (the rows have them), nor an updatedAt index,
    // which nothing queried: every clip written, ten thousand at a restore, updated both.
    this.version(4)
      .stores({
        clips: '++id, &canonicalUrl, clippedAt, publishedAt, eventDate, eventType, *participantCountries, *tags',
      })
      .upgrade((tx: Transaction) =>
        tx
          .table('clips')
          .toCollection()
          .modify((clip: StoredClip & { terms?: string[] }) => {
            delete clip.terms;
          }),
      );
  }
}

const WORD = /[\p{L}\p{N}]+/gu;

/** The words a search can find a clip by; lower-cased, each once. */
export function searchTerms(c: Pick<Clip, 'title' | 'outlet' | 'actors' | 'institutions' | 'location' | 'participantCountries' | 'tags' | 'note' | 'eventType'>): string[] {
  const text = [
    c.title,
    c.outlet,
    c.note,
    c.eventType,
    c.location?.city,
    ...c.tags,
    ...c.participantCountries,
    ...c.actors.flatMap((a) => [a.name, a.role, a.institution]),
    ...c.institutions.flatMap((i) => [i.name, i.acronym]),
  ]
    .filter(Boolean)
    .join(' ')
    .toLocaleLowerCase();
  return [...new Set(text.match(WORD) ?? [])];
}

/** Terms of a search box: every word must be the start of a word of the clip. */
export function queryWords(query: string): string[] {
  return [...new Set(query.toLocaleLowerCase().match(WORD) ?? [])];
}

/** A stored clip's Clip fields from an extraction with the user's corrections laid on top. */
function compose(extraction: Extraction, corrections: Corrections): Extraction {
  return { ...extraction, ...corrections };
}

/** Writes a clip and its row; inside a transaction over both tables. */
async function putClip(db: ClipDatabase, clip: StoredClip): Promise<void> {
  await db.clips.put(clip);
  await db.rows.put(rowOf(clip));
}

/**
 * Saves an extraction as a clip. The same canonical URL updates the one clip: the extraction is
 * refreshed, the user's corrections, tags and note are kept.
 */
export async function saveExtraction(db: ClipDatabase, extraction: Extraction, now = new Date()): Promise<{ clip: StoredClip; created: boolean }> {
  return db.transaction('rw', db.clips, db.rows, async () => {
    const existing = await db.clips.where('canonicalUrl').equals(extraction.canonicalUrl).first();
    const clippedAt = now.toISOString();
    if (existing) {
      const fields = Object.keys(existing.corrections) as CorrectableField[];
      const extracted = Object.fromEntries(fields.map((f) => [f, extraction[f]])) as Corrections;
      const clip: StoredClip = {
        ...existing,
        ...compose(extraction, existing.corrections),
        id: existing.id,
        extracted,
        clippedAt,
        updatedAt: clippedAt,
      };
      await putClip(db, clip);
      return { clip, created: false };
    }
    const draft = { ...extraction, tags: [] as string[], note: '', clippedAt, corrections: {}, extracted: {}, updatedAt: clippedAt };
    const id = await db.clips.add(draft);
    await db.rows.put(rowOf({ ...draft, id }));
    return { clip: { ...draft, id }, created: true };
  });
}

/**
 * Sets the user's value of fields. A field set back to what was extracted is no longer a correction.
 */
export async function correctClip(db: ClipDatabase, id: number, changes: Corrections, now = new Date()): Promise<StoredClip> {
  return db.transaction('rw', db.clips, db.rows, async () => {
    const clip = await db.clips.get(id);
    if (!clip) throw new Error('This clip no longer exists.');
    // What the extractor said for every field, before this change moves anything.
    const base = { ...clip, ...(clip.extracted as object) } as Extraction;
    const corrections: Corrections = { ...clip.corrections };
    const extracted: Corrections = { ...clip.extracted };
    for (const field of Object.keys(changes) as CorrectableField[]) {
      const original = base[field];
      const value = changes[field];
      if (sameValue(value, original)) {
        delete corrections[field];
        delete extracted[field];
      } else {
        setField(corrections, field, value);
        setField(extracted, field, original);
      }
    }
    const next: StoredClip = { ...clip, ...compose(base, corrections), corrections, extracted, updatedAt: now.toISOString() };
    await putClip(db, next);
    return next;
  });
}

/** Drops the user's value of a field: the extracted value shows again. */
export async function revertCorrection(db: ClipDatabase, id: number, field: CorrectableField, now = new Date()): Promise<StoredClip> {
  const clip = await db.clips.get(id);
  if (!clip) throw new Error('This clip no longer exists.');
  if (!(field in clip.corrections)) return clip;
  return correctClip(db, id, { [field]: clip.extracted[field] } as Corrections, now);
}

/** Sets the user's tags and note; tags are trimmed, kept once each, in the order given. */
export async function annotateClip(db: ClipDatabase, id: number, layer: { tags?: string[]; note?: string }, now = new Date()): Promise<StoredClip> {
  return db.transaction('rw', db.clips, db.rows, async () => {
    const clip = await db.clips.get(id);
    if (!clip) throw new Error('This clip no longer exists.');
    const tags = layer.tags ? [...new Set(layer.tags.map((t) => t.trim()).filter(Boolean))] : clip.tags;
    const next: StoredClip = { ...clip, tags, note: layer.note ?? clip.note, updatedAt: now.toISOString() };
    await putClip(db, next);
    return next;
  });
}

function setField<K extends CorrectableField>(target: Corrections, field: K, value: Corrections[K]): void {
  target[field] = value;
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Clips, newest first; `limit` for the first screen of a large library. */
export function listClips(db: ClipDatabase, limit?: number): Promise<StoredClip[]> {
  const newest = db.clips.orderBy('clippedAt').reverse();
  return (limit === undefined ? newest : newest.limit(limit)).toArray();
}

/**
 * Every clip, `size` at a time in primary-key order (the order they were first saved): an export
 * reads a large library without holding all of it, and by key rather than through an index.
 */
export async function* clipPages(db: ClipDatabase, size = 500): AsyncGenerator<StoredClip[]> {
  let after = 0;
  for (;;) {
    const page = await db.clips.where(':id').above(after).limit(size).toArray();
    if (!page.length) return;
    yield page;
    after = page.at(-1)!.id;
  }
}

export interface ClipQuery {
  /** Words typed in the search box; each must start a word of the clip. */
  text?: string;
  eventType?: EventType;
  country?: string;
  tag?: string;
  limit?: number;
}

/** Rows newest first, as the list shows them (the same order as listClips). */
export function newestFirst(rows: ClipRow[]): ClipRow[] {
  return rows.sort((a, b) => (a.clippedAt === b.clippedAt ? b.id - a.id : a.clippedAt < b.clippedAt ? 1 : -1));
}

/**
 * The rows, newest first, that match a search and filters, up to `limit`. In memory: ten thousand
 * rows take a few milliseconds, where the same search in IndexedDB scans indexes for every keystroke.
 */
export function matchRows(rows: readonly ClipRow[], q: ClipQuery): ClipRow[] {
  const words = queryWords(q.text ?? '');
  const limit = q.limit ?? Infinity;
  const found: ClipRow[] = [];
  for (const r of rows) {
    if (found.length >= limit) break;
    if (q.eventType && r.eventType !== q.eventType) continue;
    if (q.country && !r.participantCountries.includes(q.country)) continue;
    if (q.tag && !r.tags.includes(q.tag)) continue;
    if (words.every((w) => r.terms.some((t) => t.startsWith(w)))) found.push(r);
  }
  return found;
}

/**
 * The popup's first screen: the newest `limit` rows, read backwards through the clippedAt index (ties
 * by id, newest first, as newestFirst orders them), and how many rows there are, without reading the
 * whole library.
 */
export async function newestRows(db: ClipDatabase, limit: number): Promise<{ rows: ClipRow[]; total: number }> {
  const [rows, total] = await Promise.all([db.rows.orderBy('clippedAt').reverse().limit(limit).toArray(), db.rows.count()]);
  return { rows, total };
}

/** Every row, newest first: what search and filters run over. */
export async function allRows(db: ClipDatabase): Promise<ClipRow[]> {
  return newestFirst(await db.rows.toArray());
}

/** Clips matching a search and filters, newest first (matchRows, then the matching clips read whole). */
export async function findClips(db: ClipDatabase, q: ClipQuery): Promise<StoredClip[]> {
  const rows = matchRows(await allRows(db), q);
  return (await db.clips.bulkGet(rows.map((r) => r.id))).filter((c): c is StoredClip => c !== undefined);
}

export function getClip(db: ClipDatabase, id: number): Promise<StoredClip | undefined> {
  return db.clips.get(id);
}

/** Deletes a clip and returns it whole, so that the deletion can be undone with restoreDeleted. */
export async function deleteClip(db: ClipDatabase, id: number): Promise<StoredClip | undefined> {
  return db.transaction('rw', db.clips, db.rows, async () => {
    const clip = await db.clips.get(id);
    await db.clips.delete(id);
    await db.rows.delete(id);
    return clip;
  });
}

/**
 * Puts a deleted clip back as it was (same id, corrections, tags and note). If the page was clipped
 * again in the meantime, the new clip keeps its extraction and gains the old user layer.
 */
export async function restoreDeleted(db: ClipDatabase, clip: StoredClip): Promise<StoredClip> {
  return db.transaction('rw', db.clips, db.rows, async () => {
    const current = await db.clips.where('canonicalUrl').equals(clip.canonicalUrl).first();
    if (!current) {
      await putClip(db, clip);
      return clip;
    }
    const corrections = { ...clip.corrections, ...current.corrections };
    const extracted = { ...clip.extracted, ...current.extracted };
    const base = { ...current, ...(extracted as object) } as Extraction;
    const merged: StoredClip = {
      ...current,
      ...compose(base, corrections),
      corrections,
      extracted,
      tags: [...new Set([...current.tags, ...clip.tags])],
      note: current.note || clip.note,
    };
    await putClip(db, merged);
    return merged;
  });
}

/** Turns storage failures (a full disk, a blocked database) into messages a person can act on. */
export function describeStorageError(e: unknown): string {
  const name = (e as { name?: string })?.name ?? '';
  const inner = (e as { inner?: { name?: string } })?.inner?.name ?? '';
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return 'The browser has no room left for clips. Export and delete some clips, or free disk space, then try again.';
  }
  if (name === 'ConstraintError') return 'This article is already saved.';
  return `Could not save the clip: ${(e as Error)?.message ?? String(e)}`;
}
