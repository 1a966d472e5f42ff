// People who took part, found beside the titles they carry: "Ombudswoman Sabina Aliyeva",
// "Chargé d'Affaires Navid Anjum", "Sabina Aliyeva, Commissioner for Human Rights of ...".
import type { Actor } from '../types.ts';
import { lexicon } from '../lexicon.ts';
import { findCountries } from './countries.ts';
import type { InstitutionMention } from './institutions.ts';

const STOP = new Set(lexicon.nameStopwords);
// Titles match in any case; names only when capitalised, hence the (?i:) groups and no i flag.
const ROLE = `(?i:${lexicon.roles.join('|')})`;
const TOKEN = "(?:\\p{Lu}[\\p{Ll}'’\\-]+(?:-\\p{Lu}[\\p{Ll}]+)?|\\p{Lu}\\.)";
const NAME = `(${TOKEN}(?:\\s+${TOKEN}){1,3})`;
const HONORIFIC = "(?:(?:Mr|Ms|Mrs|Dr|Prof|H\\.E)\\.?\\s+)?";
const ROLE_THEN_NAME = new RegExp(`(${ROLE})(?:\\s+(?i:of|for|in|to|at)\\s+[^,.;\\n]{0,70}?)?,?\\s+${HONORIFIC}${NAME}`, 'gu');
const NAME_THEN_ROLE = new RegExp(`${NAME},\\s+(?:the\\s+)?(${ROLE}(?:\\s+(?:of|for|in|to)\\s+[^,.;\\n]{0,70})?)`, 'gu');

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

export function findActors(text: string, institutions: InstitutionMention[]): Actor[] {
  const byName = new Map<string, Actor>();
  const add = (rawName: string, role: string, at: number) => {
    const name = cleanName(rawName);
    if (!name) return;
    // The country is named just before the title ("Pakistan's Chargé d'Affaires") or in it ("of Azerbaijan").
    const context = text.slice(Math.max(0, at - 40), at + role.length + 2);
    const country = findCountries(context).pop()?.code ?? null;
    const inst = institutions.find((i) => Math.abs(i.index - at) < 120) ?? null;
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
  for (const m of text.matchAll(ROLE_THEN_NAME)) add(m[2]!, m[1]!, m.index ?? 0);
  for (const m of text.matchAll(NAME_THEN_ROLE)) add(m[1]!, m[2]!, (m.index ?? 0) + m[1]!.length);
  return [...byName.values()];
}
