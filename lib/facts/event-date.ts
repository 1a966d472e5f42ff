// The day the reported event happened, resolved against the publication day: written dates
// ("20 August", "13-15 Mayıs"), days named relative to publication ("yesterday", "dünən", "on
// Tuesday", "اليوم الثلاثاء"). chrono-node reads the relative days of the languages it knows; the
// others (Azerbaijani, Turkish, Czech) are read from lib/data/relative-days.json. Written dates are
// read by findDates for every language: its month tables know case and inflection ("Article 15 may
// apply" is no date, "mayın 15-i" is).
import * as ar from 'chrono-node/ar';
import * as de from 'chrono-node/de';
import * as en from 'chrono-node/en';
import * as es from 'chrono-node/es';
import * as fr from 'chrono-node/fr';
import * as id from 'chrono-node/id';
import * as ru from 'chrono-node/ru';
import * as uk from 'chrono-node/uk';
import relativeDays from '../data/relative-days.json' with { type: 'json' };
import { escapeRegex, nextWordMatch, termsScanner } from '../lexicon.ts';
import { findDates, isoDay } from '../metadata/dates.ts';
import { readDateline } from '../text/dateline.ts';

const CHRONO: Record<string, en.Chrono> = {
  ar: ar.casual,
  de: de.casual,
  en: en.casual,
  es: es.casual,
  fr: fr.casual,
  id: id.casual,
  ru: ru.casual,
  uk: uk.casual,
};

const DAY_MS = 86_400_000;

/** A day named in the text, as a UTC midnight timestamp. */
interface Mention {
  index: number;
  length: number;
  day: number;
  /** A weekday by itself: a written date right after it ("Monday, 12 May") says the same, better. */
  weekday: boolean;
  /** The last day of a span of days ("from 11 to 13 August"). */
  last?: number;
}

// A day and month without a year up to two months after publication is a plan ("the next meeting
// will be held on 20 August"), not last year's event.
const PLAN_HORIZON = 60 * DAY_MS;

/** Dates written out; a missing year is the latest that puts the day not after publication. */
function writtenDates(text: string, pub: number | null, language?: string | null): Mention[] {
  const out: Mention[] = [];
  for (const d of findDates(text, language)) {
    let year = d.year;
    if (year === null) {
      if (pub === null) continue;
      year = new Date(pub).getUTCFullYear();
      const thisYear = Date.UTC(year, d.month - 1, d.day);
      if (thisYear > pub && thisYear - pub > PLAN_HORIZON) year -= 1;
    }
    const last = d.lastDay ? { last: Date.UTC(year, d.month - 1, d.lastDay) } : {};
    out.push({ index: d.index, length: d.length, day: Date.UTC(year, d.month - 1, d.day), weekday: false, ...last });
  }
  return out;
}

/** The latest given weekday (0 Sunday) up to publication, or before it when the text says "last". */
function latestWeekday(pub: number, weekday: number, last: boolean): number {
  const back = (new Date(pub).getUTCDay() - weekday + 7) % 7;
  return pub - (back === 0 && last ? 7 : back) * DAY_MS;
}

// The lines chrono-node could make a day of (relative-days.json chronoWords): chrono runs a dozen
// parsers and as many refiners over everything it is given, and a news text's other lines (numbers,
// times, months with a day in figures, which findDates reads) only cost it time.
const CHRONO_LINE = new Map(Object.entries(relativeDays.chronoWords as Record<string, string[]>).map(([language, words]) => [language, termsScanner(words)]));

/** The lines of the text with a word the scanner (termsScanner) finds, joined, with where each starts in the text. */
function linesWith(text: string, re: RegExp): { kept: string; starts: { at: number; from: number }[] } {
  const parts: string[] = [];
  const starts: { at: number; from: number }[] = [];
  let at = 0;
  // On from each kept line's end: one word is enough.
  for (let m = nextWordMatch(re, text, 0); m; ) {
    const from = text.lastIndexOf('\n', m.index) + 1;
    const end = text.indexOf('\n', m.index);
    const line = text.slice(from, end === -1 ? undefined : end);
    starts.push({ at, from });
    parts.push(line);
    at += line.length + 1;
    m = end === -1 ? null : nextWordMatch(re, text, end);
  }
  return { kept: parts.join('\n'), starts };
}

