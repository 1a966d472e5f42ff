// The JSON backup: a round trip keeps everything, a bad file changes nothing and says why, and a
// restore merges by canonical URL without losing either side's corrections.
import { afterEach, describe, expect, it } from 'vitest';
import { annotateClip, correctClip, listClips, saveExtraction, type StoredClip } from '../../lib/db/clips.ts';
import { BACKUP_FORMAT, BackupError, backupToJson, LIMITS, mergeClips, parseBackup, restoreBackup, toBackup } from '../../lib/export/backup.ts';
import { dropDatabases, freshDb, makeExtraction } from './factories.ts';

afterEach(dropDatabases);

const T1 = new Date('2024-05-01T10:00:00Z');
const T2 = new Date('2024-05-02T10:00:00Z');
const T3 = new Date('2024-05-03T10:00:00Z');

/** A library of two clips, one corrected, tagged and annotated. */
async function library() {
  const db = freshDb();
  const a = await saveExtraction(db, makeExtraction({ title: 'Sabina Aliyeva met Dmytro Lubinets', eventType: 'meeting' }), T1);
  await saveExtraction(db, makeExtraction({ title: 'Ombudsmanlar görüşdü: Səbinə Əliyeva', language: 'az' }), T2);
  await correctClip(db, a.clip.id, { eventType: 'videoconference', eventDate: '2022-11-28' }, T2);
  await annotateClip(db, a.clip.id, { tags: ['UA'], note: '=HYPERLINK("http://evil")' }, T2);
  return db;
}

const stripIds = (clips: StoredClip[]) => clips.map(({ id: _id, ...c }) => c).sort((a, b) => a.canonicalUrl.localeCompare(b.canonicalUrl));

describe('backup round trip', () => {
  it('restores into an empty library exactly what was backed up', async () => {
    const source = await library();
    const json = backupToJson(await listClips(source), T3);
    const backup = parseBackup(json);
    expect(backup.format).toBe(BACKUP_FORMAT);
    expect(backup.clips).toHaveLength(2);

    const target = freshDb();
    expect(await restoreBackup(target, backup)).toEqual({ added: 2, merged: 0, unchanged: 0 });
    expect(stripIds(await listClips(target))).toEqual(stripIds(await listClips(source)));
  });

  it('restoring the same backup twice changes nothing the second time', async () => {
    const db = await library();
    const before = await listClips(db);
    const backup = parseBackup(backupToJson(before));
    expect(await restoreBackup(db, backup)).toEqual({ added: 0, merged: 0, unchanged: 2 });
    expect(await listClips(db)).toEqual(before);
  });
});

