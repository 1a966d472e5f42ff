import { afterEach, describe, expect, it } from 'vitest';
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
    ['2024/03/12', [2024, 3, 12]],
    ['20. August 2024', [2024, 8, 20]],
    ['20th of August 2024', [2024, 8, 20]],
    ['1er mars 2024', [2024, 3, 1]],
    ['1º de julio de 2024', [2024, 7, 1]],
    ['١٢ مارس ٢٠٢٤', [2024, 3, 12]],
    ['12 كانون الثاني 2024', [2024, 1, 12]],
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
    expect(findDates('Room 12, 2024 visitors, 1,200 complaints, 31-13-2024, 30.02.2024, version 2.5.1, release 2019.1.22')).toEqual([]);
  });

  it.each([
    ['en', 'held from 21 to 22 April in Tehran', [null, 4, 21], '21 to 22 April'],
    ['en', 'the forum of May 13–15, 2024 in The Hague', [2024, 5, 13], 'May 13–15, 2024'],
    ['de', 'Am 27. und 28. März 2019 besuchte die Ombudsfrau Wien', [2019, 3, 27], '27. und 28. März 2019'],
    ['de', 'Vom 2. bis 6. Oktober 2023 fand der Kurs statt', [2023, 10, 2], '2. bis 6. Oktober 2023'],
    ['es', 'Del 3 al 5 de junio, la Defensoría desarrolló un taller', [null, 6, 3], '3 al 5 de junio'],
    ['fr', 'le congrès se tient les 14 et 15 novembre à Rabat', [null, 11, 14], '14 et 15 novembre'],
    ['ru', 'С 3 по 5 июня в Татарстане работала делегация', [null, 6, 3], '3 по 5 июня'],
    ['tr', 'heyet 13-15 Mayıs tarihleri arasında Kurumu ziyaret etti', [null, 5, 13], '13-15 Mayıs'],
  ])('reads a span of days as its first day (%s: %s)', (language, text, expected, span) => {
    const [d] = findDates(text, language);
    expect(d && [d.year, d.month, d.day]).toEqual(expected);
    expect(text.slice(d!.index, d!.index + d!.length)).toBe(span);
  });

  it('gives the last day of a span', () => {
    expect(findDates('held from 11 to 13 August 2025', 'en')).toMatchObject([{ day: 11, lastDay: 13 }]);
    expect(findDates('held on August 11-13, 2025', 'en')).toMatchObject([{ day: 11, lastDay: 13 }]);
    expect(findDates('held on 13 August 2025', 'en')[0]?.lastDay).toBeUndefined();
  });

  it('reads abbreviated months in Spanish, French and German, and a month named twice in Arabic', () => {
    expect(findDates('QUITO, 24 jun 2026 (AEN)', 'es')).toMatchObject([{ year: 2026, month: 6, day: 24 }]);
    expect(findDates('Publié le 3 févr. 2026', 'fr')).toMatchObject([{ year: 2026, month: 2, day: 3 }]);
    expect(findDates('Stand: 7. Okt. 2025', 'de')).toMatchObject([{ year: 2025, month: 10, day: 7 }]);
    expect(findDates('بيروت، 26 حزيران/يونيو 2026 - أصدرت الهيئة', 'ar')).toMatchObject([{ year: 2026, month: 6, day: 26 }]);
  });

  it('reads no span backwards: "27 - 3 May" is the 3rd', () => {
    expect(findDates('Resolution 27 - 3 May', 'en')).toMatchObject([{ month: 5, day: 3 }]);
  });

  it('reads the month-first dates of Azerbaijani', () => {
    expect(findDates('Mayın 15-də Bakıda görüş keçirilib', 'az')).toMatchObject([{ year: null, month: 5, day: 15 }]);
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
    expect(isoFromMachineDate('2022-10-19T00:30:00-11:00')).toBe('2022-10-19');
    expect(isoFromMachineDate('Wed, 19 Oct 2022 16:44:00 GMT')).toBe('2022-10-19');
    // Past midnight in Baku is still the evening before in UTC: the publisher wrote the 20th.
    expect(isoFromMachineDate('Thu, 20 Oct 2022 01:00:00 +0400')).toBe('2022-10-20');
    expect(isoFromMachineDate('November 19, 2019, 07:47 PM EST')).toBe('2019-11-19');
    expect(isoFromMachineDate('20221019T1644Z')).toBe('2022-10-19');
    expect(isoFromMachineDate('10/19/2022')).toBe('2022-10-19');
    expect(isoFromMachineDate('2022-02-30T10:00:00Z')).toBeNull();
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

  it('reads a day and month shortly after publication as a plan, not as last year', () => {
    const text = 'The ombudsmen met in Baku and agreed that the next meeting will be held on 20 August in Tbilisi.';
    expect(resolveEventDate(text, '2024-08-10', 'en')).toBeNull();
  });

  it('skips dates after publication (plans) and takes the next one', () => {
    const text = 'The ombudspersons agreed to meet again on 15 March 2025 after the talks they held in Baku on 10 January 2025 about the cooperation plan.';
    expect(resolveEventDate(text, '2025-01-12')).toBe('2025-01-10');
  });

  it('skips dates on short lines (datelines, bylines, counters)', () => {
    expect(resolveEventDate(`19.05.2025\n${TEXT}`, '2025-05-19')).toBe('2024-08-20');
    expect(resolveEventDate('Published 19.05.2025\nViews: 1024\nThe article does not say when it happened at all, only that it did.', '2025-05-19')).toBeNull();
  });

  it('skips dates on timestamp lines of any length', () => {
    const text = "Yayınlanma: 19.05.2026 - 11:03 Güncelleme: 19.05.2026 - 11:40\nKamu Başdenetçisi dün Ankara'da Kırgız heyetini kabul etti.";
    expect(resolveEventDate(text, '2026-05-19', 'tr')).toBe('2026-05-18');
    expect(resolveEventDate('Kamis, 21 Agustus 2025 10:15 WIB Penulis: Redaksi\nKomnas HAM melakukan kunjungan kerja ke Bangkok pada 18–20 Agustus 2025.', '2025-08-21', 'id')).toBe('2025-08-18');
  });

  it('skips dates on byline lines whose parts are set apart by dots or bars', () => {
    // 2026-02-05 is a Thursday.
    const text = 'By Ama Mensah · Thursday, February 5, 2026 · 4 min read\nThe two commissions on Tuesday signed a memorandum of understanding in Accra.';
    expect(resolveEventDate(text, '2026-02-05', 'en')).toBe('2026-02-03');
    expect(resolveEventDate('Bozen · Freitag, 13. März 2026 · von Anna Huber\nDie Volksanwältin hat am Donnerstag ihre Amtskollegin empfangen.', '2026-03-13', 'de')).toBe('2026-03-12');
  });

  it('dates a multi-day event by its first day when the lead opens with its last', () => {
    const text = 'The forum wrapped up three days of talks on Wednesday. The annual meeting was held from 11 to 13 August in Kathmandu.';
    expect(resolveEventDate(text, '2025-08-14', 'en')).toBe('2025-08-11');
    expect(resolveEventDate('The forum closed on Wednesday. It was held on August 11-13 in Kathmandu.', '2025-08-14', 'en')).toBe('2025-08-11');
    // A day outside the span is another event.
    expect(resolveEventDate('The Ombudsman met the Ambassador on Thursday. The forum was held from 11 to 13 August.', '2025-08-15', 'en')).toBe('2025-08-14');
  });

  it('dates an event by the day it began when the lead names the day it closed', () => {
    // 2026-06-24 is a Wednesday, 2025-12-02 a Tuesday, 2024-03-14 a Thursday.
    expect(resolveEventDate('El defensor concluyó este miércoles una visita de trabajo de tres días, que comenzó el lunes con una reunión.', '2026-06-24', 'es')).toBe('2026-06-22');
    expect(resolveEventDate('اختتمت أمس الاثنين أعمال الاجتماع السنوي، الذي انطلقت أعماله يوم الأحد في جيبوتي.', '2025-12-02', 'ar')).toBe('2025-11-30');
    expect(resolveEventDate('Toplantı dün sona erdi. Pazartesi günü başlayan toplantıya beş ülke katıldı.', '2024-03-14', 'tr')).toBe('2024-03-11');
    // A day more than a week before is another event.
    expect(resolveEventDate('The forum closed on 20 March. It began on 2 March with a training.', '2024-03-21', 'en')).toBe('2024-03-20');
  });

  it('does not read "today" in the agency name of an Arabic dateline', () => {
    // 2026-09-14 is a Monday; أخبار اليوم is an outlet, أمس الأحد the day before.
    expect(resolveEventDate('القاهرة - أخبار اليوم: عقد المجلس القومي لحقوق الإنسان أمس الأحد اجتماعا مع وفد المفوضية السامية.', '2026-09-14', 'ar')).toBe('2026-09-13');
  });
});

