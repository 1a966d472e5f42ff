// Calendar dates written out in page text, in the formats news sites use: 19-02-2021,
// 15.05.2025, 2024-04-19, "19 October 2022", "October 19, 2022", "AUG 22", "19 oktyabr 2022".
import months from '../data/months.json' with { type: 'json' };

export interface DayMonthYear {
  year: number | null;
  month: number; // 1..12
  day: number;
  index: number; // where in the text the date starts
  length: number;
}

type MonthTable = Record<string, { capitalized?: boolean; inflection: number; months: string[][] }>;
const TABLE = Object.entries(months as unknown as MonthTable).filter(([lang]) => lang !== '$comment');
type MonthForm = { form: string; month: number; inflection: number; capitalized: boolean };
// Each form as a whole word, with only as many extra letters as its language inflects months by
// ("decades" and "mayors" are not December and May), and with a capital where the language writes
// one ("15 may apply" is not the 15th of May). The regexes are case-insensitive otherwise.
function monthPattern({ form, inflection, capitalized }: MonthForm): string {
  const head = capitalized ? `(?-i:${form[0]!.toUpperCase()})${form.slice(1)}` : form;
  return inflection ? `${head}\\p{L}{0,${inflection}}` : head;
}
const DAY = '(\\d{1,2})(?:st|nd|rd|th|-?(?:го|е|я|ci|cü|cı|nci|inci))?';
const YEAR = '((?:19|20)\\d{2})';

interface Reader {
  forms: MonthForm[];
  patterns: { re: RegExp; order: 'dmy' | 'mdy' | 'ymd' }[];
}

/** The date patterns for the month names of some languages (all of them when none is given). */
function reader(languages: string[] | null): Reader {
  const forms = TABLE.filter(([lang]) => !languages || languages.includes(lang))
    .flatMap(([, { capitalized = false, inflection, months: list }]) =>
      list.flatMap((names, i) => names.map((form) => ({ form, month: i + 1, inflection, capitalized }))),
    )
    .sort((a, b) => b.form.length - a.form.length);
  const MONTH = `(${forms.map(monthPattern).join('|')})\\.?`;
  return {
    forms,
    patterns: [
      { re: /(?<!\d)((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})(?!\d)/gu, order: 'ymd' },
      { re: /(?<![\d.\-/])(\d{1,2})[.\-/](\d{1,2})[.\-/]((?:19|20)\d{2})(?!\d)/gu, order: 'dmy' },
      { re: new RegExp(`(?<![\\p{L}\\d])${DAY}\\s+${MONTH}(?:,?\\s+${YEAR}(?:\\s*(?:y\\.|г\\.|года?|року|il|yıl))?)?(?![\\p{L}\\d])`, 'giu'), order: 'dmy' },
      { re: new RegExp(`(?<![\\p{L}\\d])${MONTH}\\s+${DAY}(?:,?\\s+${YEAR})?(?![\\p{L}\\d:])`, 'giu'), order: 'mdy' },
      { re: new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})\\s+de\\s+${MONTH}(?:\\s+de(?:l)?\\s+${YEAR})?`, 'giu'), order: 'dmy' },
    ],
  };
}

const readers = new Map<string, Reader>();

/** A text's own language and English (sites in every language use English month names too). */
function readerFor(language?: string | null): Reader {
  const key = language && TABLE.some(([l]) => l === language) ? language : '*';
  let r = readers.get(key);
  if (!r) readers.set(key, (r = reader(key === '*' ? null : [key, 'en'])));
  return r;
}

function monthOf(word: string, forms: MonthForm[]): number {
  const w = word.toLowerCase();
  return forms.find((m) => new RegExp(`^(?:${m.form})`, 'iu').test(w))?.month ?? 0;
}

function valid(year: number | null, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  if (year === null) return true;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** Every date found in the text, in text order; month names are read in the given language and English. */
export function findDates(text: string, language?: string | null): DayMonthYear[] {
  const { forms, patterns } = readerFor(language);
  const found: DayMonthYear[] = [];
  for (const { re, order } of patterns) {
    re.lastIndex = 0;
    for (const match of text.matchAll(re)) {
      const m = (i: number) => match[i] ?? '';
      let year: number | null, month: number, day: number;
      if (order === 'ymd') [year, month, day] = [+m(1), +m(2), +m(3)];
      else if (order === 'mdy') [month, day, year] = [monthOf(m(1), forms), +m(2), m(3) ? +m(3) : null];
      else if (/^\d+$/.test(m(2))) [day, month, year] = [+m(1), +m(2), +m(3)];
      else [day, month, year] = [+m(1), monthOf(m(2), forms), m(3) ? +m(3) : null];
      if (valid(year, month, day)) found.push({ year, month, day, index: match.index ?? 0, length: match[0].length });
    }
  }
  // Overlapping readings of the same words: keep the longest.
  found.sort((a, b) => a.index - b.index || b.length - a.length);
  return found.filter((d, i) => !found.slice(0, i).some((o) => d.index < o.index + o.length));
}

export function isoDay(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A machine-readable timestamp or date (ISO 8601 or RFC 2822) as YYYY-MM-DD, keeping the page's own day. */
export function isoFromMachineDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const m = value.trim().match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (m && valid(+m[1]!, +m[2]!, +m[3]!)) return m[0];
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}
