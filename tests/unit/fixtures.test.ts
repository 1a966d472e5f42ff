// Fixture-driven extraction tests, after mozilla/readability's test-readability.js: every folder in
// tests/fixtures/pages/ is a page (source.html) with its gold labels (expected.json), and each
// labelled field is one test. Labels and the way they are compared follow the ombudsman-news
// corpus (/work/shared/corpora/ombudsman-news/README.md).
import { beforeAll, describe, expect, it } from 'vitest';
import { extractFromDocument, toClip } from '../../lib/extract.ts';
import { EVENT_TYPES, TOPICS, type Clip, type Extraction } from '../../lib/types.ts';
import { fixtureDocument, fixtureSlugs, hasFixtureFiles, readExpected, type ExpectedPage } from './dom.ts';
import { nameTokens, namesMatch } from '../../scripts/eval/match.ts';

/**
 * Fields the engine still gets wrong, per page. A field listed here is asserted to be STILL wrong,
 * so when the engine improves the test fails and the entry must be removed. Keep this list as
 * short as the truth allows; never add an entry to make a regression pass.
 */
const KNOWN_GAPS: Record<string, string[]> = {};

/** Every field of the clip record in /work/shared/clip-schema.md. */
const SCHEMA_FIELDS = [
  'url',
  'canonicalUrl',
  'title',
  'outlet',
  'author',
  'language',
  'publishedAt',
  'text',
  'summary',
  'relevance',
  'eventType',
  'eventDate',
  'location',
  'actors',
  'institutions',
  'participantCountries',
  'mentionedCountries',
  'agreements',
  'topics',
  'quotes',
  'tags',
  'note',
  'clippedAt',
] as const satisfies readonly (keyof Clip)[];
// Compile-time check that the list above names every key of Clip.
const _allFieldsListed: Exclude<keyof Clip, (typeof SCHEMA_FIELDS)[number]> extends never ? true : false = true;
void _allFieldsListed;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const COUNTRY = /^[A-Z]{2}$/;
const INSTITUTION_KINDS = ['ombudsman_nhri', 'un', 'intergovernmental', 'government', 'parliament', 'embassy', 'ngo', 'academic', 'other'];

type Check = (x: Extraction, e: ExpectedPage) => void;

/** The labelled fields to assert on a page, by name. Names are what KNOWN_GAPS lists. */
function checksFor(e: ExpectedPage): Record<string, Check> {
  const checks: Record<string, Check> = {
    title: (x) => expect(x.title).toBe(e.title),
    language: (x) => expect(x.language).toBe(e.language),
    isRelevant: (x) => expect(x.relevance.isRelevant, x.relevance.reasons.join(' | ')).toBe(e.isRelevant),
    publishedAt: (x) => expect(x.publishedAt).toBe(e.publishedAt),
  };
  if ('outlet' in e) checks.outlet = (x) => expect(x.outlet).toBe(e.outlet);
  if (!e.isRelevant) return checks;
  return {
    ...checks,
    eventType: (x) => expect(x.eventType).toBe(e.eventType),
    eventDate: (x) => expect(x.eventDate).toBe(e.eventDate),
    participantCountries: (x) => expect(new Set(x.participantCountries)).toEqual(new Set(e.participantCountries)),
    location: (x) => {
      if (e.location === null) return expect(x.location).toBeNull();
      expect(x.location).not.toBeNull();
      // City by name tokens, as the corpus scores it ("Bakı" is "Baku"'s city too).
      expect(nameTokens(x.location?.city ?? '')).toEqual(nameTokens(e.location.city ?? ''));
      expect(x.location?.countryCode ?? null).toBe(e.location.countryCode);
    },
    agreementSigned: (x) => expect(x.agreements.length > 0, JSON.stringify(x.agreements)).toBe(e.agreementSigned),
    actors: (x) => {
      const names = x.actors.map((a) => a.name);
      const missing = e.actors.filter((label) => !names.some((n) => namesMatch(label, n)));
      expect(missing, `extracted: ${JSON.stringify(names)}`).toEqual([]);
    },
    // The notes name people who are not actors (authors, detainees discussed): none may be extracted.
    'actors-precision': (x) => {
      const extra = x.actors.map((a) => a.name).filter((n) => !e.actors.some((label) => namesMatch(label, n)));
      expect(extra, `labelled: ${JSON.stringify(e.actors)}`).toEqual([]);
    },
  };
}