describe('resolveEventDate: days named relative to publication', () => {
  // 2024-03-14 is a Thursday.
  const PUB = '2024-03-14';
  it.each([
    ['en', 'Yesterday the Ombudsman met the Ambassador of Pakistan in Baku to discuss cooperation.', '2024-03-13'],
    ['en', 'The Ombudsman on Tuesday received the UN Resident Coordinator at her office in Baku.', '2024-03-12'],
    // The Sunday before, though chrono's nearest Sunday is the coming one.
    ['en', 'On Sunday the Ombudsman visited the detention centre for migrants near the border.', '2024-03-10'],
    ['en', 'The ombudsmen of the two countries met two days ago in Tbilisi to sign the plan.', '2024-03-12'],
    ['ru', 'Вчера омбудсмен встретилась с послом Австрии в Баку и обсудила сотрудничество.', '2024-03-13'],
    ['ru', 'В понедельник Уполномоченный провела встречу с делегацией Узбекистана в Москве.', '2024-03-11'],
    ['uk', 'Сьогодні Уповноважений Верховної Ради з прав людини зустрівся з послом Молдови.', '2024-03-14'],
    ['de', 'Gestern hat die Volksanwältin die albanische Ombudsfrau in Wien empfangen.', '2024-03-13'],
    ['de', 'Am Mittwoch empfing die Volksanwaltschaft eine Delegation aus Georgien in Wien.', '2024-03-13'],
    ['fr', 'Hier, la Défenseure des droits a reçu le Médiateur du Maroc à Paris pour un échange.', '2024-03-13'],
    ['fr', 'La Défenseure des droits a rendu public mardi un rapport sur les services publics.', '2024-03-12'],
    ['es', 'Ayer la Defensora del Pueblo recibió a una delegación de Marruecos en Madrid.', '2024-03-13'],
    // "el pasado martes" is the Tuesday before, though chrono reads it forward.
    ['es', 'El Defensor del Pueblo recibió el pasado martes a la embajadora de Chile en su sede.', '2024-03-12'],
    ['id', 'Ombudsman RI menandatangani nota kesepahaman dengan Pemprov Jawa Barat kemarin di Bandung.', '2024-03-13'],
    ['id', 'Pada hari Senin Ketua Ombudsman menerima kunjungan delegasi Ombudsman Thailand di Jakarta.', '2024-03-11'],
    ['ar', 'استقبلت رئيسة المجلس الوطني لحقوق الإنسان أمس وفدا من اللجنة الوطنية الموريتانية بالرباط.', '2024-03-13'],
    ['ar', 'استقبلت رئيسة المجلس الوطني لحقوق الإنسان اليوم الخميس وفدا من اللجنة الموريتانية.', '2024-03-14'],
    ['az', 'Ombudsman Səbinə Əliyeva dünən Türkiyənin Baş Ombudsmanı ilə videokonfrans keçirib.', '2024-03-13'],
    ['az', 'Ombudsman bu gün Gürcüstanın İctimai Müdafiəçisi ilə Bakıda görüşüb və əməkdaşlığı müzakirə edib.', '2024-03-14'],
    // çərşənbə axşamı is Tuesday; çərşənbə alone would be Wednesday.
    ['az', 'Ombudsman çərşənbə axşamı Pakistan səfirliyinin nümayəndələrini qəbul edib və əməkdaşlığı müzakirə edib.', '2024-03-12'],
    ['tr', 'Kamu Başdenetçisi dün Ankara Barosu Başkanı ile iş birliği protokolü imzaladı.', '2024-03-13'],
    ['tr', 'Kamu Başdenetçisi Salı günü Kırgızistan heyetini Ankara’daki Kurum binasında kabul etti.', '2024-03-12'],
    ['tr', 'Kamu Başdenetçisi geçen Perşembe Kırgızistan heyetini Ankara’daki Kurum binasında kabul etti.', '2024-03-07'],
    ['cs', 'Veřejná ochránkyně práv včera přijala delegaci slovenského ombudsmana v Brně.', '2024-03-13'],
  ])('%s: %s', (language, text, expected) => {
    expect(resolveEventDate(text, PUB, language)).toBe(expected);
  });

  it.each([
    ['ar', 'بمناسبة اليوم العالمي لحقوق الإنسان نظم المجلس الوطني ندوة حول حقوق المهاجرين في الرباط.'],
    ['en', 'The ombudsmen met and agreed that next Friday the parties will sign the cooperation plan.'],
    ['en', 'The office was founded ten years ago; last week it opened two regional centres.'],
    ['tr', 'Kurum, pazar yerlerinde denetim yapılacağını açıkladı ve vatandaşların şikâyetlerini dinledi.'],
    ['es', 'La Defensora Ana María Ortega presentó el informe anual ante el Congreso de los Diputados.'],
    ['de', 'Die Volksanwaltschaft legte den Bericht vor; Mo. bis Fr. ist die Hotline erreichbar.'],
  ])('names no day: %s: %s', (language, text) => {
    expect(resolveEventDate(text, PUB, language)).toBeNull();
  });

  it('needs the publication day to resolve a relative day', () => {
    expect(resolveEventDate('Yesterday the Ombudsman met the Ambassador of Pakistan in Baku to discuss cooperation.', null, 'en')).toBeNull();
    expect(resolveEventDate('Ombudsman Səbinə Əliyeva dünən Türkiyənin Baş Ombudsmanı ilə videokonfrans keçirib.', null, 'az')).toBeNull();
  });

  it('takes the written date after a weekday, not the latest such weekday', () => {
    const en = 'On Monday, 12 May 2025, the ombudsmen signed the memorandum in Baku after long talks.';
    expect(resolveEventDate(en, '2025-05-20', 'en')).toBe('2025-05-12');
    const tr = 'Kamu Başdenetçisi Pazartesi, 12 Mayıs 2025 tarihinde Kırgız heyetini Ankara’da kabul etti.';
    expect(resolveEventDate(tr, '2025-05-20', 'tr')).toBe('2025-05-12');
  });
});

