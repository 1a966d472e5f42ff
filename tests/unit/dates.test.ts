import { describe, expect, it } from 'vitest';
import { findDates, isoDay, isoFromMachineDate } from '../../lib/metadata/dates.ts';
import { resolveEventDate } from '../../lib/facts/event-date.ts';

/** The dates found, as [year, month, day]. */
const ymd = (text: string) => findDates(text).map((d) => [d.year, d.month, d.day]);

describe('findDates', () => {
  it.each([
    ['19-02-2021', [2021, 2, 19]],
    ['15.05.2025', [2025, 5, 15]],
    ['2024-04-19', [2024, 4, 19]],
    ['19 October 2022', [2022, 10, 19]],
    ['October 19, 2022', [2022, 10, 19]],
    ['AUG 22', [null, 8, 22]],
    ['19 oktyabr 2022', [2022, 10, 19]],
    ['15 мая 2025', [2025, 5, 15]],
    ['22 Agustus 2025', [2025, 8, 22]],
    ['12 de marzo de 2024', [2024, 3, 12]],
  ])('reads %s', (text, expected) => {
    expect(ymd(text)).toEqual([expected]);
    const [d] = findDates(`Published: ${text}.`);
    expect(d?.index).toBe('Published: '.length);
    expect(d?.length).toBe(text.length);
  });

  it('finds nothing in "He led 3 delegations"', () => {
    expect(findDates('He led 3 delegations')).toEqual([]);
  });

  it.each(['for 3 decades', 'met 12 mayors', 'Article 15 may apply', '10 novel ideas', 'on 2 marches', 'about 7 junior staff'])(
    'reads no month into ordinary English words: "%s"',
    (text) => {
      expect(findDates(text, 'en')).toEqual([]);
    },
  );

  it('reads month names in the text\'s language', () => {
    expect(findDates('15 may 2025-ci il', 'az')).toMatchObject([{ year: 2025, month: 5, day: 15 }]);
    expect(findDates('15 may 2025', 'en')).toEqual([]);
  });

  it('finds nothing in numbers that are not dates', () => {
    expect(findDates('Room 12, 2024 visitors, 1,200 complaints, 31-13-2024, 30.02.2024, version 2.5.1')).toEqual([]);
  });

  it('reads a date in a sentence, not the numbers around it', () => {
    expect(ymd('On 19 October 2022, 40 ombudspersons from 12 countries met in Baku.')).toEqual([[2022, 10, 19]]);
  });

  it('lists several dates in text order', () => {
    expect(ymd('Signed on 2024-04-19 in Baku; the visit of 12 de marzo de 2024 and the call of AUG 22 followed.')).toEqual([
      [2024, 4, 19],
      [2024, 3, 12],
      [null, 8, 22],
    ]);
  });
});

describe('isoDay and isoFromMachineDate', () => {
  it('pads months and days', () => {
    expect(isoDay(2024, 3, 5)).toBe('2024-03-05');
  });

  it('keeps the page’s own day of a timestamp, whatever its offset', () => {
    expect(isoFromMachineDate('2022-10-19T23:44:00+04:00')).toBe('2022-10-19');
    expect(isoFromMachineDate('Wed, 19 Oct 2022 16:44:00 GMT')).toBe('2022-10-19');
    expect(isoFromMachineDate('not a date')).toBeNull();
    expect(isoFromMachineDate(null)).toBeNull();
  });
});

describe('resolveEventDate', () => {
  const TEXT = 'Ombudsman Sabina Aliyeva received the delegation of the embassy on August 20 to discuss cooperation between the two institutions.';

  it('takes a missing year from the publication date', () => {
    expect(resolveEventDate(TEXT, '2024-08-22')).toBe('2024-08-20');
  });

  it('takes the year before when the day would fall after publication', () => {
    expect(resolveEventDate(TEXT, '2024-01-05')).toBe('2023-08-20');
  });

  it('gives the publication day itself when the event was that day', () => {
    expect(resolveEventDate(TEXT, '2024-08-20')).toBe('2024-08-20');
  });

  it('returns null for a day without a year when there is no publication date', () => {
    expect(resolveEventDate(TEXT, null)).toBeNull();
  });

  it('keeps a full date without a publication date', () => {
    expect(resolveEventDate(TEXT.replace('August 20', 'August 20, 2023'), null)).toBe('2023-08-20');
  });

  it('skips dates after publication (plans) and takes the next one', () => {
    const text = 'The ombudspersons agreed to meet again on 15 March 2025 after the talks they held in Baku on 10 January 2025 about the cooperation plan.';
    expect(resolveEventDate(text, '2025-01-12')).toBe('2025-01-10');
  });

  it('skips dates on short lines (datelines, bylines, counters)', () => {
    expect(resolveEventDate(`19.05.2025\n${TEXT}`, '2025-05-19')).toBe('2024-08-20');
    expect(resolveEventDate('Published 19.05.2025\nViews: 1024\nThe article does not say when it happened at all, only that it did.', '2025-05-19')).toBeNull();
  });
});
