import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { allRows, clipPages, ClipDatabase, deleteClip, describeStorageError, getClip, listClips, newestRows, saveExtraction } from '../../lib/db/clips.ts';
import { dropDatabases, freshDb, makeExtraction } from './factories.ts';


/** A database of its own for each test. */

afterEach(dropDatabases);

describe('saveExtraction', () => {
  it('creates a clip with an empty user layer', async () => {
    const db = freshDb();
    const extraction = makeExtraction();
    const now = new Date('2024-05-01T10:00:00Z');
    const { clip, created } = await saveExtraction(db, extraction, now);
    expect(created).toBe(true);
    expect(typeof clip.id).toBe('number');
    expect(clip).toMatchObject({ ...extraction, tags: [], note: '', clippedAt: '2024-05-01T10:00:00.000Z' });
    expect(await getClip(db, clip.id)).toEqual(clip);
    expect(await db.clips.count()).toBe(1);
  });

  it('updates the one clip of a canonical URL, refreshing what was extracted and keeping tags and note', async () => {
    const db = freshDb();
    const first = makeExtraction({ url: 'https://news.example/a?utm_source=feed', canonicalUrl: 'https://news.example/a', title: 'Old headline' });
    const saved = await saveExtraction(db, first, new Date('2024-05-01T10:00:00Z'));
    await db.clips.update(saved.clip.id, { tags: ['OIC', 'landmines'], note: 'ask for the MoU text' });

    const again = makeExtraction({
      url: 'https://news.example/a',
      canonicalUrl: 'https://news.example/a',
      title: 'New headline',
      eventType: 'agreement_signing',
      participantCountries: ['AZ', 'MA'],
    });
    const { clip, created } = await saveExtraction(db, again, new Date('2024-05-02T09:00:00Z'));

    expect(created).toBe(false);
    expect(clip.id).toBe(saved.clip.id);
    expect(await db.clips.count()).toBe(1);
    const stored = await getClip(db, clip.id);
    expect(stored).toEqual(clip);
    expect(stored).toMatchObject({
      url: 'https://news.example/a',
      title: 'New headline',
      eventType: 'agreement_signing',
      participantCountries: ['AZ', 'MA'],
      tags: ['OIC', 'landmines'],
      note: 'ask for the MoU text',
      clippedAt: '2024-05-02T09:00:00.000Z',
    });
  });

  it('keeps clips of different canonical URLs apart', async () => {
    const db = freshDb();
    const a = await saveExtraction(db, makeExtraction({ canonicalUrl: 'https://news.example/a' }));
    const b = await saveExtraction(db, makeExtraction({ canonicalUrl: 'https://news.example/b' }));
    expect(a.created && b.created).toBe(true);
    expect(a.clip.id).not.toBe(b.clip.id);
    expect(await db.clips.count()).toBe(2);
  });

  it('lands ten concurrent saves of ten different URLs once each', async () => {
    const db = freshDb();
    const urls = Array.from({ length: 10 }, (_, i) => `https://news.example/story-${i}`);
    const outcomes = await Promise.all(urls.map((url) => saveExtraction(db, makeExtraction({ url, canonicalUrl: url }))));
    expect(outcomes.every((o) => o.created)).toBe(true);
    expect(new Set(outcomes.map((o) => o.clip.id)).size).toBe(10);
    const all = await db.clips.toArray();
    expect(all.map((c) => c.canonicalUrl).sort()).toEqual([...urls].sort());
  });

  it('leaves exactly one row after ten concurrent saves of the same URL', async () => {
    const db = freshDb();
    const url = 'https://news.example/same';
    const outcomes = await Promise.all(Array.from({ length: 10 }, (_, i) => saveExtraction(db, makeExtraction({ url, canonicalUrl: url, title: `Version ${i}` }))));
    expect(outcomes.filter((o) => o.created)).toHaveLength(1);
    expect(new Set(outcomes.map((o) => o.clip.id)).size).toBe(1);
    const all = await db.clips.toArray();
    expect(all).toHaveLength(1);
    expect(all[0]!.title).toMatch(/^Version \d$/);
  });
});