describe('resolveEventDate: the lines chrono-node reads', () => {
  // 2024-03-14 is a Thursday. A line of figures and names comes first: only the lines with a word
  // chrono can make a day of go to it, and a day found there keeps its place in the whole text.
  const PUB = '2024-03-14';
  const LEAD = 'Photo: press service. 1,200 views. Tel. +994 12 498 23 73, fax +994 12 498 23 74.\n';
  it.each([
    ['en', 'The two ombudsmen met three days ago in Tbilisi to sign the plan.', '2024-03-11'],
    ['en', 'The Ombudsman visited the camp over the weekend with UNHCR staff.', '2024-03-09'],
    ['en', 'The conference opened on the first of March in Baku with forty delegations.', '2024-03-01'],
    ['es', 'La Defensora firmó el convenio el primero de marzo en Quito con su par de Perú.', '2024-03-01'],
    ['ru', 'Омбудсмены подписали меморандум первого марта в Ташкенте после переговоров.', '2024-03-01'],
    ['uk', 'Уповноважений підписав меморандум першого березня у Києві з колегою з Польщі.', '2024-03-01'],
    ['de', 'Die Volksanwältin empfing vorgestern eine Delegation aus Georgien in Wien.', '2024-03-12'],
    ['fr', 'La Médiatrice a reçu la veille une délégation du Niger à Niamey.', '2024-03-13'],
    ['id', 'Ombudsman RI menerima delegasi Thailand dua hari lalu di Jakarta.', '2024-03-12'],
    ['ar', 'وقع المجلس مذكرة تفاهم مع نظيره الموريتاني منذ يومين في الرباط.', '2024-03-12'],
  ])('%s: %s', (language, line, expected) => {
    const text = `${LEAD}${line}`;
    expect(resolveEventDate(text, PUB, language)).toBe(expected);
  });

  it('reads no day in "weekday" (delivered weekday mornings)', () => {
    const text = 'The news that matters, delivered weekday mornings.\nThe Ombudsman met the Ambassador of Chile on Tuesday in Baku.';
    expect(resolveEventDate(text, PUB, 'en')).toBe('2024-03-12');
  });
});

