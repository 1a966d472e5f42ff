// The user's layer over the extraction (corrections, tags, note), delete with undo, search, and
// the schema upgrades from versions 1 and 3 (after dexie's test/tests-upgrading.js).
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import {
  annotateClip,
  ClipDatabase,
  correctClip,
  deleteClip,
  findClips,
  getClip,
  listClips,
  restoreDeleted,
  revertCorrection,
  rowOf,
  saveExtraction,
  searchTerms,
  type StoredClip,
} from '../../lib/db/clips.ts';
import { dropDatabases, freshDb, makeClip, makeExtraction } from './factories.ts';

afterEach(dropDatabases);

const T1 = new Date('2024-05-01T10:00:00Z');
const T2 = new Date('2024-05-02T10:00:00Z');
const T3 = new Date('2024-05-03T10:00:00Z');
const titles = (clips: { title: string }[]) => clips.map((c) => c.title);

describe('corrections', () => {
  it('shows the corrected value, keeps what was extracted, and survives a re-clip', async () => {
    const db = freshDb();
    const extraction = makeExtraction({ eventDate: '2022-11-29', eventType: 'videoconference', participantCountries: ['AZ', 'UA'] });
    const { clip } = await saveExtraction(db, extraction, T1);

    const corrected = await correctClip(db, clip.id, { eventDate: '2022-11-28', participantCountries: ['AZ', 'UA', 'TR'] }, T2);
    expect(corrected.eventDate).toBe('2022-11-28');
    expect(corrected.corrections).toEqual({ eventDate: '2022-11-28', participantCountries: ['AZ', 'UA', 'TR'] });
    expect(corrected.extracted).toEqual({ eventDate: '2022-11-29', participantCountries: ['AZ', 'UA'] });
    expect(corrected.updatedAt).toBe(T2.toISOString());
    // The index sees the user's value.
    expect((await db.clips.where('participantCountries').equals('TR').toArray()).map((c) => c.id)).toEqual([clip.id]);

    // The page is clipped again and the extractor now says something else: the correction stays.
    const { clip: again, created } = await saveExtraction(db, { ...extraction, eventDate: '2022-11-30', eventType: 'meeting', title: 'New headline' }, T3);
    expect(created).toBe(false);
    expect(again.eventDate).toBe('2022-11-28');
    expect(again.participantCountries).toEqual(['AZ', 'UA', 'TR']);
    expect(again.eventType).toBe('meeting');
    expect(again.title).toBe('New headline');
    expect(again.extracted.eventDate).toBe('2022-11-30');
    expect(await getClip(db, clip.id)).toEqual(again);
  });

  it('setting a field back to the extracted value drops the correction; revert restores the latest extraction', async () => {
    const db = freshDb();
    const { clip } = await saveExtraction(db, makeExtraction({ eventType: 'meeting', location: null }), T1);
    await correctClip(db, clip.id, { eventType: 'visit', location: { city: 'Baku', countryCode: 'AZ' } });
    const back = await correctClip(db, clip.id, { eventType: 'meeting' });
    expect(back.corrections).toEqual({ location: { city: 'Baku', countryCode: 'AZ' } });
    expect(back.extracted).toEqual({ location: null });

    const reverted = await revertCorrection(db, clip.id, 'location');
    expect(reverted.location).toBeNull();
    expect(reverted.corrections).toEqual({});
    expect(reverted.extracted).toEqual({});
  });

  it('a correction to null is a correction (the user says there was no event date)', async () => {
    const db = freshDb();
    const { clip } = await saveExtraction(db, makeExtraction({ eventDate: '2022-11-29' }), T1);
    const corrected = await correctClip(db, clip.id, { eventDate: null });
    expect(corrected.eventDate).toBeNull();
    const again = await saveExtraction(db, makeExtraction({ url: clip.url, canonicalUrl: clip.canonicalUrl, eventDate: '2022-11-29' }), T2);
    expect(again.clip.eventDate).toBeNull();
  });

  it('refuses to correct a clip that is gone', async () => {
    await expect(correctClip(freshDb(), 999, { eventType: 'visit' })).rejects.toThrow(/no longer exists/);
  });
});

