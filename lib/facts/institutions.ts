// Bodies named in the text: first the curated directory (data/institutions.json), then the
// generic "<country> ombudsman / human rights commissioner" that names a national institution.
import directory from '../data/institutions.json' with { type: 'json' };
import type { Institution, InstitutionKind } from '../types.ts';
import { findCountries, countryName, joinsRoleToCountry, type CountryMention } from './countries.ts';
import { namesCityOf } from './gazetteer.ts';
import { nhriScanner, PatternTable, wordMatches } from '../lexicon.ts';

interface DirectoryEntry {
  name: string;
  acronym: string | null;
  kind: string;
  countryCode: string | null;
  aliases: string[];
  /**
   * Aliases that bodies of other countries also go by (CNDH is Morocco's council, Mauritania's and
   * Togo's commissions and Mexico's; "INDH" is French for any NHRI): alone, they name this body
   * only in a text that names its country or one of its cities.
   */
  sharedAliases?: string[];
}

// A character of a word: anything but space and punctuation (Arabic's comma, semicolon and question
// mark too). A Unicode property (\\p{L}) here, case-insensitive, in a hundred and more regexes made
// the first page take half a second to compile.
const WORD = "[^\\s.,;:!?()\\[\\]\"'«»“”„’/\u060C\u061B\u061F-]";
const EDGE_BEFORE = `(?<!${WORD})`;
const EDGE_AFTER = `(?!${WORD})`;
const isAcronym = (alias: string) => /^[A-Z]{2,6}$/.test(alias);
// Either apostrophe ("Children’s" is "Children's"); inflected endings as word characters.
const aliasSource = (alias: string) => alias.replace(/'/g, "['’]").replace(/\\p\{L\}\*/g, `${WORD}*`);

function aliasesSource(aliases: readonly string[]): string {
  const names = aliases.filter((a) => !isAcronym(a)).map(aliasSource);
  const acronyms = aliases.filter(isAcronym);
  // Acronyms are matched case-sensitively ("OIC", not "oic" inside a word); names are not.
  return [...(names.length ? [names.join('|')] : []), ...(acronyms.length ? [`(?-i:${acronyms.join('|')})`] : [])].join('|');
}
const edged = (source: string) => new RegExp(`${EDGE_BEFORE}(?:${source})${EDGE_AFTER}`, 'iu');

const ENTRIES = (directory as DirectoryEntry[]).map((e) => {
  const source = aliasesSource(e.aliases);
  const own = e.aliases.filter((a) => !e.sharedAliases?.includes(a));
  // The aliases that name this body alone, when some are shared (null: all are its own).
  const ownRe = e.sharedAliases?.length ? (own.length ? edged(aliasesSource(own)) : /(?!)/) : null;
  return { ...e, source, re: edged(source), ownRe };
});
const DIRECTORY = new PatternTable(ENTRIES.map((e) => e.source), 'iu', EDGE_BEFORE, EDGE_AFTER);
const NHRI = nhriScanner();

export interface InstitutionMention extends Institution {
  index: number;
}

/** Bodies named in the text; `countries` are the text's own (findCountries), when the caller has them. */
export function findInstitutions(text: string, language?: string | null, countries: CountryMention[] = findCountries(text, language)): InstitutionMention[] {
  const found: InstitutionMention[] = [];
  // Named by shared aliases only, a body counts where its country or one of its cities is named.
  const countryNamed = (code: string | null) => code !== null && (countries.some((c) => c.code === code) || namesCityOf(text, code));
  DIRECTORY.matches(text, true).forEach(([m], n) => {
    const e = ENTRIES[n]!;
    if (!m || (e.ownRe && !e.ownRe.test(text) && !countryNamed(e.countryCode))) return;
    found.push({ name: e.name, acronym: e.acronym, kind: e.kind as InstitutionKind, countryCode: e.countryCode, index: m.index });
  });
  // "Azerbaijani Ombudsman", "Ombudsman of Pakistan", "Ukrainian Parliament Commissioner for Human Rights".
  for (const m of wordMatches(NHRI, text)) {
    const at = m.index;
    const end = at + m[0].length;
    const near = countries.find(
      (c) =>
        (c.index < at && at - (c.index + c.text.length) <= 25 && joinsRoleToCountry(text.slice(c.index + c.text.length, at))) ||
        (c.index >= end && c.index - end <= 22 && joinsRoleToCountry(text.slice(end, c.index))),
    );
    if (!near) continue;
    if (found.some((f) => f.kind === 'ombudsman_nhri' && f.countryCode === near.code)) continue;
    found.push({ name: `Ombudsman institution of ${countryName(near.code)}`, acronym: null, kind: 'ombudsman_nhri', countryCode: near.code, index: at });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The directory body whose name covers the position, if any ("Ombudsman" in "Asian Ombudsman Association"). */
export function directoryNameAt(text: string, at: number): string | null {
  for (const e of ENTRIES) {
    for (let from = 0; from <= at; ) {
      const m = text.slice(from).match(e.re);
      if (!m) break;
      const start = from + (m.index ?? 0);
      if (start > at) break;
      if (start + m[0].length > at) return e.name;
      from = start + Math.max(1, m[0].length);
    }
  }
  return null;
}
