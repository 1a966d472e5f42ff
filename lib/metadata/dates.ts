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

type MonthTable = Record<string, string[][]>;
const MONTH_FORMS: { form: string; month: number }[] = Object.entries(months as unknown as MonthTable)
  .filter(([lang]) => lang !== '$comment')
  .flatMap(([, list]) => list.flatMap((forms, i) => forms.map((form) => ({ form, month: i + 1 }))))
  .sort((a, b) => b.form.length - a.form.length);
const MONTH = `(${MONTH_FORMS.map((m) => m.form).join('|')})\\p{L}*\\.?`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th|-?(?:го|е|я|ci|cü|cı|nci|inci))?';
const YEAR = '((?:19|20)\\d{2})';

const PATTERNS: { re: RegExp; order: 'dmy' | 'mdy' | 'ymd' }[] = [
  { re: /(?<!\d)((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})(?!\d)/gu, order: 'ymd' },
  { re: /(?<![\d.\-/])(\d{1,2})[.\-/](\d{1,2})[.\-/]((?:19|20)\d{2})(?!\d)/gu, order: 'dmy' },
  { re: new RegExp(`(?<![\\p{L}\\d])${DAY}\\s+${MONTH}(?:,?\\s+${YEAR}(?:\\s*(?:y\\.|г\\.|года?|року|il|yıl))?)?(?![\\p{L}\\d])`, 'giu'), order: 'dmy' },
  { re: new RegExp(`(?<![\\p{L}\\d])${MONTH}\\s+${DAY}(?:,?\\s+${YEAR})?(?![\\p{L}\\d:])`, 'giu'), order: 'mdy' },
  { re: new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})\\s+de\\s+${MONTH}(?:\\s+de(?:l)?\\s+${YEAR})?`, 'giu'), order: 'dmy' },
];

function monthOf(word: string): number {
  const w = word.toLowerCase();
  return MONTH_FORMS.find((m) => new RegExp(`^(?:${m.form})`, 'iu').test(w))?.month ?? 0;
}

function valid(year: number | null, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  if (year === null) return true;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** Every date found in the text, in text order. */
export function findDates(text: string): DayMonthYear[] {
  const found: DayMonthYear[] = [];
  for (const { re, order } of PATTERNS) {
    re.lastIndex = 0;
    for (const match of text.matchAll(re)) {
      const m = (i: number) => match[i] ?? '';
      let year: number | null, month: number, day: number;
      if (order === 'ymd') [year, month, day] = [+m(1), +m(2), +m(3)];
      else if (order === 'mdy') [month, day, year] = [monthOf(m(1)), +m(2), m(3) ? +m(3) : null];
      else if (/^\d+$/.test(m(2))) [day, month, year] = [+m(1), +m(2), +m(3)];
      else [day, month, year] = [+m(1), monthOf(m(2)), m(3) ? +m(3) : null];
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