describe('tags and note', () => {
  it('stores trimmed, unique tags and a note, found by search and the tag index', async () => {
    const db = freshDb();
    const { clip } = await saveExtraction(db, makeExtraction(), T1);
    const tagged = await annotateClip(db, clip.id, { tags: [' OIC ', 'landmines', 'OIC', ''], note: 'Ask for the MoU text' }, T2);
    expect(tagged.tags).toEqual(['OIC', 'landmines']);
    expect(tagged.note).toBe('Ask for the MoU text');
    expect(tagged.updatedAt).toBe(T2.toISOString());
    expect((await db.clips.where('tags').equals('landmines').toArray()).map((c) => c.id)).toEqual([clip.id]);
    expect((await findClips(db, { text: 'mou text' })).map((c) => c.id)).toEqual([clip.id]);
  });
});

describe('delete with undo', () => {
  it('puts a deleted clip back whole, with its id, corrections, tags and note', async () => {
    const db = freshDb();
    const { clip } = await saveExtraction(db, makeExtraction(), T1);
    await correctClip(db, clip.id, { eventType: 'visit' });
    const before = await annotateClip(db, clip.id, { tags: ['keep'], note: 'mine' });
    const deleted = await deleteClip(db, clip.id);
    expect(await db.clips.count()).toBe(0);
    await restoreDeleted(db, deleted!);
    expect(await getClip(db, clip.id)).toEqual(before);
  });

  it('merges the deleted user layer into a clip of the same page made in the meantime', async () => {
    const db = freshDb();
    const extraction = makeExtraction({ eventType: 'meeting' });
    const { clip } = await saveExtraction(db, extraction, T1);
    await correctClip(db, clip.id, { eventType: 'visit' });
    await annotateClip(db, clip.id, { tags: ['old'], note: 'old note' });
    const deleted = (await deleteClip(db, clip.id))!;
    const { clip: fresh } = await saveExtraction(db, { ...extraction, title: 'Re-clipped' }, T2);
    await annotateClip(db, fresh.id, { tags: ['new'] });

    const merged = await restoreDeleted(db, deleted);
    expect(await db.clips.count()).toBe(1);
    expect(merged).toMatchObject({ id: fresh.id, title: 'Re-clipped', eventType: 'visit', tags: ['new', 'old'], note: 'old note' });
  });
});

describe('findClips', () => {
  async function library() {
    const db = freshDb();
    await saveExtraction(db, makeExtraction({ title: 'Ombudsman of Georgia meets UNICEF', participantCountries: ['GE'], eventType: 'meeting' }), T1);
    await saveExtraction(db, makeExtraction({ title: 'Azerbaijani and Pakistani ombudsmen sign MoU', participantCountries: ['AZ', 'PK'], eventType: 'agreement_signing' }), T2);
    await saveExtraction(db, makeExtraction({ title: 'Ombudsman of Georgia visits Tbilisi prison', participantCountries: ['GE'], eventType: 'visit' }), T3);
    return db;
  }
  it('matches every word as the start of a word, newest first, in any case', async () => {
    const db = await library();
    expect(titles(await findClips(db, { text: 'georg OMBUDS' }))).toEqual(['Ombudsman of Georgia visits Tbilisi prison', 'Ombudsman of Georgia meets UNICEF']);
    expect(titles(await findClips(db, { text: 'georgia unicef' }))).toEqual(['Ombudsman of Georgia meets UNICEF']);
    expect(await findClips(db, { text: 'eorgia' })).toEqual([]);
  });

  it('finds people, institutions and countries of a clip', async () => {
    const db = await library();
    expect(await findClips(db, { text: 'lubinets' })).toHaveLength(3);
    expect(await findClips(db, { text: 'ohchr' })).toHaveLength(3);
  });

  it('combines the search with filters, and filters alone', async () => {
    const db = await library();
    expect(titles(await findClips(db, { text: 'ombudsman', eventType: 'visit' }))).toEqual(['Ombudsman of Georgia visits Tbilisi prison']);
    expect(titles(await findClips(db, { country: 'PK' }))).toEqual(['Azerbaijani and Pakistani ombudsmen sign MoU']);
    expect(titles(await findClips(db, { country: 'GE', eventType: 'meeting' }))).toEqual(['Ombudsman of Georgia meets UNICEF']);
    expect(await findClips(db, { limit: 2 })).toHaveLength(2);
  });
});

