// People who took part, found beside the titles they carry: "Ombudswoman Sabina Aliyeva",
// "Chargé d'Affaires Navid Anjum", "Sabina Aliyeva, Commissioner for Human Rights of ...".
import type { Actor } from '../types.ts';
import { lexicon, termsRegex } from '../lexicon.ts';
import { findCountries } from './countries.ts';
import type { InstitutionMention } from './institutions.ts';

const STOP = new Set(lexicon.nameStopwords);
// Titles match in any case; names only when capitalised, hence the (?i:) groups and no i flag.
const ROLE = `(?i:${lexicon.roles.join('|')})`;
const TOKEN = "(?:\\p{Lu}[\\p{Ll}'’\\-]+(?:-\\p{Lu}[\\p{Ll}]+)?|\\p{Lu}\\.)";
const NAME = `(${TOKEN}(?:\\s+${TOKEN}){1,3})`;
const HONORIFIC = "(?:(?:Mr|Ms|Mrs|Dr|Prof|H\\.E)\\.?\\s+)?";
// What qualifies a title: "of the Republic of Azerbaijan", "for South Caucasus".
const QUALIFIER = "\\s+(?i:of|for|in|to|at)\\s+[^,.;\\n]{0,70}";
// "Ombudswoman Sabina Aliyeva", "Human Rights Commissioner of Azerbaijan, Sabina Aliyeva" (shortest qualifier)
const ROLE_THEN_NAME = new RegExp(`(${ROLE})((?:${QUALIFIER}?)?),?\\s+${HONORIFIC}${NAME}`, 'gu');
// "Sabina Aliyeva, Commissioner for Human Rights of the Republic of Azerbaijan" (longest qualifier)
const NAME_THEN_ROLE = new RegExp(`${NAME},\\s+(?:the\\s+)?(${ROLE})((?:${QUALIFIER})?)`, 'gu');
const NHRI = termsRegex(lexicon.nhri, 'iu');

/** Drops leading and trailing words that are not part of a name ("Ombudsman Sabina" -> "Sabina"). */
function cleanName(raw: string): string | null {
  const tokens = raw.split(/\s+/);
  const isStop = (t: string | undefined) => t !== undefined && STOP.has(t.replace(/[’']s$/, ''));
  while (isStop(tokens[0])) tokens.shift();
  while (isStop(tokens.at(-1))) tokens.pop();
  const i = tokens.findIndex((t) => STOP.has(t));
  const kept = i === -1 ? tokens : tokens.slice(0, i);
  if (kept.length < 2 || kept.every((t) => /^\p{Lu}\.$/u.test(t))) return null;
  return kept.join(' ').replace(/[’']s$/, '');
}

function surname(name: string): string {
  return (name.split(/\s+/).at(-1) ?? name).toLowerCase();
}

export function findActors(text: string, institutions: InstitutionMention[], language?: string | null): Actor[] {
  const byName = new Map<string, Actor>();
  /** `from`..`to` is the title with what qualifies it ("Pakistan's Chargé d'Affaires", "… of Azerbaijan"). */
  const add = (rawName: string, role: string, from: number, to: number) => {
    const name = cleanName(rawName);
    if (!name) return;
    const context = text.slice(Math.max(0, from - 40), to);
    const named = institutions.find((i) => i.index >= from - 40 && i.index < to);
    // People of international bodies represent no country ("the UNICEF Representative in Georgia").
    const international = named !== undefined && named.countryCode === null;
    const country = international ? null : (findCountries(context, language).at(-1)?.code ?? null);
    // The body named in the title, else the country's own ombudsman institution for an ombudsman's title.
    const inst =
      named ?? (country && NHRI.test(role) ? institutions.find((i) => i.kind === 'ombudsman_nhri' && i.countryCode === country) : undefined);
    const key = surname(name);
    const prev = byName.get(key);
    if (prev && prev.name.length >= name.length) return;
    byName.set(key, {
      name,
      role: role.replace(/\s+/g, ' ').trim(),
      institution: inst?.name ?? null,
      countryCode: country ?? inst?.countryCode ?? null,
    });
  };
  for (const m of text.matchAll(ROLE_THEN_NAME)) {
    const at = m.index ?? 0;
    add(m[3]!, m[1]!, at, at + m[1]!.length + m[2]!.length);
  }
  for (const m of text.matchAll(NAME_THEN_ROLE)) {
    const at = (m.index ?? 0) + m[1]!.length;
    add(m[1]!, m[2]!, at, (m.index ?? 0) + m[0].length);
  }
  return [...byName.values()];
}
