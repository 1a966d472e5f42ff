// Country names in the text, in the languages the news comes in: official and short names from
// i18n-iso-countries, plus demonyms and stems (data/demonyms.json) that the ISO lists do not hold.
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import az from 'i18n-iso-countries/langs/az.json' with { type: 'json' };
import ru from 'i18n-iso-countries/langs/ru.json' with { type: 'json' };
import tr from 'i18n-iso-countries/langs/tr.json' with { type: 'json' };
import uk from 'i18n-iso-countries/langs/uk.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import es from 'i18n-iso-countries/langs/es.json' with { type: 'json' };
import de from 'i18n-iso-countries/langs/de.json' with { type: 'json' };
import id from 'i18n-iso-countries/langs/id.json' with { type: 'json' };
import ar from 'i18n-iso-countries/langs/ar.json' with { type: 'json' };
import cs from 'i18n-iso-countries/langs/cs.json' with { type: 'json' };
import demonyms from '../data/demonyms.json' with { type: 'json' };
import roles from '../data/roles.json' with { type: 'json' };
import { anchored, escapeRegex, trieAlternation, wordMatches, WORD_END } from '../terms.ts';

const LOCALES = [en, az, ru, tr, uk, fr, es, de, id, ar, cs];
LOCALES.forEach((l) => countries.registerLocale(l));

/** The demonyms entry for places without an ISO code (Northern Cyprus is not Cyprus). */
const NO_COUNTRY = '-';

export interface CountryMention {
  code: string;
  text: string;
  index: number;
}

interface Form {
  source: string; // regex source
  plain: string | null; // the literal text, when the form is not a pattern
  code: string;
}

/** Case-declining languages: "Франция" is also "Франции", "Polsko" also "v Polsku". */
const DECLINING = new Set(['ru', 'uk', 'cs']);
const FINAL_VOWEL = /[аяоеьйиыіїєaeiouyě]$/u;

/**
 * Names in the text's language and English, and every demonym (with the text's language's own
 * adjectives, "украинский", "albanische"); all languages when none is known.
 */
function buildMatcher(language: string | null): { re: RegExp; forms: Form[] } {
  const bySource = new Map<string, Form>();
  const stems = new Set<string>(); // stems and demonyms, as opposed to whole ISO names
  const derived = new Set<string>(); // stems cut from a declining language's names
  const add = (source: string, plain: string | null, code: string) => bySource.set(source, { source, plain, code });
  const locales = language ? LOCALES.filter((l) => l.locale === language || l.locale === 'en') : LOCALES;
  for (const locale of locales) {
    for (const [code, names] of Object.entries(countries.getNames(locale.locale, { select: 'all' }) as Record<string, string[]>)) {
      for (const name of names) {
        if (name.length >= 4) add(escapeRegex(name), name, code);
        // The stem of a one-word name takes the case endings: Франци-и, Кита-я, Polsk-u.
        if (DECLINING.has(locale.locale) && !name.includes(' ') && FINAL_VOWEL.test(name) && name.length >= 5) {
          const stem = name.slice(0, -1);
          stems.add(stem);
          derived.add(stem);
          add(escapeRegex(stem), stem, code);
        }
      }
    }
  }
  const { $comment: _c, $language: byLanguage, ...shared } = demonyms as unknown as Record<string, string[]> & { $language: Record<string, Record<string, string[]>> };
  const lists = [shared, ...(language && byLanguage[language] ? [byLanguage[language]] : [])];
  for (const list of lists) {
    for (const [code, forms] of Object.entries(list)) {
      // Entries with regex syntax (U\\.S\\.) are taken as written; the rest are literal.
      for (const f of forms) {
        if (/\\/.test(f)) add(f, null, code);
        else {
          stems.add(f);
          add(escapeRegex(f), f, code);
        }
      }
    }
  }
  // In a case-declining language, a demonym entry's stem takes the endings too (Česko: v Česku).
  if (language && DECLINING.has(language)) {
    for (const f of [...bySource.values()]) {
      if (f.plain && !f.plain.includes(' ') && FINAL_VOWEL.test(f.plain) && f.plain.length >= 5) {
        const stem = f.plain.slice(0, -1);
        stems.add(stem);
        derived.add(stem);
        if (!bySource.has(escapeRegex(stem))) add(escapeRegex(stem), stem, f.code);
      }
    }
  }
  // Longest first, so "Nigeria" wins over "Niger" at the same place.
  const forms = [...bySource.values()].sort((a, b) => b.source.length - a.source.length);
  // Names of five letters or more take inflected endings ("Azərbaycanın", "Пакистана"); Latin
  // names of four letters and acronyms must stand alone ("Mali" is not "Malik"). Four-letter
  // stems take short endings (Ирана, Китая, Индии, v Česku), except whole names ending in a
  // vowel (Куба is not Кубань). One suffix per group: V8 compiles a \\p{L} per alternative into
  // a regex that takes a second to build.
  const inflecting = forms.filter((f) => f.plain && f.plain.length >= 5 && !/^[A-Z.]+$/.test(f.plain));
  const short = forms.filter(
    (f) => f.plain && f.plain.length === 4 && (derived.has(f.plain) || (!/\p{Script=Latin}/u.test(f.plain) && (stems.has(f.plain) || !FINAL_VOWEL.test(f.plain)))),
  );
  const exact = forms.filter((f) => !inflecting.includes(f) && !short.includes(f));
  const sources = (list: Form[]) => trieAlternation(list.map((f) => f.source));
  const alt = [`${sources(inflecting)}\\p{L}{0,6}`, ...(short.length ? [`${sources(short)}\\p{L}{0,3}`] : []), sources(exact)].join('|');
  // Arabic writes "in", "and", "to" as letters glued to the name (بموريتانيا, والمغرب).
  const clitic = language === 'ar' || !language ? '(?:[وفبلك]{1,2})?' : '';
  // Either apostrophe: "Côte d’Ivoire" is "Côte d'Ivoire".
  // The start edge is checked by wordMatches (see there).
  const source = `${clitic}(${alt.replace(/'/g, "['’]")})${WORD_END}`;
  return { re: new RegExp(source, 'gu'), forms };
}

