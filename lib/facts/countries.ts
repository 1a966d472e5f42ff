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

function buildMatcher(): { re: RegExp; forms: Form[] } {
  const bySource = new Map<string, Form>();
  const add = (source: string, plain: string | null, code: string) => bySource.set(source, { source, plain, code });
  for (const locale of LOCALES) {
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
  const alt = forms.map((f) => (f.plain && f.plain.length >= 5 && !/^[A-Z.]+$/.test(f.plain) ? `${f.source}\\p{L}{0,6}` : f.source)).join('|');
  return { re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt})(?![\\p{L}\\p{N}])`, 'gu'), forms };
}

let matcher: ReturnType<typeof buildMatcher> | null = null;

/** Every country named in the text, with where. Case-sensitive: country names are proper nouns. */
export function findCountries(text: string): CountryMention[] {
  matcher ??= buildMatcher();
  const out: CountryMention[] = [];
  for (const m of text.matchAll(matcher.re)) {
    const code = codeFor(m[0], matcher.forms);
    if (code) out.push({ code, text: m[0], index: m.index ?? 0 });
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