/** The shape the schema promises, whatever the page. */
function assertSchemaShape(clip: Clip): void {
  for (const field of SCHEMA_FIELDS) expect(clip[field], field).not.toBeUndefined();
  const nonEmpty = ['url', 'canonicalUrl', 'title', 'language', 'text', 'summary'] as const;
  for (const field of nonEmpty) expect(clip[field], field).toMatch(/\S/);
  expect(() => new URL(clip.canonicalUrl)).not.toThrow();
  expect(clip.language).toMatch(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/);
  for (const day of [clip.publishedAt, clip.eventDate]) if (day !== null) expect(day).toMatch(ISO_DAY);
  expect(Number.isNaN(Date.parse(clip.clippedAt))).toBe(false);
  expect(clip.relevance.score).toBeGreaterThanOrEqual(0);
  expect(clip.relevance.score).toBeLessThanOrEqual(1);
  expect(clip.relevance.reasons.length).toBeGreaterThan(0);
  expect(EVENT_TYPES).toContain(clip.eventType);
  for (const t of clip.topics) expect(TOPICS).toContain(t);
  if (clip.location) {
    expect(clip.location.city).not.toBeUndefined();
    expect(clip.location.countryCode).not.toBeUndefined();
    if (clip.location.countryCode !== null) expect(clip.location.countryCode).toMatch(COUNTRY);
  }
  for (const a of clip.actors) {
    expect(a.name).toMatch(/\S/);
    for (const k of ['role', 'institution', 'countryCode'] as const) expect(a[k], `actor ${a.name}: ${k}`).not.toBeUndefined();
    if (a.countryCode !== null) expect(a.countryCode).toMatch(COUNTRY);
  }
  for (const i of clip.institutions) {
    expect(i.name).toMatch(/\S/);
    expect(i.acronym).not.toBeUndefined();
    expect(INSTITUTION_KINDS).toContain(i.kind);
    if (i.countryCode !== null) expect(i.countryCode).toMatch(COUNTRY);
  }
  for (const code of [...clip.participantCountries, ...clip.mentionedCountries]) expect(code).toMatch(COUNTRY);
  // "every country the article names, participants included"
  for (const code of clip.participantCountries) expect(clip.mentionedCountries).toContain(code);
  for (const a of clip.agreements) {
    expect(a.kind).toMatch(/\S/);
    expect(Array.isArray(a.parties)).toBe(true);
    if (a.date !== null) expect(a.date).toMatch(ISO_DAY);
  }
  for (const q of clip.quotes) {
    expect(q.speaker).not.toBeUndefined();
    expect(q.text).toMatch(/\S/);
  }
  expect(clip.tags).toEqual([]);
  expect(clip.note).toBe('');
}

const slugs = fixtureSlugs();

it('finds the fixture pages', () => {
  expect(slugs.length).toBeGreaterThanOrEqual(8);
  expect(slugs.some((s) => s.startsWith('seed-'))).toBe(true);
  expect(slugs.some((s) => s.startsWith('neg-'))).toBe(true);
});

it('KNOWN_GAPS names only existing pages and labelled fields', () => {
  for (const [slug, fields] of Object.entries(KNOWN_GAPS)) {
    expect(slugs).toContain(slug);
    const known = Object.keys(checksFor(readExpected(slug)));
    for (const field of fields) expect(known).toContain(field);
  }
});

describe('actor name matcher (corpus rule)', () => {
  it.each([
    ['Sabina Aliyeva', 'Sabina Aliyeva'],
    ['Sabina Aliyeva', 'Ms. Sabina Aliyeva'],
    ['sabina aliyeva', 'SABINA ALIYEVA'],
    ['Dmytro Lubinets', 'Dmytro Lubinéts'],
    ['Aydın Səfixanlı', 'Aydin Səfixanli'],
    ['Rui Teixeira Mendes', 'Rui Mendes'],
    ['Lubinets', 'Lubinets'],
  ])('%s ~ %s', (a, b) => {
    expect(namesMatch(a, b)).toBe(true);
    expect(namesMatch(b, a)).toBe(true);
  });

  it.each([
    ['Sabina Aliyeva', 'Aliyeva'],
    ['Sabina Aliyeva', 'S. Aliyeva'],
    ['Sabina Aliyeva', 'Sabina Mammadova'],
    ['Navid Anjum', 'Usman Aslami'],
    ['Lubinets', 'Dmytro'],
    ['', 'Sabina Aliyeva'],
  ])('%s !~ %s', (a, b) => {
    expect(namesMatch(a, b)).toBe(false);
    expect(namesMatch(b, a)).toBe(false);
  });
});

describe.each(slugs)('%s', (slug) => {
  const files = hasFixtureFiles(slug);

  it('has source.html and expected.json', () => {
    expect(files.source, `${slug}/source.html`).toBe(true);
    expect(files.expected, `${slug}/expected.json`).toBe(true);
  });
  if (!files.source || !files.expected) return;

  const expected = readExpected(slug);
  let extraction: Extraction;
  beforeAll(() => {
    extraction = extractFromDocument(fixtureDocument(slug), expected.url);
  });

  it('has every field of the clip schema, well formed', () => {
    assertSchemaShape(toClip(extraction, new Date('2024-05-01T10:00:00Z')));
  });

  const gaps = KNOWN_GAPS[slug] ?? [];
  for (const [field, check] of Object.entries(checksFor(expected))) {
    if (gaps.includes(field)) {
      it(`${field} (known gap: must still be wrong; remove it from KNOWN_GAPS once fixed)`, () => {
        expect(() => check(extraction, expected)).toThrow();
      });
    } else {
      it(field, () => check(extraction, expected));
    }
  }
});