const matchers = new Map<string, ReturnType<typeof buildMatcher>>();

/**
 * Every country named in the text, with where. Case-sensitive: country names are proper nouns.
 * Names are read in the text's language and English only, so that a first name that is a
 * country's name in another language (Azerbaijani "Misir", Egypt) is not taken for it.
 */
export function findCountries(text: string, language?: string | null): CountryMention[] {
  const key = language && LOCALES.some((l) => l.locale === language) ? language : '*';
  let matcher = matchers.get(key);
  if (!matcher) matchers.set(key, (matcher = buildMatcher(key === '*' ? null : key)));
  const out: CountryMention[] = [];
  for (const m of wordMatches(matcher.re, text)) {
    const name = m[1]!;
    const index = (m.index ?? 0) + m[0].length - name.length;
    const code = codeFor(name.replace(/’/g, "'"), matcher.forms);
    if (code && code !== NO_COUNTRY && !endsPersonName(text, index, language)) out.push({ code, text: name, index });
  }
  return out;
}

const NOT_A_NAME = new Set(roles.nameStopwords);
// Languages that put a country after capitalised nouns ("Kementerian Kehakiman Jepang", "Kırgız Cumhuriyeti").
const COUNTRY_AFTER_NOUNS = new Set(['id', 'tr', 'az', 'ar']);

/** A country name that ends a person's name: "Rigoberto González Montenegro", "Ana Paula Argentina". */
function endsPersonName(text: string, index: number, language: string | null | undefined): boolean {
  if (!language || COUNTRY_AFTER_NOUNS.has(language)) return false;
  const before = text.slice(Math.max(0, index - 40), index).match(/(?<![\p{L}.])(\p{Lu}\p{Ll}+)\s(\p{Lu}\p{Ll}+)\s$/u);
  return Boolean(before && !NOT_A_NAME.has(before[1]!) && !NOT_A_NAME.has(before[2]!));
}

// Between a role and its country only names and joining words stand ("Commissioner for Human
// Rights (Ombudsman) of the Republic of", "Chargé d'Affaires", "’s", "de la provincia de"): a verb
// or any other small word means the country is only talked about ("the Ombudsman also spoke of
// Armenia's ...", "in Quito, Ecuador, Lamberto visited the Defensoría").
const JOINING = new RegExp(
  `^(?:[\\s(),"«»“”-]|[’']s(?![\\p{L}])|\\p{Lu}[\\p{L}’'.-]*|(?:of|the|for|in|to|at|de|del|la|le|el|los|las|du|des|d[’']|der|die|von|für|aus|dari|di|da|do|dos|в|во|из|з|із|у|по|и|і|ve|və|na|v|ze|z|et|y|and|und|dan|provinc\\p{L}*|province|provinz|regi[oó]n|région|oblast|област\\p{L}*|республик\\p{L}*|республік\\p{L}*|state|estado|état|canton|kanton)(?![\\p{L}]))*$`,
  'u',
);

/** Whether the text between a role and a country joins them into one title. */
export function joinsRoleToCountry(between: string): boolean {
  return JOINING.test(between);
}

/** The country of the longest form the found text starts with (forms are sorted longest first). */
function codeFor(found: string, forms: Form[]): string | null {
  for (const f of forms) {
    if (f.plain ? found.startsWith(f.plain) : anchored(f.source).test(found)) return f.code;
  }
  return null;
}

export function countryName(code: string): string {
  return countries.getName(code, 'en') ?? code;
}
