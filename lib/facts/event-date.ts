import { findDates, isoDay } from '../metadata/dates.ts';

/**
 * The day the event happened: a date the text gives for it, with a missing year taken from the
 * publication date (the latest such day not after publication). Never the publication day by default.
 */
export function resolveEventDate(text: string, publishedAt: string | null, language?: string | null): string | null {
  const pub = publishedAt ? new Date(`${publishedAt}T00:00:00Z`) : null;
  for (const d of findDates(text, language)) {
    if (inShortLine(text, d.index)) continue;
    let year = d.year;
    if (year === null) {
      if (!pub) continue;
      year = pub.getUTCFullYear();
      if (Date.UTC(year, d.month - 1, d.day) > pub.getTime()) year -= 1;
    }
    const iso = isoDay(year, d.month, d.day);
    // Dates after publication are plans, not the reported event.
    if (pub && new Date(`${iso}T00:00:00Z`) > pub) continue;
    return iso;
  }
  return null;
}

/** Dates on short lines are datelines, bylines and counters: the page's dates, not the event's. */
function inShortLine(text: string, index: number): boolean {
  const start = text.lastIndexOf('\n', index) + 1;
  const end = text.indexOf('\n', index);
  const line = text.slice(start, end === -1 ? undefined : end);
  return line.split(/\s+/).length < 8;
}