describe('a bad backup file changes nothing and says why', () => {
  async function attempt(json: string) {
    const db = await library();
    const before = await listClips(db);
    let error: unknown;
    try {
      await restoreBackup(db, parseBackup(json));
    } catch (e) {
      error = e;
    }
    expect(await listClips(db)).toEqual(before);
    expect(error).toBeInstanceOf(BackupError);
    expect((error as Error).message).toMatch(/Nothing was changed/);
    return (error as Error).message;
  }
  const valid = async () => JSON.parse(backupToJson(await listClips(await library()))) as { clips: Record<string, unknown>[] } & Record<string, unknown>;

  it('not JSON', async () => {
    expect(await attempt('{"format": "ombudsman-lens-backup", "clips": [')).toMatch(/not valid JSON/);
  });

  it('a file of another program', async () => {
    expect(await attempt(JSON.stringify({ format: 'zotero', items: [] }))).toMatch(/not an Ombudsman Lens backup/);
    expect(await attempt('[]')).toMatch(/should be an object/);
  });

  it('a newer format', async () => {
    expect(await attempt(JSON.stringify({ format: BACKUP_FORMAT, version: 99, clips: [] }))).toMatch(/newer version/);
  });

  it('wrong types, naming the faulty field', async () => {
    const file = await valid();
    file.clips[1]!.eventType = 'party';
    expect(await attempt(JSON.stringify(file))).toMatch(/clips\[1\]\.eventType should be one of meeting/);
    const other = await valid();
    (other.clips[0]!.actors as unknown[]).push({ name: 42, role: null, institution: null, countryCode: null });
    expect(await attempt(JSON.stringify(other))).toMatch(/clips\[0\]\.actors\[\d\]\.name should be text/);
    const third = await valid();
    third.clips[0]!.participantCountries = ['Azerbaijan'];
    expect(await attempt(JSON.stringify(third))).toMatch(/two-letter country code/);
  });

  it('a missing field', async () => {
    const file = await valid();
    delete file.clips[0]!.canonicalUrl;
    expect(await attempt(JSON.stringify(file))).toMatch(/clips\[0\]\.canonicalUrl is missing/);
  });

  it('a huge string', async () => {
    const file = await valid();
    file.clips[0]!.title = 'x'.repeat(LIMITS.stringChars + 1);
    expect(await attempt(JSON.stringify(file))).toMatch(/clips\[0\]\.title is longer than/);
  });

  it('__proto__ and constructor keys', async () => {
    const json = JSON.stringify(await valid());
    expect(await attempt(json.replace('"tags":', '"__proto__":{"polluted":true},"tags":'))).toMatch(/"__proto__" key/);
    expect(await attempt(json.replace('"tags":', '"constructor":{"prototype":{}},"tags":'))).toMatch(/"(constructor|prototype)" key/);
    // Spelt with an escape, which JSON.parse decodes into the same key.
    expect(await attempt(json.replace('"tags":', '"\\u005f_proto__":{"polluted":true},"tags":'))).toMatch(/"__proto__" key/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a correction of a field that cannot be corrected, or without its extracted value', async () => {
    const file = await valid();
    (file.clips[0]!.corrections as Record<string, unknown>).canonicalUrl = 'https://elsewhere.example/';
    expect(await attempt(JSON.stringify(file))).toMatch(/cannot be corrected|can be corrected/);
    const other = await valid();
    const corrected = other.clips.find((c) => Object.keys(c.corrections as object).length)!;
    corrected.extracted = {};
    expect(await attempt(JSON.stringify(other))).toMatch(/missing for a corrected field/);
  });

  it('a write that fails half way leaves the library as it was', async () => {
    const db = await library();
    const before = await listClips(db);
    const incoming = parseBackup(backupToJson([...before.map((c) => ({ ...c, canonicalUrl: `${c.canonicalUrl}?copy` }))]));
    let created = 0;
    db.clips.hook('creating', () => {
      if (++created === 2) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await expect(restoreBackup(db, incoming)).rejects.toThrow();
    expect(await listClips(db)).toEqual(before);
  });
});

describe('merging by canonical URL', () => {
  it('keeps both sides’ corrections, the newer edit winning a field both corrected, all tags and both notes', async () => {
    const db = freshDb();
    const extraction = makeExtraction({ eventType: 'meeting', eventDate: '2022-11-29', location: null });
    const { clip } = await saveExtraction(db, extraction, T1);
    // Elsewhere (another browser), the same article was corrected differently, later.
    const elsewhere = freshDb();
    const other = await saveExtraction(elsewhere, extraction, T1);
    await correctClip(elsewhere, other.clip.id, { location: { city: 'Baku', countryCode: 'AZ' }, eventType: 'visit' }, T3);
    await annotateClip(elsewhere, other.clip.id, { tags: ['visit'], note: 'from the office PC' }, T3);
    // Here: a correction of another field, and an older correction of eventType.
    await correctClip(db, clip.id, { eventDate: '2022-11-28', eventType: 'conference' }, T2);
    await annotateClip(db, clip.id, { tags: ['mine'], note: 'from the laptop' }, T2);

    const report = await restoreBackup(db, parseBackup(backupToJson(await listClips(elsewhere))));
    expect(report).toEqual({ added: 0, merged: 1, unchanged: 0 });
    const [merged] = await listClips(db);
    expect(merged).toMatchObject({
      id: clip.id,
      eventDate: '2022-11-28',
      location: { city: 'Baku', countryCode: 'AZ' },
      eventType: 'visit',
      tags: ['mine', 'visit'],
    });
    expect(merged!.note).toContain('from the laptop');
    expect(merged!.note).toContain('from the office PC');
    expect(merged!.extracted).toEqual({ eventDate: '2022-11-29', location: null, eventType: 'meeting' });
  });

  it('takes the newer extraction and keeps corrections on top of it', () => {
    const base = toBackup([]).clips;
    expect(base).toEqual([]);
    const old = { ...makeExtraction({ title: 'old', eventType: 'meeting' as const }), tags: [], note: '', clippedAt: T1.toISOString(), updatedAt: T2.toISOString(), corrections: { eventType: 'visit' as const }, extracted: { eventType: 'meeting' as const } };
    const fresh = { ...old, title: 'new', eventType: 'conference' as const, clippedAt: T3.toISOString(), updatedAt: T3.toISOString(), corrections: {}, extracted: {} };
    const merged = mergeClips(old, fresh);
    expect(merged.title).toBe('new');
    expect(merged.eventType).toBe('visit');
    expect(merged.extracted).toEqual({ eventType: 'conference' });
  });
});
