// Calendar dates written out in page text, in the formats news sites use: 19-02-2021,
// 15.05.2025, 2024-04-19, 2024/03/12, "19 October 2022", "October 19, 2022", "AUG 22",
// "the 20th of August", "19 oktyabr 2022", "20. August", "12 مارس 2024", "26 حزيران/يونيو 2026",
// "24 jun 2026", and spans of days
// ("21 to 22 April", "13-15 Mayıs", "Del 3 al 5 de junio"), read as their first day.
import months from '../data/months.json' with { type: 'json' };
import { anchored } from '../terms.ts';

export interface DayMonthYear {
  year: number | null;
  month: number; // 1..12
  day: number;
  index: number; // where in the text the date starts
  length: number;
  /** The last day of a span of days ("11 to 13 August"), whose first day is `day`. */
  lastDay?: number;
}

type MonthTable = Record<string, { capitalized?: boolean; inflection: number; range: string[]; months: string[][] }>;
const TABLE = Object.entries(months as unknown as MonthTable).filter(([lang]) => lang !== '$comment');
type MonthForm = { form: string; month: number; inflection: number; capitalized: boolean };
// Each form as a whole word, with only as many extra letters as its language inflects months by
// ("decades" and "mayors" are not December and May), and with a capital where the language writes
// one ("15 may apply" is not the 15th of May). The regexes are case-insensitive otherwise.
function monthPattern({ form, inflection, capitalized }: MonthForm): string {
  const head = capitalized ? `(?-i:${form[0]!.toUpperCase()})${form.slice(1)}` : form;
  return inflection ? `${head}\\p{L}{0,${inflection}}` : head;
}
// A day with its ordinal ending: 1st, 1er, 1º, 15-го, 1-ci, 3-üncü; before a month also 20. (German).
const ORDINAL = '(?:st|nd|rd|th|er|º|°|-?(?:го|е|я|ci|cü|cı|cu|nci|inci|üncü|ncı|ncü|uncu))?';
const ORDINAL_BEFORE_MONTH = `(?:\\.|${ORDINAL})`;
const DAY = `(\\d{1,2})${ORDINAL}`;
const YEAR = '((?:19|20)\\d{2})';

interface Reader {
  forms: MonthForm[];
  // Numbers only (year-month-day, day-month-year), or a month name after or before the day.
  patterns: { re: RegExp; order: 'ymd' | 'dmy' | 'day-month' | 'month-day' }[];
}

/** The date patterns for the month names of some languages (all of them when none is given). */
function reader(languages: string[] | null): Reader {
  const chosen = TABLE.filter(([lang]) => !languages || languages.includes(lang));
  const forms = chosen
    .flatMap(([, { capitalized = false, inflection, months: list }]) =>
      list.flatMap((names, i) => names.map((form) => ({ form, month: i + 1, inflection, capitalized }))),
    )
    .sort((a, b) => b.form.length - a.form.length);
  const MONTH = `(${forms.map(monthPattern).join('|')})\\.?`;
  const words = [...new Set(chosen.flatMap(([, { range }]) => range))].join('|');
  // The first day of a span and the word or dash that joins it to the last: "21 to ", "3 al ", "13-".
  const FROM = `(?:(\\d{1,2})${ORDINAL_BEFORE_MONTH}\\s*(?:[-–—]|\\s(?:${words})\\s*)\\s*)?`;
  const TO = `(?:\\s*(?:[-–—]|\\s(?:${words})\\s*)\\s*(\\d{1,2})${ORDINAL})?`;
  // A second name of the same month after a slash: "26 حزيران/يونيو 2026".
  const ALSO = '(?:\\s*/\\s*\\p{L}+)?';
  // These dates open with a digit: the lookahead lets V8 skip to digits before it tries the
  // lookbehind, which it would otherwise try at every position of the text.
  const START = '(?=\\d)(?<![\\p{L}\\d.,])';
  return {
    forms,
    patterns: [
      { re: /(?<![\d.\-/])((?:19|20)\d{2})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)(?![.\-/]\d)/gu, order: 'ymd' },
      { re: /(?<![\d.\-/])(\d{1,2})[.\-/](\d{1,2})[.\-/]((?:19|20)\d{2})(?!\d)/gu, order: 'dmy' },
      { re: new RegExp(`${START}${FROM}(\\d{1,2})${ORDINAL_BEFORE_MONTH}\\s+(?:of\\s+)?${MONTH}${ALSO}(?:,?\\s+${YEAR}(?:\\s*(?:y\\.|г\\.|года?|року|il|yıl))?)?(?![\\p{L}\\d])`, 'giu'), order: 'day-month' },
      { re: new RegExp(`(?<![\\p{L}\\d])${MONTH}\\s+${DAY}${TO}(?:,?\\s+${YEAR})?(?![\\p{L}\\d:])`, 'giu'), order: 'month-day' },
      { re: new RegExp(`${START}${FROM}(\\d{1,2})${ORDINAL}\\s+de\\s+${MONTH}(?:\\s+de(?:l)?\\s+${YEAR})?`, 'giu'), order: 'day-month' },
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
  return forms.find((m) => anchored(m.form, 'iu').test(w))?.month ?? 0;
}

function valid(year: number | null, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  if (year === null) return true;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

const ANY_DIGIT = /[0-9\u0660-\u0669\u06F0-\u06F9]/;

/** Arabic-Indic and Persian digits as ASCII digits, one character for one, so offsets stay. */
function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (c) => String(c.charCodeAt(0) & 0xf));
}

