// The clip library: Dexie over the extension's own IndexedDB. Opened only by the background and
// extension pages; a content script's IndexedDB would belong to the news site.
import { Dexie, type EntityTable } from 'dexie';
import type { Clip, Extraction } from '../types.ts';

export type StoredClip = Clip & { id: number };

export class ClipDatabase extends Dexie {
  clips!: EntityTable<StoredClip, 'id'>;

  constructor(name = 'ombudsman-lens') {
    super(name);
    this.version(1).stores({
      clips: '++id, &canonicalUrl, clippedAt, publishedAt, eventDate, eventType, *participantCountries, *tags',
    });
  }
}

/**
 * Saves an extraction as a clip. The same canonical URL updates the one clip: the extraction is
 * refreshed, the user's tags and note are kept.
 */
export async function saveExtraction(db: ClipDatabase, extraction: Extraction, now = new Date()): Promise<{ clip: StoredClip; created: boolean }> {
  return db.transaction('rw', db.clips, async () => {
    const existing = await db.clips.where('canonicalUrl').equals(extraction.canonicalUrl).first();
    const clippedAt = now.toISOString();
    if (existing) {
      const clip: StoredClip = { ...existing, ...extraction, id: existing.id, tags: existing.tags, note: existing.note, clippedAt };
      await db.clips.put(clip);
      return { clip, created: false };
    }
    const draft: Omit<StoredClip, 'id'> = { ...extraction, tags: [], note: '', clippedAt };
    const id = await db.clips.add(draft as StoredClip);
    return { clip: { ...draft, id } as StoredClip, created: true };
  });
}

/** Clips, newest first. */
export function listClips(db: ClipDatabase): Promise<StoredClip[]> {
  return db.clips.orderBy('clippedAt').reverse().toArray();
}

export function getClip(db: ClipDatabase, id: number): Promise<StoredClip | undefined> {
  return db.clips.get(id);
}

export function deleteClip(db: ClipDatabase, id: number): Promise<void> {
  return db.clips.delete(id);
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