/** Relative days and weekdays as chrono-node reads them in the languages it knows. */
function chronoDays(text: string, pub: number, language: string): Mention[] {
  const chrono = CHRONO[language];
  const lineTest = CHRONO_LINE.get(language);
  if (!chrono || !lineTest) return [];
  const { kept, starts } = linesWith(text, lineTest);
  if (!kept) return [];
  // chrono works in local calendar fields: the publication day at local noon in, fields out, so
  // the reader's time zone never moves a day.
  const p = new Date(pub);
  const ref = new Date(p.getUTCFullYear(), p.getUTCMonth(), p.getUTCDate(), 12);
  const out: Mention[] = [];
  for (const r of chrono.parse(kept, ref)) {
    // chrono's word edges are ASCII ones ("Mar" of "María" is a Tuesday to it).
    if (/\p{L}$/u.test(kept.slice(0, r.index)) || /^\p{L}/u.test(kept.slice(r.index + r.text.length))) continue;
    const line = starts.findLast((s) => s.at <= r.index)!;
    const index = line.from + r.index - line.at;
    const s = r.start;
    const tags = r.tags();
    const at = Date.UTC(s.get('year')!, s.get('month')! - 1, s.get('day')!);
    const mention = { index, length: r.text.length, day: at, weekday: false };
    if (s.isCertain('weekday') && !s.isCertain('day')) {
      // Abbreviations ("Mo", "Sun", "mar") are too often other words.
      if (!/\p{L}{4}/u.test(r.text)) continue;
      // A bare weekday is the latest such day up to publication (chrono takes the nearest, or the
      // coming one after "este"); one a week or more ahead was "next" week's, a plan.
      const ahead = Math.round((at - pub) / DAY_MS);
      if (ahead >= 7) continue;
      out.push({ ...mention, day: ahead <= 0 ? at : at - 7 * DAY_MS, weekday: true });
    } else if (tags.has('casualReference/today') || tags.has('casualReference/yesterday')) {
      out.push(mention);
    } else if (tags.has('result/relativeDate')) {
      // "two days ago" fixes a weekday; "last week" and "ten years ago" name no day.
      if (s.isCertain('weekday')) out.push(mention);
    } else if (![...tags].some((t) => !t.startsWith('parser/')) && s.isCertain('day') && !s.isCertain('hour') && !/\d/.test(r.text)) {
      out.push(mention); // "vorgestern", "позавчера", "last night"
    }
  }
  return out;
}

// "began on Monday", "comenzó el lunes", "انطلقت أعماله يوم الأحد", "Pazartesi günü başlayan": a word
// that opens the event, a few words before the day (after it in Turkish and Azerbaijani).
const START_BEFORE = new RegExp(`(?<![\\p{L}])(?:${relativeDays.eventStart.before.join('|')})(?:\\s+[\\p{L}]+){0,2}\\s+$`, 'iu');
const START_AFTER = new RegExp(`^(?:\\s+[\\p{L}]+)?\\s+(?:${relativeDays.eventStart.after.join('|')})(?![\\p{L}])`, 'iu');
// How far before the day first named an opening day may lie (a week-long event).
const START_WINDOW = 7 * DAY_MS;

type RelativeTable = { capitalizedWeekdays?: boolean; days: Record<string, string[]>; weekdays: string[][]; last: string[] };
const wordsRegex = (forms: string[]) => forms.map((f) => escapeRegex(f).replace(/ /g, '\\s+')).join('|');
const capitalized = (form: string) => `(?-i:${escapeRegex(form[0]!)})${escapeRegex(form.slice(1)).replace(/ /g, '\\s+')}`;
const edge = (body: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'giu');

/** A table's words as regexes, compiled once: the days by their offset, the weekdays Sunday first. */
interface RelativeWords {
  days: [offset: number, re: RegExp][];
  weekdays: RegExp[];
}
const TABLES = new Map(
  Object.entries(relativeDays.tables as Record<string, RelativeTable>).map(([language, table]): [string, RelativeWords] => {
    const last = `(?:(${wordsRegex(table.last)})\\s+)?`;
    return [
      language,
      {
        days: Object.entries(table.days).map(([offset, forms]) => [Number(offset), edge(wordsRegex(forms))]),
        weekdays: table.weekdays.map((forms) => edge(`${last}(?:${table.capitalizedWeekdays ? forms.map(capitalized).join('|') : wordsRegex(forms)})`)),
      },
    ];
  }),
);
const NOT_DAYS = new Map(Object.entries(relativeDays.notDays as Record<string, string[]>).map(([language, list]) => [language, list.map((re) => new RegExp(re, 'gu'))]));

