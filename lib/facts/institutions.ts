// Bodies named in the text: first the curated directory (data/institutions.json), then the
// generic "<country> ombudsman / human rights commissioner" that names a national institution.
import directory from '../data/institutions.json' with { type: 'json' };
import type { Institution, InstitutionKind } from '../types.ts';
import { findCountries, countryName } from './countries.ts';
import { lexicon, termsRegex } from '../lexicon.ts';

interface DirectoryEntry {
  name: string;
  acronym: string | null;
  kind: string;
  countryCode: string | null;
  aliases: string[];
}

const ENTRIES = (directory as DirectoryEntry[]).map((e) => ({
  ...e,
  // Acronyms are matched case-sensitively ("OIC", not "oic" inside a word); names are not.
  re: new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${e.aliases.filter((a) => !/^[A-Z]{2,6}$/.test(a)).join('|') || '(?!)'})(?![\\p{L}\\p{N}])` +
      (e.aliases.some((a) => /^[A-Z]{2,6}$/.test(a)) ? `|(?<![\\p{L}\\p{N}])(?-i:${e.aliases.filter((a) => /^[A-Z]{2,6}$/.test(a)).join('|')})(?![\\p{L}\\p{N}])` : ''),
    'iu',
  ),
}));
const NHRI = termsRegex(lexicon.nhri);

export interface InstitutionMention extends Institution {
  index: number;
}

export function findInstitutions(text: string, language?: string | null): InstitutionMention[] {
  const found: InstitutionMention[] = [];
  for (const e of ENTRIES) {
    const m = text.match(e.re);
    if (m) found.push({ name: e.name, acronym: e.acronym, kind: e.kind as InstitutionKind, countryCode: e.countryCode, index: m.index ?? 0 });
  }
  // "Azerbaijani Ombudsman", "Ombudsman of Pakistan", "Ukrainian Parliament Commissioner for Human Rights".
  const countries = findCountries(text, language);
  for (const m of text.matchAll(NHRI)) {
    const at = m.index ?? 0;
    const near = countries.find((c) => (c.index < at && at - (c.index + c.text.length) <= 25) || (c.index > at + m[0].length && c.index - (at + m[0].length) <= 22));
    if (!near) continue;
    if (found.some((f) => f.kind === 'ombudsman_nhri' && f.countryCode === near.code)) continue;
    found.push({ name: `Ombudsman institution of ${countryName(near.code)}`, acronym: null, kind: 'ombudsman_nhri', countryCode: near.code, index: at });
  }
  return found.sort((a, b) => a.index - b.index);
}
