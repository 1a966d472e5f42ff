// Documents for unit tests, built with jsdom (no scripts run, no resources fetched).
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHtml } from '../../scripts/dom.ts';
import type { Labels } from '../../scripts/eval/labels.ts';

export const PAGES_DIR = fileURLToPath(new URL('../fixtures/pages/', import.meta.url));

export { parseHtml };

/** Every fixture folder (files such as README.md are skipped), sorted by name. */
export function fixtureSlugs(): string[] {
  return readdirSync(PAGES_DIR)
    .filter((name) => statSync(join(PAGES_DIR, name)).isDirectory())
    .sort();
}

/** A fixture's labels: every fixture has a title and a language and is decidable. */
export interface ExpectedPage extends Labels {
  title: string;
  language: string;
  isRelevant: boolean;
}

export function fixtureFiles(slug: string): { source: string; expected: string } {
  return { source: join(PAGES_DIR, slug, 'source.html'), expected: join(PAGES_DIR, slug, 'expected.json') };
}

export function hasFixtureFiles(slug: string): { source: boolean; expected: boolean } {
  const f = fixtureFiles(slug);
  return { source: existsSync(f.source), expected: existsSync(f.expected) };
}

export function readExpected(slug: string): ExpectedPage {
  return JSON.parse(readFileSync(fixtureFiles(slug).expected, 'utf8')) as ExpectedPage;
}

/** The fixture's page as a Document at its labelled URL. */
export function fixtureDocument(slug: string): Document {
  const expected = readExpected(slug);
  return parseHtml(readFileSync(fixtureFiles(slug).source, 'utf8'), expected.url);
}