describe('resolveEventDate: which date is the event’s', () => {
  it('reads a span as its first day', () => {
    const text = 'Del 3 al 5 de junio, la Defensoría del Pueblo desarrolló en Puno un taller de capacitación.';
    expect(resolveEventDate(text, '2024-06-06', 'es')).toBe('2024-06-03');
  });

  it('skips the date of a wire dateline, the report’s day', () => {
    const ru = 'КАЗАНЬ, 6 июня. /Татар-Вести/. С 3 по 5 июня в Татарстане работала делегация омбудсмана Узбекистана.';
    expect(resolveEventDate(ru, '2024-06-06', 'ru')).toBe('2024-06-03');
    const en = 'TASHKENT, March 14 (CAW) – The Ombudsman of Uzbekistan on Tuesday received the OHCHR Regional Representative.';
    expect(resolveEventDate(en, '2024-03-14', 'en')).toBe('2024-03-12');
    const az = 'Gəncə, 14 noyabr, Azər-Press. Ombudsman Aparatının Regional Mərkəzi dünən polis əməkdaşları üçün seminar keçirib.';
    expect(resolveEventDate(az, '2024-11-14', 'az')).toBe('2024-11-13');
  });

  it('keeps a date that opens a sentence, unlike a dateline', () => {
    const text = 'On Monday, 12 May, the Ombudsman received the Ambassador of Morocco to discuss cooperation.';
    expect(resolveEventDate(text, '2025-05-14', 'en')).toBe('2025-05-12');
  });

  it('prefers a recent day to an old one named first (background)', () => {
    const text = 'Following the memorandum signed on 5 May 2019, the ombudsmen met yesterday in Baku to review its implementation.';
    expect(resolveEventDate(text, '2024-03-14', 'en')).toBe('2024-03-13');
  });

  it('keeps a short sentence with a date, unlike a date line', () => {
    expect(resolveEventDate('Intro line of the story here.\nThe meeting took place on 20 May.', '2024-05-22', 'en')).toBe('2024-05-20');
    expect(resolveEventDate('22.08.2024 · Lesezeit: 2 Min.\nDie Volksanwaltschaft hat die Justizanstalt unangekündigt besucht.', '2024-08-22', 'de')).toBeNull();
  });
});

