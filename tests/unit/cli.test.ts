// `npm run extract`: the command line runs the same pipeline and speaks the same CSV as the popup.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import Papa from 'papaparse';
import { extractFromDocument } from '../../lib/extract.ts';
import { CSV_COLUMNS } from '../../lib/export/csv.ts';
import { EVENT_COLUMNS } from '../../lib/export/events.ts';
import { parseBackup } from '../../lib/export/backup.ts';

const A = 'tests/fixtures/pages/seed-000-azernews-mou/source.html';
const B = 'tests/fixtures/pages/seed-004-ukraine-online-meeting/source.html';

function extract(...args: string[]) {
  return spawnSync(process.execPath, ['scripts/extract.ts', ...args], { encoding: 'utf8' });
}

// Each test starts Node processes; on a loaded two-core machine that takes seconds.
describe('npm run extract', { timeout: 30_000 }, () => {
  it('prints one JSON clip per file, in order, equal to the in-page pipeline', () => {
    const run = extract(A, B);
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    const expectedUrl = JSON.parse(readFileSync(A.replace('source.html', 'expected.json'), 'utf8')).url;
    expect(lines[0].canonicalUrl).toBe(expectedUrl);
    expect(lines[0].url).toBe(expectedUrl); // the page's canonical link, as clip-schema.md says
    const doc = new JSDOM(readFileSync(A, 'utf8'), { url: expectedUrl }).window.document;
    const { clippedAt: _c, tags: _t, note: _n, ...fromCli } = lines[0];
    expect(fromCli).toEqual(extractFromDocument(doc, expectedUrl));
    expect(lines[1].title).toBe('Azerbaijani and Ukrainian ombudspersons held an online meeting');
    expect(run.stderr).toBe('');
  });

  it('--url sets the address of the clip', () => {
    const run = extract('--url', 'https://example.org/story?utm_source=x', A);
    expect(JSON.parse(run.stdout).url).toBe('https://example.org/story?utm_source=x');
  });

  it('--format csv prints the export, one row per file', () => {
    const run = extract('--format', 'csv', A, B);
    expect(run.status).toBe(0);
    expect(run.stdout.charCodeAt(0)).toBe(0xfeff);
    const parsed = Papa.parse<string[]>(run.stdout.slice(1), { skipEmptyLines: true });
    expect(parsed.data[0]).toEqual(CSV_COLUMNS.map((c) => c.header));
    expect(parsed.data).toHaveLength(3);
    expect(parsed.data[2]).toContain('Azərbaycan Respublikasının İnsan Hüquqları üzrə Müvəkkili (Ombudsman)');
  });

  it('--format events prints the events CSV, at least one row per file', () => {
    const run = extract('--format', 'events', A, B);
    expect(run.status).toBe(0);
    const parsed = Papa.parse<string[]>(run.stdout.slice(1), { skipEmptyLines: true });
    expect(parsed.data[0]).toEqual([...EVENT_COLUMNS]);
    const urls = new Set(parsed.data.slice(1).map((row) => row[EVENT_COLUMNS.indexOf('source_url')]));
    expect(urls.size).toBe(2);
  });

  it('--format backup prints a file the popup can restore', () => {
    const run = extract('--format', 'backup', A, B);
    expect(run.status).toBe(0);
    const backup = parseBackup(run.stdout);
    expect(backup.clips.map((c) => c.title)).toHaveLength(2);
    expect(backup.clips[0]!.corrections).toEqual({});
  });

  it('a file that cannot be read is reported on stderr, the others still printed, exit 1', () => {
    const run = extract(A, 'no/such/file.html', B);
    expect(run.status).toBe(1);
    expect(run.stdout.trim().split('\n')).toHaveLength(2);
    expect(run.stderr).toContain('no/such/file.html: cannot read: ENOENT');
  });

  it('a malformed page still gives a clip, from what can be read', () => {
    const run = extract('--url', 'https://example.org/x', 'tests/unit/malformed.html');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).title).toBe('Ombudsman meets <delegation');
  });

  it('bad options get a usage message and exit 2, with nothing on stdout', () => {
    for (const args of [[], ['--format', 'xml', A], ['--format', 'constructor', A], ['--bogus', A], ['--url', 'not a url', A]]) {
      const run = extract(...args);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain('usage: npm run extract');
    }
  });
});