/** Relative days and weekdays of the languages chrono-node does not know, from the data table. */
function tableDays(text: string, pub: number, language: string): Mention[] {
  const table = TABLES.get(language);
  if (!table) return [];
  const out: Mention[] = [];
  for (const [offset, re] of table.days) {
    for (const m of text.matchAll(re)) out.push({ index: m.index, length: m[0].length, day: pub + offset * DAY_MS, weekday: false });
  }
  table.weekdays.forEach((re, weekday) => {
    for (const m of text.matchAll(re)) {
      out.push({ index: m.index, length: m[0].length, day: latestWeekday(pub, weekday, Boolean(m[1])), weekday: true });
    }
  });
  return out;
}

/**
 * The day the event happened: the first day the text names for it, resolved against the
 * publication day. Never the publication day by default: an undated report gives null.
 */
export function resolveEventDate(text: string, publishedAt: string | null, language?: string | null): string | null {
  const pub = publishedAt ? Date.parse(`${publishedAt}T00:00:00Z`) : null;
  const found = [...writtenDates(text, pub, language)];
  if (pub !== null && language) {
    const notDays = (NOT_DAYS.get(language) ?? []).flatMap((re) => [...text.matchAll(re)]);
    const isDay = (m: Mention) => !notDays.some((n) => m.index >= n.index && m.index < n.index + n[0].length);
    found.push(...[...chronoDays(text, pub, language), ...tableDays(text, pub, language)].filter(isDay));
  }
  // Overlapping readings of the same words: the one that starts first, then the longest.
  found.sort((a, b) => a.index - b.index || b.length - a.length);
  const mentions = found.filter((d, i) => !found.slice(0, i).some((o) => d.index < o.index + o.length));
  const days = mentions.filter((m, i) => {
    const next = mentions[i + 1];
    if (m.weekday && next && !next.weekday && /^[\s,(]*$/.test(text.slice(m.index + m.length, next.index))) return false;
    // Days after publication are plans, not the reported event.
    return !inShortLine(text, m.index) && !inDateline(text, m) && (pub === null || m.day <= pub);
  });
  // News reports recent events: a day more than a year old that comes first is background (the
  // MoU of 2019) when a recent one follows.
  const named = (pub !== null && days.find((m) => pub - m.day <= 366 * DAY_MS)) || days[0];
  if (!named) return null;
  // A lead may open with a multi-day event's last day ("wrapped up on Wednesday"); the event is
  // dated by its first, which a span of days gives ("held from 11 to 13 August") or a day the
  // event began on ("which started on Monday").
  const opened = (m: Mention) =>
    m.day < named.day && named.day - m.day <= START_WINDOW &&
    (START_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)) || START_AFTER.test(text.slice(m.index + m.length, m.index + m.length + 30)));
  const day = days.find((m) => m.last !== undefined && m.day <= named.day && named.day <= m.last) ?? days.find(opened) ?? named;
  const d = new Date(day.day);
  return isoDay(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

function lineAround(text: string, index: number): { line: string; start: number } {
  const start = text.lastIndexOf('\n', index - 1) + 1;
  const end = text.indexOf('\n', index);
  return { line: text.slice(start, end === -1 ? undefined : end), start };
}

// A clock time or parts set apart by dots or bars mark a line as the page's timestamp or byline:
// "Yayınlanma: 19.05.2026 - 11:03 Güncelleme: …", "By Esi Appiah · Thursday, February 5, 2026 · 4 min read".
const CLOCK = /(?<!\d)(?:[01]?\d|2[0-3]):[0-5]\d(?!\d)/;

/**
 * Dates on short lines that are not sentences are datelines, bylines and counters, and so are dates
 * on timestamp and byline lines of any length: the page's dates, not the event's ("The meeting was
 * held on 20 May." is a sentence).
 */
function inShortLine(text: string, index: number): boolean {
  const { line } = lineAround(text, index);
  const parts = /[·|•]/u.test(line);
  const sentence = /[.!?…]["»”’)]*$/u.test(line.trim()) && !parts;
  return !sentence && (line.trim().split(/\s+/).length < 8 || CLOCK.test(line) || parts);
}

/** The date of a wire dateline opening the lead ("BAKU, AUG 22 –", "КАЗАНЬ, 6 июня. /Татар-Вести/."): the report's day. */
function inDateline(text: string, m: Mention): boolean {
  const { line, start } = lineAround(text, m.index);
  const at = m.index - start;
  if (at < (readDateline(line)?.length ?? 0)) return true;
  const date = line.slice(at, at + m.length);
  return /^\s*\p{Lu}[\p{L}\p{M}'’ -]{0,30},\s*$/u.test(line.slice(0, at)) && (date.endsWith('.') || /^\s*[.(/–—-]/u.test(line.slice(at + m.length)));
}