describe('dates do not depend on the reader’s time zone', () => {
  const zones = ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Baku', 'America/Los_Angeles', 'UTC'];
  const saved = process.env.TZ;
  afterEach(() => {
    process.env.TZ = saved;
  });

  it.each(zones)('in %s', (zone) => {
    process.env.TZ = zone;
    // The switch took effect: Kiritimati is UTC+14, Pago Pago UTC-11.
    const offset = { 'Pacific/Kiritimati': -840, 'Pacific/Pago_Pago': 660, UTC: 0 }[zone];
    if (offset !== undefined) expect(new Date(2024, 0, 1).getTimezoneOffset()).toBe(offset);
    expect(isoFromMachineDate('2022-10-19T23:44:00+04:00')).toBe('2022-10-19');
    expect(isoFromMachineDate('Thu, 20 Oct 2022 01:00:00 +0400')).toBe('2022-10-20');
    expect(isoFromMachineDate('November 19, 2019, 07:47 PM EST')).toBe('2019-11-19');
    expect(isoFromMachineDate('10/19/2022 23:30')).toBe('2022-10-19');
    expect(resolveEventDate('Yesterday the Ombudsman met the Ambassador of Pakistan in Baku to discuss cooperation.', '2024-03-01', 'en')).toBe('2024-02-29');
    expect(resolveEventDate('The Ombudsman on Tuesday received the UN Resident Coordinator at her office in Baku.', '2024-01-01', 'en')).toBe('2023-12-26');
    expect(resolveEventDate('Ombudsman Səbinə Əliyeva dünən Türkiyənin Baş Ombudsmanı ilə videokonfrans keçirib.', '2024-01-01', 'az')).toBe('2023-12-31');
  });
});