/** Every date found in the text, in text order; month names are read in the given language and English. */
export function findDates(text: string, language?: string | null): DayMonthYear[] {
  // Every date has a digit: most of the short lines the metadata stage tries have none.
  if (!ANY_DIGIT.test(text)) return [];
  const { forms, patterns } = readerFor(language);
  const found: DayMonthYear[] = [];
  const input = asciiDigits(text);
  for (const { re, order } of patterns) {
    // exec on the shared regex, not matchAll, which copies it on every call.
    re.lastIndex = 0;
    for (let match = re.exec(input); match; match = re.exec(input)) {
      const m = (i: number) => match[i] ?? '';
      let year: number | null, month: number, day: number;
      let lastDay: number | undefined;
      if (order === 'ymd') {
        // 2024/03/12 and 2024.03.12 are written in full; "2019.1.22" is a version number.
        if (m(2) !== '-' && (m(3).length < 2 || m(4).length < 2)) continue;
        [year, month, day] = [+m(1), +m(3), +m(4)];
      } else if (order === 'dmy') [day, month, year] = [+m(1), +m(2), +m(3)];
      else if (order === 'month-day') {
        [month, day, year] = [monthOf(m(1), forms), +m(2), m(4) ? +m(4) : null];
        if (m(3) && +m(3) > day) lastDay = +m(3);
      } else {
        [day, month, year] = [+m(2), monthOf(m(3), forms), m(4) ? +m(4) : null];
        // A span's first day, when it comes before its last ("27 - 3 May" is no span).
        if (m(1) && +m(1) < day) [day, lastDay] = [+m(1), day];
      }
      if (valid(year, month, day)) found.push({ year, month, day, index: match.index ?? 0, length: match[0].length, ...(lastDay ? { lastDay } : {}) });
    }
  }
  // Overlapping readings of the same words: keep the longest.
  found.sort((a, b) => a.index - b.index || b.length - a.length);
  return found.filter((d, i) => !found.slice(0, i).some((o) => d.index < o.index + o.length));
}

export function isoDay(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * A machine-readable timestamp or date (ISO 8601, RFC 2822, a written date) as YYYY-MM-DD: the
 * calendar day as the publisher wrote it, never moved across time zones by an offset or by the
 * reader's own zone.
 */
export function isoFromMachineDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const v = value.trim();
  const m = v.match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (m) return valid(+m[1]!, +m[2]!, +m[3]!) ? m[0] : null;
  const written = findDates(v).find((d) => d.year !== null);
  if (written) return isoDay(written.year!, written.month, written.day);
  // Compact ISO 8601 ("20221019T1644Z") and whatever else Date.parse reads: the latter without a
  // zone is local time, so its local fields are the day as written.
  const compact = v.match(/^(\d{4})(\d{2})(\d{2})(?:T|$)/);
  if (compact) return valid(+compact[1]!, +compact[2]!, +compact[3]!) ? isoDay(+compact[1]!, +compact[2]!, +compact[3]!) : null;
  if (/(?:Z|GMT|UTC|[+-]\d{2}:?\d{2})\s*$/i.test(v)) return null;
  const t = new Date(v);
  return Number.isNaN(t.getTime()) ? null : isoDay(t.getFullYear(), t.getMonth() + 1, t.getDate());
}