describe('schema upgrade from version 1', () => {
  it('keeps every clip written by version 1, with an empty user layer and a search index', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores({ clips: '++id, &canonicalUrl, clippedAt, publishedAt, eventDate, eventType, *participantCountries, *tags' });
    const old = [
      makeClip({ title: 'Sabina Aliyeva met the Chargé d’Affaires of Pakistan', tags: ['PK'], note: 'first', clippedAt: '2024-01-01T00:00:00.000Z' }),
      makeClip({ title: 'Azərbaycan Ombudsmanı videokonfrans keçirib', clippedAt: '2024-01-02T00:00:00.000Z' }),
    ];
    await v1.table('clips').bulkAdd(old);
    v1.close();

    const db = new ClipDatabase(name);
    try {
      const clips = await db.clips.orderBy('clippedAt').toArray();
      expect(db.verno).toBe(4);
      expect(clips).toHaveLength(2);
      for (const [i, c] of clips.entries()) {
        expect(c).toMatchObject(old[i]!);
        expect(c.corrections).toEqual({});
        expect(c.extracted).toEqual({});
        expect(c.updatedAt).toBe(old[i]!.clippedAt);
        expect(c).not.toHaveProperty('terms');
        expect((await db.rows.get(c.id))?.terms).toEqual(searchTerms(old[i]!));
      }
      expect(titles(await findClips(db, { text: 'videokonfrans' }))).toEqual(['Azərbaycan Ombudsmanı videokonfrans keçirib']);
      // A clip made after the upgrade lands beside the old ones and the upgraded ones can be corrected.
      await saveExtraction(db, makeExtraction());
      await correctClip(db, clips[0]!.id, { eventType: 'meeting' });
      expect(await listClips(db)).toHaveLength(3);
    } finally {
      await db.delete();
    }
  });
});

describe('schema upgrade from version 3', () => {
  it('keeps every clip, row, correction, tag and note written by version 3, without the search words on the clips', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    const v3 = new Dexie(name);
    // Version 3 as it shipped: search words on the clips too, and an updatedAt index.
    v3.version(3).stores({
      clips: '++id, &canonicalUrl, clippedAt, updatedAt, publishedAt, eventDate, eventType, *participantCountries, *tags',
      rows: 'id, clippedAt',
    });
    const corrected = makeClip({ title: 'Ombudsman of Georgia visits Baku', eventType: 'meeting', tags: ['GE'], note: 'check the date', clippedAt: '2025-03-01T00:00:00.000Z' });
    const plain = makeClip({ title: 'Омбудсмен провела видеоконференцию', clippedAt: '2025-03-02T00:00:00.000Z' });
    const written = [
      { ...corrected, corrections: { eventType: 'meeting' }, extracted: { eventType: 'visit' }, updatedAt: '2025-03-05T00:00:00.000Z' },
      { ...plain, corrections: {}, extracted: {}, updatedAt: plain.clippedAt },
    ].map((c) => ({ ...c, terms: searchTerms(c) }));
    const ids = (await v3.table('clips').bulkAdd(written, { allKeys: true })) as number[];
    await v3.table('rows').bulkPut(written.map((c, i) => rowOf({ ...c, id: ids[i]! } as StoredClip)));
    v3.close();

    const db = new ClipDatabase(name);
    try {
      expect(db.verno).toBe(4);
      const clips = await db.clips.orderBy('clippedAt').toArray();
      expect(clips).toHaveLength(2);
      for (const [i, c] of clips.entries()) {
        const { terms: _terms, ...expected } = written[i]!;
        expect(c).toEqual({ ...expected, id: ids[i] });
        expect(await db.rows.get(c.id)).toEqual(rowOf(c));
      }
      // The indexes still answer, the unique canonical URL still merges a re-clip, and the
      // correction survives it.
      expect(await db.clips.where('tags').equals('GE').count()).toBe(1);
      expect(await db.clips.where('eventType').equals('meeting').count()).toBe(1);
      await saveExtraction(db, makeExtraction({ canonicalUrl: corrected.canonicalUrl, url: corrected.url, title: corrected.title, eventType: 'visit' }));
      const reclipped = await getClip(db, ids[0]!);
      expect(reclipped?.eventType).toBe('meeting');
      expect(reclipped?.note).toBe('check the date');
      expect(await db.clips.count()).toBe(2);
      expect(titles(await findClips(db, { text: 'видеоконференцию' }))).toEqual(['Омбудсмен провела видеоконференцию']);
    } finally {
      await db.delete();
    }
  });
});
