// People who took part: names that stand beside a title ("Ombudswoman Sabina Aliyeva", "Sabina
// Aliyeva, Commissioner for Human Rights", "Kamu Başdenetçisi Şeref Malkoç", "послом Австрии
// Сильвией Майер-Кайбич"), after an honorific (Ms., Mme, Dr.) or after "led by", in any script
// that has capital letters; Arabic names after a title and before a comma. A later mention by
// surname ("Aliyeva", "S. Aliyeva") is the same person. Names are given in their base form.
import roles from '../data/roles.json' with { type: 'json' };
import type { Actor } from '../types.ts';
import { nhriRegex, termsRegex, termsScanner, wordMatches } from '../lexicon.ts';
import { findCountries, type CountryMention } from './countries.ts';
import { isCityName } from './gazetteer.ts';
import type { InstitutionMention } from './institutions.ts';

type Lists = Record<string, string[]>;
const every = (lists: Lists): string[] => Object.values(lists).flat();

/** Every title in every language: other modules look for officials beside country names. */
export const ROLE_TERMS: string[] = every(roles.titles);

// "Ombudsman Office", "Kantor Ombudsman", "Аппарата омбудсмена": the title names a body there.
const OFFICE = termsRegex(every(roles.officeNouns), 'iu').source;
const OFFICE_AFTER = new RegExp(`^(?:['’]s?)?\\s+${OFFICE}`, 'iu');
const OFFICE_BEFORE = new RegExp(`${OFFICE}\\s+$`, 'iu');
const CONNECTORS = new Set(every(roles.connectors));
// "former Ombudsman X", "бывший омбудсмен": a past holder of the title is only mentioned.
const FORMER = new RegExp(`${termsRegex(roles.formerHolders, 'iu').source}[\\s-]*$`, 'iu');
const ARTICLES = new Set(roles.articles);
const ARTICLE_FIRST = new RegExp(`^\\s*,?\\s*(?:${roles.articles.join('|')})\\s`, 'iu');
const APPOSITION = new RegExp(`^\\s*(?:[,(–—-]|(?:${roles.apposition.join('|')})(?=\\s))`, 'iu');
const OF_BEFORE = new RegExp(`(?<!\\p{L})(?:${roles.ofPrepositions.join('|')})\\s+$`, 'u');
const OF_NEXT = new RegExp(`^\\s+(?:${roles.ofPrepositions.join('|')})\\s+(?:(?:${roles.articles.join('|')})\\s+|l['’])?\\p{Lu}`, 'u');
// Azerbaijani and Turkish genitives: "Ombudsmanın Milli Preventiv Mexanizmi", "Qrupun üzvü".
const GENITIVE = /(?:[ıiuü]n|n[ıiuü]n)$/u;
const STOP = new Set(roles.nameStopwords);
const STOP_STEMS = roles.nameStopStems;
const NHRI = nhriRegex('iu');
const POSSESSIVE = /['’]\p{Ll}+$/u; // "Aliyeva's", "Malkoç'un", "Erdoğan’ın"
const POSSESSED = /^['’]s(?!\p{L})/u; // "the Ombudsman’s press service"
const CYRILLIC = /\p{Script=Cyrillic}/u;
// Longest stretch between a title and its name ("Commissioner for Human Rights (Ombudsman) of the Republic of Azerbaijan, Ms. ").
const MAX_GAP = 110;
const MAX_FORWARD = 60;
// Lower-case words a qualifier may hold after a preposition ("по международным вопросам").
const MAX_FREE = 2;

type Rules = [RegExp, string][];
interface CaseRules {
  nominative: RegExp;
  strong: Rules;
  weak: Rules;
  surname: Rules;
}
const compile = (rules: string[][]): Rules => rules.map(([re, to]) => [new RegExp(re!, 'u'), to!]);
const compileRules = (r: { nominative: string; strong: string[][]; weak: string[][]; surname: string[][] }): CaseRules => ({
  nominative: new RegExp(r.nominative, 'u'),
  strong: compile(r.strong),
  weak: compile(r.weak),
  surname: compile(r.surname),
});
const CASES: Record<string, CaseRules> = { ru: compileRules(roles.caseEndings.ru), uk: compileRules(roles.caseEndings.uk) };
const AZ_AFTER_VOWEL = new RegExp(roles.caseEndings.az.afterVowel, 'u');
const AZ_ATTESTED = new RegExp(roles.caseEndings.az.attested, 'u');
const AZ_ACCUSATIVE = new RegExp(roles.caseEndings.az.accusative, 'u');
const AZ_ACCUSATIVE_BEFORE = new RegExp(roles.caseEndings.az.accusativeBefore, 'u');
// A case ending closes an Azerbaijani or Turkish noun phrase: "Səbinə Əliyevanın | Türkiyə …".
const TURKIC_GENITIVE = /[aeıioöuüə]n[ıiuü]n$/u;
const SUFFIXED_ACRONYM = /^\p{Lu}{2,}[-‐]\p{Ll}+$/u; // "BMT-nin"
// Between a country and the title it qualifies only capitalised words (or a script without
// capitals): "Pakistan's Chargé d'Affaires", not a clause ("Azerbaijan … received the").
const ADJOINING = /^(?:['’]s)?(?:[\s,()'’-]|[\p{Lu}\p{Lo}][\p{L}\p{M}.-]*)*$/u;

// Arabic has no capitals: a name is the words between a title (its body after it, closed by a
// comma) and the next punctuation, or between a verb of saying and a comma before a title
// ("وأكدت سعاد المري، رئيسة اللجنة"); a name's first word has no article.
const AR_WORD = '[\\u0621-\\u064A]+';
const AR_NAME = `((?!ال)${AR_WORD}(?:\\s+${AR_WORD}){1,4})`;
const AR_TITLE = `(${[...roles.arabicTitles].sort((a, b) => b.length - a.length).join('|')})(?:${roles.arabicPronounSuffixes.join('|')})?`;
const ARABIC = new RegExp(
  `(?<![\\u0621-\\u064A])${AR_TITLE}(?:(?:\\s+${AR_WORD}){1,6}?\\s*[،,])?\\s+${AR_NAME}(?=\\s*[،,.؛:]|\\s*$)`,
  'gu',
);
const ARABIC_SPEAKER = new RegExp(
  `(?<![\\u0621-\\u064A])[وف]?(?:${roles.arabicSpeechVerbs.join('|')})\\s+${AR_NAME}\\s*[،,]\\s*${AR_TITLE}(?![\\u0621-\\u064A])`,
  'gu',
);
const AR_NON_NAME = new Set(roles.arabicNonNameWords);
// After an honorific ("الدكتور فادي نعمة في البيان") the name runs to punctuation, a small word or a title.
const ARABIC_HONORIFIC = new RegExp(`(?<![\\u0621-\\u064A])(${roles.arabicHonorifics.join('|')})\\s+((?!ال)${AR_WORD}(?:\\s+${AR_WORD}){1,4})`, 'gu');
const AR_TITLE_WORDS = new Set(roles.arabicTitles.flatMap((t) => t.split(' ')));
/** The words of an Arabic name up to the first that cannot be part of one. */
function arabicName(words: string[]): string[] {
  const end = words.findIndex((w) => AR_NON_NAME.has(w) || AR_TITLE_WORDS.has(w));
  return end === -1 ? words : words.slice(0, end);
}

interface Words {
  /** Small words inside a name: "Ursula von der Leyen", "Nada Al Nashif" ("di" is Indonesian for "in"). */
  particle: RegExp;
  // Titles (of several words, apart: see wordsFor), "led by" phrases and honorifics as scanners
  // (termsScanner) for wordMatches.
  multi: RegExp;
  single: RegExp;
  lead: RegExp;
  honorifics: RegExp;
  /** The honorifics as a regex of their own, with the word edge. */
  honorific: RegExp;
}
const byLanguage = new Map<string, Words>();
/**
 * Titles, "led by" phrases and honorifics of the text's language and English (all languages
 * when it is unknown): "par" is Spanish for a counterpart but French for "by", "M." an initial
 * outside French.
 */
function wordsFor(language: string): Words {
  let w = byLanguage.get(language);
  if (!w) {
    const pick = (lists: Lists) => (lists[language] ? [...(lists.en ?? []), ...(language === 'en' ? [] : lists[language])] : every(lists));
    const titles = pick(roles.titles);
    const particles = [...roles.nameParticles['*'], ...(!language || roles.westernLanguages.includes(language) ? roles.nameParticles.western : [])];
    w = {
      particle: new RegExp(`^(?:${particles.join('|')})\\s+(?=\\p{Lu})`, 'u'),
      // Titles of several words are matched apart and win over the one-word titles inside them
      // ("Defensor del Pueblo" over "Defensor"): one alternation would take whichever comes first.
      multi: termsScanner(titles.filter((t) => /\s/.test(t))),
      single: termsScanner(titles.filter((t) => !/\s/.test(t))),
      lead: termsScanner(pick(roles.leadPhrases)),
      honorific: termsRegex(pick(roles.honorifics), 'giu'),
      honorifics: termsScanner(pick(roles.honorifics)),
    };
    byLanguage.set(language, w);
  }
  return w;
}

interface Span {
  start: number;
  end: number;
}
interface Title extends Span {
  role: string | null; // null for "led by"
  /** After "Office of", "аппаратом": the title may name the body, so it counts only without a comma before the name. */
  office: boolean;
}
interface Token extends Span {
  text: string;
}
type Kind = 'name' | 'initial' | 'particle' | 'stop' | 'place' | 'caps';

/** A person's surname: the last word of the name. */
export function surname(name: string): string {
  return name.split(/\s+/).at(-1) ?? name;
}

/**
 * The index of the first span that starts at or after the position, in spans sorted by start: the
 * titles near a name are looked up, not scanned for, as a long page has hundreds of both.
 */
function firstFrom(spans: Span[], at: number): number {
  let [lo, hi] = [0, spans.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const covered = (spans: Span[], t: Span) => spans.some((s) => s.start <= t.start && s.end >= t.end);

function spansOf(matches: Iterable<RegExpMatchArray>): Span[] {
  const out: Span[] = [];
  for (const m of matches) out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  return out;
}

/** Every title in the text, longest first where they overlap. */
function titleSpans(text: string, words: Words): Span[] {
  const all = [...spansOf(wordMatches(words.multi, text)), ...spansOf(wordMatches(words.single, text))].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Span[] = [];
  for (const s of all) if (!kept.length || s.start >= kept.at(-1)!.end) kept.push(s);
  return kept;
}

/**
 * How the stretch between a title and a name reads: "tight" (bodies, places, connectors,
 * parentheses, honorifics), "loose" (a qualifier with a few lower-case words after a preposition)
 * or null (another clause: the title is not this person's).
 */
function gapKind(gap: string, honorific: RegExp): 'tight' | 'loose' | null {
  if (gap.length > MAX_GAP) return null;
  const g = gap.replace(/\([^()]{0,60}\)/g, ' ').replace(honorific, ' ');
  if (/[.;:!?\n]/.test(g)) return null;
  let free = 0;
  let connected = false;
  // A comma closes the qualifier: lower-case words after it start another clause.
  for (const [w] of g.matchAll(/[,]|[\p{L}\p{M}\p{N}]+(?:[-‐'’][\p{L}\p{M}]+)*/gu)) {
    const word = w.replace(/^[ldLD]['’]/, ''); // "l’AOMF"
    if (word === ',') connected = false;
    else if (/^[\p{Lu}\p{N}]/u.test(word)) continue;
    else if (CONNECTORS.has(word.toLowerCase())) connected = true;
    else if (!connected || ++free > MAX_FREE) return null;
  }
  return free ? 'loose' : 'tight';
}

/** The base form of an inflected name: "Татьяной Москальковой" → "Татьяна Москалькова", "Əliyevanın" → "Əliyeva". */
function baseName(words: string[], language: string, attested: Set<string>, accusative: boolean): string[] {
  const out = [...words];
  let last = out.at(-1)!.replace(POSSESSIVE, '');
  // "Kristofer Holdu qəbul edib": the one that is received.
  if (language === 'az' && accusative && last.replace(AZ_ACCUSATIVE, '').length >= 3) last = last.replace(AZ_ACCUSATIVE, '');
  else if (language === 'az') {
    const cut = last.replace(AZ_AFTER_VOWEL, '');
    const stem = last.replace(AZ_ATTESTED, '');
    if (cut !== last && cut.length >= 3) last = cut;
    else if (stem !== last && attested.has(stem)) last = stem;
  }
  out[out.length - 1] = last;
  if (!CYRILLIC.test(last)) return out;
  const rules = CASES[language === 'uk' ? 'uk' : 'ru']!;
  if (rules.nominative.test(last)) return out;
  let strong = false;
  const rewritten = out.map((w, i) => {
    // "Кристофера Холда": a surname ending as no base form does.
    const rule = rules.strong.find(([re]) => re.test(w)) ?? (i === out.length - 1 ? rules.surname.find(([re]) => re.test(w)) : undefined);
    if (rule) strong = true;
    return rule ? w.replace(rule[0], rule[1]) : null;
  });
  const based = out.map((w, i): string => {
    const done = rewritten[i];
    if (done != null) return done;
    const rule = strong ? rules.weak.find(([re]) => re.test(w)) : undefined;
    return rule ? w.replace(rule[0], rule[1]) : w;
  });
  // "Татарстан Гульнары Сафиной": a word in another case before the declined name is not part of it.
  const first = based.findIndex((w, i) => w !== out[i]);
  return based.length >= 3 && first > 0 && based.length - first >= 2 ? based.slice(first) : based;
}

interface Mention {
  words: string[];
  start: number;
  role: string | null;
  /** The title and what qualifies it, where the person's body and country are named. */
  from: number;
  to: number;
  confirmed: boolean;
}

const UPPER_START = /^\p{Lu}/u;
const LOWER_START = /^\p{Ll}/u;
// ASCII letters, most words of most texts, without a regex.
const startsUpper = (w: string) => {
  const c = w.charCodeAt(0);
  return c < 0x80 ? c >= 0x41 && c <= 0x5a : UPPER_START.test(w);
};
const startsLower = (w: string) => {
  const c = w.charCodeAt(0);
  return c < 0x80 ? c >= 0x61 && c <= 0x7a : LOWER_START.test(w);
};

const fold = (w: string) => w.toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '');
const isInitial = (w: string) => /^\p{Lu}\.$/u.test(w);

/** Same person: the same surname, and first names that agree (one lacking, contained or an initial). */
function samePerson(a: string[], b: string[]): boolean {
  if (fold(a.at(-1)!) !== fold(b.at(-1)!)) return false;
  const [fa, fb] = [a.slice(0, -1).map(fold), b.slice(0, -1).map(fold)];
  if (!fa.length || !fb.length) return true;
  const [short, long] = fa.length <= fb.length ? [fa, fb] : [fb, fa];
  return short.every((w) => long.includes(w) || (w.endsWith('.') && long.some((l) => l.startsWith(w.slice(0, -1)))));
}

// Whether each UTF-16 unit is a letter or a mark, found once per unit: the words of a long page
// read by a regex with Unicode classes were the slowest part of the actor stage.
const LETTER_CLASS = new Uint8Array(0x10000); // 0 not yet known, 1 letter or mark, 2 neither
const LETTER_OR_MARK = /^[\p{L}\p{M}]/u;
const JOINERS = new Set(['-', '‐', "'", '’']);

/** How many units the letter or mark at the position takes (2 past the BMP), 0 if none is there. */
function letterWidth(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) return LETTER_OR_MARK.test(text.slice(at, at + 2)) ? 2 : 0;
  let kind = LETTER_CLASS[c]!;
  if (!kind) LETTER_CLASS[c] = kind = LETTER_OR_MARK.test(String.fromCharCode(c)) ? 1 : 2;
  return kind === 1 ? 1 : 0;
}

/**
 * Start and end of each word, in pairs: letters and marks, joined by a hyphen or an apostrophe
 * ("Schleicher-Rothmund", "Malkoç'un"), as /[\p{L}\p{M}]+(?:[-‐'’][\p{L}\p{M}]+)*\/gu finds them.
 */
export function wordBounds(text: string): number[] {
  const out: number[] = [];
  const n = text.length;
  for (let i = 0; i < n; ) {
    let width = letterWidth(text, i);
    if (!width) {
      i++;
      continue;
    }
    const start = i;
    for (;;) {
      while (width) {
        i += width;
        width = i < n ? letterWidth(text, i) : 0;
      }
      if (i + 1 < n && JOINERS.has(text[i]!) && letterWidth(text, i + 1)) {
        i++;
        width = letterWidth(text, i);
        continue;
      }
      break;
    }
    out.push(start, i);
  }
  return out;
}

/** Name stretches: capitalised words in a row (initials, "al", "van", "de" inside), with each word's kind. */
function segments(text: string, language: string, words: Words, allTitles: Span[], countries: CountryMention[]): Token[][] {
  // One pass over the words (the longest stage of the extraction on long pages): the tokens, which
  // of them start with a capital, the lower-case words and the distinct capitalised ones.
  const tokens: Token[] = [];
  const capital: boolean[] = [];
  const lower = new Set<string>();
  const capitalSet = new Set<string>();
  const bounds = wordBounds(text);
  for (let k = 0; k < bounds.length; k += 2) {
    const w = text.slice(bounds[k], bounds[k + 1]);
    tokens.push({ text: w, start: bounds[k]!, end: bounds[k + 1]! });
    const upper = startsUpper(w);
    capital.push(upper);
    if (upper) capitalSet.add(w);
    else if (startsLower(w)) lower.add(w);
  }
  const places = countries.map((c) => ({ start: c.index, end: c.index + c.text.length }));
  // Also each word alone (in context a country may be read as ending a person's name), all in one
  // pass: the words one per line, each closed by a dot.
  const capitals = [...capitalSet];
  const byStart = new Map<number, string>();
  capitals.reduce((at, w) => (byStart.set(at, w), at + w.length + 2), 0);
  const alone = new Set(findCountries(capitals.join('.\n'), language).filter((c) => byStart.get(c.index) === c.text).map((c) => c.text));
  const honorificSpans = spansOf(wordMatches(words.honorifics, text));
  const turkic = language === 'tr' || language === 'az';
  // Turkish lower-cases I and İ its own way; elsewhere the plain conversion, many times faster than
  // toLocaleLowerCase and the same for every language but Turkish, Azerbaijani and Lithuanian.
  const lowerCase = turkic ? (w: string) => w.toLocaleLowerCase('tr') : (w: string) => w.toLowerCase();
  // What a word is wherever it stands; a page repeats its words.
  const wordKinds = new Map<string, Kind>();
  const wordKind = (word: string): Kind => {
    const bare = word.replace(POSSESSIVE, '');
    const low = lowerCase(bare);
    if (STOP.has(word) || STOP.has(bare) || lower.has(low) || STOP_STEMS.some((s) => low.startsWith(s))) return 'stop';
    return (/^\p{Lu}+$/u.test(bare) && bare.length > 1) || SUFFIXED_ACRONYM.test(bare) ? 'caps' : 'name';
  };
  const kindOf = (t: Token): Kind => {
    if (t.text.length === 1 && text[t.end] === '.') return covered(honorificSpans, t) ? 'stop' : 'initial';
    if (covered(allTitles, t) || covered(honorificSpans, t)) return 'stop';
    if (covered(places, t) || alone.has(t.text)) return 'place';
    let kind = wordKinds.get(t.text);
    if (!kind) wordKinds.set(t.text, (kind = wordKind(t.text)));
    return kind;
  };
  // Runs of capitalised words joined by spaces (after an initial, also by its dot).
  const runs: { token: Token; kind: Kind }[][] = [];
  let run: { token: Token; kind: Kind }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = run.at(-1);
    const sep = prev ? text.slice(prev.token.end, t.start) : '';
    const joined = prev && (/^\s+$/.test(sep) || (prev.kind === 'initial' && /^\.\s*$/.test(sep)));
    const particle = !capital[i] && joined && (prev.kind === 'name' || prev.kind === 'initial') ? words.particle.exec(text.slice(t.start, t.start + 20)) : null;
    if (particle) {
      const n = particle[0].trim().split(/\s+/).length;
      for (const p of tokens.slice(i, i + n)) run.push({ token: p, kind: 'particle' });
      i += n - 1;
    } else if (capital[i] && joined) run.push({ token: t, kind: kindOf(t) });
    else {
      if (run.length) runs.push(run);
      run = [];
      if (!capital[i]) continue;
      // After an article comes a noun or a title, not a first name: "der Kurs von Sabine Gruber".
      const article = ARTICLES.has(tokens[i - 1]?.text ?? '') && /^\s+$/.test(text.slice(tokens[i - 1]?.end, t.start));
      run = [{ token: t, kind: article ? 'stop' : kindOf(t) }];
    }
  }
  if (run.length) runs.push(run);

  const out: Token[][] = [];
  for (const r of runs) {
    let group: { token: Token; kind: Kind }[] = [];
    const flush = (at: number) => {
      while (group.at(-1)?.kind === 'particle') group.pop();
      while (group[0]?.kind === 'particle') group.shift();
      const names = group.filter((g) => g.kind === 'name').length;
      // "Nicolas LAGASSE", "Rigoberto González Montenegro": a surname in capitals or a place's name ends the run.
      const tail = r[at];
      if (tail && at === r.length - 1 && ((tail.kind === 'caps' && names >= 1) || (tail.kind === 'place' && names >= 2))) group.push(tail);
      // Initials keep their dot: "E. Suleymanova".
      if (group.length) out.push(group.map((g) => (g.kind === 'initial' ? { ...g.token, text: `${g.token.text}.` } : g.token)));
      group = [];
    };
    r.forEach((w, i) => {
      if (w.kind === 'name' || w.kind === 'initial' || w.kind === 'particle') group.push(w);
      else if (group.length) flush(i);
      // A case ending or an apostrophe's suffix closes the name ("Lomjaria’yı Ankara’da").
      if (w.kind === 'name' && (POSSESSIVE.test(w.token.text) || (turkic && TURKIC_GENITIVE.test(w.token.text)))) flush(r.length);
    });
    if (group.length) flush(r.length);
  }
  return out;
}

/** People named in the text; `countries` are the text's own (findCountries), when the caller has them. */
export function findActors(text: string, institutions: InstitutionMention[], language?: string | null, countries: CountryMention[] = findCountries(text, language)): Actor[] {
  const lang = language ?? '';
  const words = wordsFor(lang);
  const { honorific } = words;
  const leads = spansOf(wordMatches(words.lead, text));
  const named = titleSpans(text, words);
  const turkic = lang === 'az' || lang === 'tr';
  // A title that names a body ("Ombudsman Office", "Ombudsman Aparatının") says nothing of the
  // person beside it, nor does a possessive or genitive ("the Ombudsman’s press service",
  // "Ombudsmanın Milli Preventiv Mexanizmi") or a past holder's ("former Ombudsman").
  const personal = (s: Span) =>
    !OFFICE_AFTER.test(text.slice(s.end, s.end + 40)) &&
    !POSSESSED.test(text.slice(s.end, s.end + 3)) &&
    !FORMER.test(text.slice(Math.max(0, s.start - 20), s.start)) &&
    !(turkic && GENITIVE.test(text.slice(s.start, s.end)));
  const titles: Title[] = [
    ...named
      .filter(personal)
      .map((s) => ({ ...s, role: titleText(text, s.start, s.end), office: OFFICE_BEFORE.test(text.slice(Math.max(0, s.start - 30), s.start)) })),
    ...leads.map((s) => ({ ...s, role: null, office: false })),
  ].sort((a, b) => a.start - b.start);
  const segs = segments(text, lang, words, [...named, ...leads], countries);
  const attested = new Set(segs.flatMap((s) => s.map((w) => w.text)));
  // A nationality after the title belongs to it: "su par boliviano, Álvaro Mendoza", "l'ambassadeur français".
  const withoutPlaces = (from: number, to: number) =>
    countries.reduce((gap, c) => (c.index >= from && c.index + c.text.length <= to ? gap.slice(0, c.index - from) + ' '.repeat(c.text.length) + gap.slice(c.index - from + c.text.length) : gap), text.slice(from, to));
  const mentions: Mention[] = [];

  // "Kepala Perwakilan Ombudsman", "Уполномоченный по правам человека (омбудсмен)": titles in a row are one title.
  const chainStart = (t: Title): number => {
    let from = t;
    for (let k = titles.indexOf(t) - 1; k >= 0; k--) {
      const p = titles[k]!;
      if (!p.role || !/^\s*\(?\s*$/.test(text.slice(p.end, from.start))) break;
      from = p;
    }
    return from.start;
  };

  // Whether a title may be a name's: one ending at most MAX_GAP before it (read as the loop below
  // reads them), or one starting at most MAX_FORWARD after it.
  const titleInReach = (start: number, end: number): boolean => {
    for (let k = firstFrom(titles, start) - 1; k >= 0; k--) {
      if (titles[k]!.end > start) continue;
      if (start - titles[k]!.end <= MAX_GAP) return true;
      break;
    }
    const ahead = titles[firstFrom(titles, end)];
    return ahead !== undefined && ahead.start - end <= MAX_FORWARD;
  };

  segs.forEach((seg, n) => {
    const start = seg[0]!.start;
    const end = seg.at(-1)!.end;
    const raw = seg.map((w) => w.text);
    // One word is never a person here, nor another mention's full name.
    if (raw.length < 2) return;
    // "Bürgerbeauftragte von Rheinland-Pfalz Barbara Schleicher-Rothmund": a place after "of".
    const afterOf = raw.length >= 3 && OF_BEFORE.test(text.slice(Math.max(0, start - 12), start));
    const name = baseName(afterOf ? raw.slice(1) : raw, lang, attested, AZ_ACCUSATIVE_BEFORE.test(text.slice(end, end + 12)));
    const inflected = name.at(-1) !== raw.at(-1);
    const full = name.length >= 2 && !name.every(isInitial) && name.length <= 5;
    const mention: Mention = { words: name, start, role: null, from: start, to: end, confirmed: false };
    mentions.push(mention);
    // Without a title in reach or an honorific before it, a name is only another mention of a
    // person named elsewhere (most capitalised runs of a long page).
    if (!titleInReach(start, end) && !honorificBefore(text, start, honorific)) return;
    // Capitalised words followed by "of" and a name, or by a capitalised title, are a body's name:
    // "Oliy Majlis of Uzbekistan", "Ankara Barosu Başkanı".
    // (Only the first title after the name can follow it across white space alone.)
    const following = named[firstFrom(named, end + 1)];
    const titleNext = following !== undefined && personal(following) && /^\s+$/.test(text.slice(end, following.start)) && /\p{Lu}/u.test(text[following.start]!);
    // ... and so are those followed by a body's noun: "Kuzey Kıbrıs Türk Cumhuriyeti".
    const nextWord = /^\s+(\p{Lu}[\p{L}\p{M}]*)/u.exec(text.slice(end, end + 40))?.[1];
    const nextLower = nextWord === undefined ? undefined : turkic ? nextWord.toLocaleLowerCase('tr') : nextWord.toLowerCase();
    const bodyNext = nextLower !== undefined && STOP_STEMS.some((stem) => nextLower.startsWith(stem));
    if (!full || titleNext || bodyNext || OF_NEXT.test(text.slice(end, end + 40))) return;
    // The nearest title this name may belong to ("Regional Representative of the UN Office of the
    // High Commissioner …, Martin Ekberg": the title inside the body's name does not count).
    let before: Title | undefined;
    let back: 'tight' | 'loose' | null = null;
    for (let k = firstFrom(titles, start) - 1; k >= 0 && !back; k--) {
      const t = titles[k]!;
      if (t.end > start) continue;
      if (start - t.end > MAX_GAP) break;
      const gap = text.slice(t.end, start);
      if (t.office && gap.includes(',')) continue;
      back = gapKind(withoutPlaces(t.end, start), honorific);
      if (back) before = t;
      else if (!t.office) break;
    }
    const gap = before ? text.slice(before.end, start) : '';
    // Past another name the title may be that person's ("…, Nils Muižnieks, to Mr Aleksandar Vulin").
    if (back === 'tight' && mentions.some((o) => o.confirmed && o.start > before!.end && o.start < start)) back = 'loose';
    // "Defensor del Pueblo de Santa Fe, Raúl Lamberto": a name after the title's preposition and
    // before another name is the title's place.
    const next = segs[n + 1];
    if (back && /\p{L}/u.test(gap) && next && next.length >= 2 && /^\s*,\s*$/.test(text.slice(end, next[0]!.start))) return;
    // "Sabina Aliyeva, Commissioner …", "Admasu Tsegaye sebagai Duta Besar"; not after a genitive
    // ("Avropa İttifaqının nümayəndələri": the EU's representatives).
    let after: Title | undefined;
    for (let k = firstFrom(titles, end); !inflected && !after && k < titles.length && titles[k]!.start - end <= MAX_FORWARD; k++) {
      if (titles[k]!.role && !titles[k]!.office) after = titles[k];
    }
    const afterGap = after ? text.slice(end, after.start) : '';
    const aheadKind = after && (/^\s*$/.test(afterGap) || APPOSITION.test(afterGap)) ? gapKind(afterGap.replace(APPOSITION, ' '), honorific) : null;
    // After the name, lower-case words only describe the title after an article ("an international development consultant").
    const ahead = aheadKind === 'tight' || (aheadKind === 'loose' && ARTICLE_FIRST.test(afterGap));
    // A title just before is the person's; "led by" names no title, which may follow.
    const own = before && (before.role ? titleText(text, chainStart(before), before.end) : ahead ? after!.role : null);
    if (before && back === 'tight') Object.assign(mention, { role: own, from: chainStart(before), confirmed: true });
    else if (after && ahead) Object.assign(mention, { role: after.role, from: end, to: qualifierEnd(text, after.end), confirmed: true });
    else if (before && back) Object.assign(mention, { role: own, from: chainStart(before), confirmed: true });
    else mention.confirmed = honorificBefore(text, start, honorific);
  });

  for (const m of text.matchAll(ARABIC)) {
    const at = m.index ?? 0;
    const nameAt = at + m[0].length - m[2]!.length;
    const words = m[2]!.split(/\s+/);
    if (!words.some((w) => AR_NON_NAME.has(w))) mentions.push({ words, start: nameAt, role: m[1]!, from: at, to: nameAt, confirmed: true });
  }
  for (const m of text.matchAll(ARABIC_HONORIFIC)) {
    const words = arabicName(m[2]!.split(/\s+/));
    const nameAt = (m.index ?? 0) + m[0].length - m[2]!.length;
    if (words.length >= 2) mentions.push({ words, start: nameAt, role: null, from: m.index ?? 0, to: nameAt, confirmed: true });
  }
  for (const m of text.matchAll(ARABIC_SPEAKER)) {
    const nameAt = (m.index ?? 0) + m[0].indexOf(m[1]!);
    const words = m[1]!.split(/\s+/);
    if (!words.some((w) => AR_NON_NAME.has(w))) mentions.push({ words, start: nameAt, role: m[2]!, from: nameAt, to: (m.index ?? 0) + m[0].length, confirmed: true });
  }
  mentions.sort((a, b) => a.start - b.start);

  // One actor per person: confirmed mentions found the actor; other mentions of the same person
  // count towards the name it is given (the form written most often, then the fullest).
  const people: Mention[][] = [];
  for (const m of mentions.filter((x) => x.confirmed)) {
    const person = people.find((p) => p.some((o) => samePerson(o.words, m.words)));
    if (person) person.push(m);
    else people.push([m]);
  }
  for (const m of mentions.filter((x) => !x.confirmed && x.words.length >= 2)) {
    people.find((p) => p.some((o) => samePerson(o.words, m.words)))?.push(m);
  }
  return people.flatMap((ms) => {
    const forms = ms.filter((m) => !m.words.some(isInitial)).map((m) => m.words.join(' '));
    const count = (f: string) => forms.filter((x) => x === f).length;
    const name = forms.length ? forms.reduce((a, b) => (count(b) > count(a) || (count(b) === count(a) && b.length > a.length) ? b : a)) : ms[0]!.words.join(' ');
    // A city of two words after a name is no second person: "Rahmat Ismail di Kuala Lumpur".
    return isCityName(name) ? [] : [describe(name, ms.find((m) => m.confirmed && m.role) ?? ms[0]!, text, institutions, language)];
  });
}

/** The honorific just before a name: "Ms. Nada Al Nashif", "Mme Claire HÉDON", "г-н Иванов". */
function honorificBefore(text: string, start: number, honorific: RegExp): boolean {
  const before = text.slice(Math.max(0, start - 16), start);
  // The last one, read with exec on the shared regex (matchAll would copy it for every name).
  let found: RegExpExecArray | null = null;
  honorific.lastIndex = 0;
  for (let m = honorific.exec(before); m; m = honorific.exec(before)) found = m;
  return found !== null && /^\s*$/.test(before.slice(found.index + found[0].length));
}

/** A title as written, on one line, its parenthesis closed: "Уполномоченный по правам человека (омбудсмен)". */
function titleText(text: string, from: number, to: number): string {
  const t = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return t.includes('(') && !t.includes(')') ? `${t})` : t;
}

/** Where a title's qualifier ends: "Commissioner for Human Rights of the Republic of Azerbaijan". */
function qualifierEnd(text: string, at: number): number {
  const stop = text.slice(at, at + 70).search(/[,.;\n]/);
  return at + (stop === -1 ? 70 : stop);
}

function describe(name: string, m: Mention, text: string, institutions: InstitutionMention[], language?: string | null): Actor {
  const { from, to } = m;
  // The body or country the title names ("Ambassador of the United States to Georgia": the
  // first), else the one just before it ("Pakistan's Chargé d'Affaires": the last).
  const until = Math.min(from, m.start);
  const lead = Math.max(0, until - 40);
  const inTitle = findCountries(text.slice(from, to), language)[0]?.code;
  const fits = (i: InstitutionMention) => !inTitle || !i.countryCode || i.countryCode === inTitle;
  const named = institutions.find((i) => i.index >= from && i.index < to && fits(i)) ?? institutions.filter((i) => i.index >= lead && i.index < until && fits(i)).at(-1);
  // People of international bodies represent no country ("the UNICEF Representative in Georgia").
  const international = named !== undefined && named.countryCode === null;
  // A country before the title only with nothing between ("Pakistan's Chargé d'Affaires", not "New Zealand's Ombudsman, …, and the President").
  const prior = findCountries(text.slice(lead, until), language).at(-1);
  const adjoining = prior && ADJOINING.test(text.slice(lead + prior.index + prior.text.length, until)) ? prior.code : null;
  const country = international ? null : (inTitle ?? adjoining);
  const role = m.role;
  // The body named in the title, else the country's own ombudsman institution for an ombudsman's title.
  const inst = named ?? (country && role && NHRI.test(role) ? institutions.find((i) => i.kind === 'ombudsman_nhri' && i.countryCode === country) : undefined);
  return { name, role, institution: inst?.name ?? null, countryCode: country ?? inst?.countryCode ?? null };
}
