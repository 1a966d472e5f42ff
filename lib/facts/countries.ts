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
import demonyms from '../data/demonyms.json' with { type: 'json' };
import { escapeRegex } from '../lexicon.ts';

const LOCALES = [en, az, ru, tr, uk, fr, es, de, id];
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

/** Names in the text's language and English, and every demonym; all languages when none is known. */
function buildMatcher(language: string | null): { re: RegExp; forms: Form[] } {
  const bySource = new Map<string, Form>();
  const add = (source: string, plain: string | null, code: string) => bySource.set(source, { source, plain, code });
  const locales = language ? LOCALES.filter((l) => l.locale === language || l.locale === 'en') : LOCALES;
  for (const locale of locales) {
    for (const [code, names] of Object.entries(countries.getNames(locale.locale, { select: 'all' }) as Record<string, string[]>)) {
      for (const name of names) if (name.length >= 4) add(escapeRegex(name), name, code);
    }
  }
  for (const [code, list] of Object.entries(demonyms)) {
    if (code === '$comment') continue;
    // Entries with regex syntax (U\.S\.) are taken as written; the rest are literal.
    for (const f of list as string[]) add(/\\/.test(f) ? f : escapeRegex(f), /\\/.test(f) ? null : f, code);
  }
  // Longest first, so "Nigeria" wins over "Niger" at the same place.
  const forms = [...bySource.values()].sort((a, b) => b.source.length - a.source.length);
  // Names of five letters or more take inflected endings ("Azərbaycanın", "Пакистана"); shorter
  // ones and acronyms must stand alone. One suffix for the whole group: V8 compiles a \\p{L}
  // per alternative into a regex that takes a second to build.
  const inflecting = forms.filter((f) => f.plain && f.plain.length >= 5 && !/^[A-Z.]+$/.test(f.plain));
  const exact = forms.filter((f) => !inflecting.includes(f));
  const alt = `(?:${inflecting.map((f) => f.source).join('|')})\\p{L}{0,6}|${exact.map((f) => f.source).join('|')}`;
  return { re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt})(?![\\p{L}\\p{N}])`, 'gu'), forms };
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
  for (const m of text.matchAll(matcher.re)) {
    const code = codeFor(m[0], matcher.forms);
    if (code && code !== NO_COUNTRY) out.push({ code, text: m[0], index: m.index ?? 0 });
  }
  return out;
}

/** The country of the longest form the found text starts with (forms are sorted longest first). */
function codeFor(found: string, forms: Form[]): string | null {
  for (const f of forms) {
    if (f.plain ? found.startsWith(f.plain) : new RegExp(`^(?:${f.source})`, 'u').test(found)) return f.code;
  }
  return null;
}

export function countryName(code: string): string {
  return countries.getName(code, 'en') ?? code;
}