describe('listClips', () => {
  it('lists clips newest first', async () => {
    const db = freshDb();
    const save = (title: string, at: string) => saveExtraction(db, makeExtraction({ title }), new Date(at));
    await save('middle', '2024-05-02T00:00:00Z');
    await save('oldest', '2024-05-01T00:00:00Z');
    await save('newest', '2024-05-03T00:00:00Z');
    expect((await listClips(db)).map((c) => c.title)).toEqual(['newest', 'middle', 'oldest']);
  });

  it('moves a re-saved clip to the top', async () => {
    const db = freshDb();
    const first = makeExtraction({ title: 'first' });
    await saveExtraction(db, first, new Date('2024-05-01T00:00:00Z'));
    await saveExtraction(db, makeExtraction({ title: 'second' }), new Date('2024-05-02T00:00:00Z'));
    await saveExtraction(db, { ...first, title: 'first, refreshed' }, new Date('2024-05-03T00:00:00Z'));
    expect((await listClips(db)).map((c) => c.title)).toEqual(['first, refreshed', 'second']);
  });

  it('is empty for a new library', async () => {
    expect(await listClips(freshDb())).toEqual([]);
  });
});

describe('newestRows', () => {
  it('reads the newest rows first, in the order of all rows, and counts every row', async () => {
    const db = freshDb();
    const days = ['2024-05-02', '2024-05-05', '2024-05-01', '2024-05-04', '2024-05-03', '2024-05-04'];
    for (const [i, day] of days.entries()) await saveExtraction(db, makeExtraction({ title: `clip ${i}` }), new Date(`${day}T00:00:00Z`));
    const { rows, total } = await newestRows(db, 3);
    expect(total).toBe(6);
    // Two clips of the same instant: the later one (higher id) first, as in the full list.
    expect(rows.map((r) => r.title)).toEqual(['clip 1', 'clip 5', 'clip 3']);
    expect(rows).toEqual((await allRows(db)).slice(0, 3));
  });

  it('gives every row of a library smaller than the limit, and none of an empty one', async () => {
    const db = freshDb();
    expect(await newestRows(db, 100)).toEqual({ rows: [], total: 0 });
    await saveExtraction(db, makeExtraction({ title: 'only' }), new Date('2024-05-01T00:00:00Z'));
    const { rows, total } = await newestRows(db, 100);
    expect([rows.map((r) => r.title), total]).toEqual([['only'], 1]);
  });
});

describe('clipPages', () => {
  it('reads every clip once, in pages of the size asked, in the order they were first saved', async () => {
    const db = freshDb();
    const titles = ['a', 'b', 'c', 'd', 'e'];
    for (const [i, title] of titles.entries()) await saveExtraction(db, makeExtraction({ title }), new Date(Date.UTC(2024, 4, 5 - i)));
    await deleteClip(db, 2);
    const pages: string[][] = [];
    for await (const page of clipPages(db, 2)) pages.push(page.map((c) => c.title));
    expect(pages).toEqual([['a', 'c'], ['d', 'e']]);
  });

  it('reads nothing from an empty library', async () => {
    for await (const page of clipPages(freshDb())) expect.unreachable(`a page of ${page.length}`);
  });
});

describe('deleteClip', () => {
  it('deletes one clip and leaves the others', async () => {
    const db = freshDb();
    const a = await saveExtraction(db, makeExtraction({ title: 'a' }));
    const b = await saveExtraction(db, makeExtraction({ title: 'b' }));
    await deleteClip(db, a.clip.id);
    expect(await getClip(db, a.clip.id)).toBeUndefined();
    expect((await listClips(db)).map((c) => c.id)).toEqual([b.clip.id]);
  });

  it('lets the same URL be clipped again as a new clip after deletion', async () => {
    const db = freshDb();
    const extraction = makeExtraction();
    const first = await saveExtraction(db, extraction);
    await deleteClip(db, first.clip.id);
    const second = await saveExtraction(db, extraction);
    expect(second.created).toBe(true);
    expect(await db.clips.count()).toBe(1);
  });
});

describe('describeStorageError', () => {
  const FULL = /room|space/i;

  it('explains a QuotaExceededError DOMException', () => {
    expect(describeStorageError(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))).toMatch(FULL);
  });

  it('explains a plain object named QuotaExceededError', () => {
    expect(describeStorageError({ name: 'QuotaExceededError', message: 'quota' })).toMatch(FULL);
  });

  it('explains a Dexie error whose inner error is a QuotaExceededError', () => {
    const inner = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const dexieError = new Dexie.AbortError('Transaction aborted', inner);
    expect(dexieError.name).toBe('AbortError');
    expect(describeStorageError(dexieError)).toMatch(FULL);
    expect(describeStorageError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toMatch(FULL);
  });

  it('does not blame the disk for other errors, and keeps their message', () => {
    const message = describeStorageError(new Error('Database connection is closing'));
    expect(message).not.toMatch(FULL);
    expect(message).toContain('Database connection is closing');
    expect(describeStorageError(new DOMException('Key already exists', 'ConstraintError'))).toMatch(/already saved/);
    expect(describeStorageError(undefined)).not.toMatch(FULL);
  });
});
