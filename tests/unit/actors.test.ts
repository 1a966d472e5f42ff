import { describe, expect, it } from 'vitest';
import { findActors, wordBounds } from '../../lib/facts/actors.ts';
import { findQuotes } from '../../lib/facts/quotes.ts';
import type { InstitutionMention } from '../../lib/facts/institutions.ts';

const names = (text: string, language: string, institutions: InstitutionMention[] = []) => findActors(text, institutions, language).map((a) => a.name);

describe('findActors', () => {
  it.each([
    ['en', 'The Ombudsman of Latvia, Juris Jansons, received the Ambassador of Canada to Latvia Kati Csaba on Monday.', ['Juris Jansons', 'Kati Csaba']],
    ['en', 'Ms. Ilze Brands Kehris, Assistant Secretary-General for Human Rights, met Mr. Bakhtiyor Mirzaev.', ['Ilze Brands Kehris', 'Bakhtiyor Mirzaev']],
    ['en', 'She held talks with Ursula von der Leyen, President of the European Commission.', ['Ursula von der Leyen']],
    ['az', 'Ombudsman Zəhra Məmmədova Qazaxıstanın İnsan Hüquqları üzrə Müvəkkili Artur Lastayev ilə görüşüb.', ['Zəhra Məmmədova', 'Artur Lastayev']],
    ['az', 'Müvəkkil Zəhra Məmmədovanın Türkiyənin Baş Ombudsmanı Mehmet Akarca ilə görüşü olub.', ['Zəhra Məmmədova', 'Mehmet Akarca']],
    ['tr', "Kamu Başdenetçisi Mehmet Akarca'nın ev sahipliğinde Azerbaycan Ombudsmanı Zehra Memmedova ile görüşme yapıldı.", ['Mehmet Akarca', 'Zehra Memmedova']],
    ['ru', 'Уполномоченный по правам человека в Российской Федерации Ольга Ветрова встретилась с омбудсменом Армении Анной Ганджян.', ['Ольга Ветрова', 'Анна Ганджян']],
    ['ru', 'Переговоры с послом Франции Пьером Дюраном и советником посольства Натальей Кравец прошли в Москве.', ['Пьер Дюран', 'Наталья Кравец']],
    ['uk', 'Уповноважений Верховної Ради України з прав людини Олег Марченко зустрівся з Омбудсманом Грузії Леваном Іоселіані.', ['Олег Марченко', 'Леван Іоселіані']],
    ['uk', 'Уповноважений Верховної Ради України з прав людини Тарас Коваленко провів зустріч з послом Литви Вітаутасом Юнасом.', ['Тарас Коваленко', 'Вітаутас Юнас']],
    ['fr', 'La Médiatrice de la République du Bénin, Mme Aline Houngbo, a reçu M. Pierre LEFÈVRE, président de l’AOMF.', ['Aline Houngbo', 'Pierre LEFÈVRE']],
    ['es', 'El Defensor del Pueblo de Bolivia, Pedro Callisaya, firmó un convenio con la presidenta de la Comisión de Derechos Humanos de México, Rosario Piedra Ibarra.', ['Pedro Callisaya', 'Rosario Piedra Ibarra']],
    ['de', 'Die Volksanwältin Gabriela Schwarz empfing den Botschafter der Ukraine, Vasyl Khymynets, in Wien.', ['Gabriela Schwarz', 'Vasyl Khymynets']],
    ['id', 'Ketua Komnas HAM Atnike Nova Sigiro menerima Duta Besar Norwegia untuk Indonesia Rut Krüger Giverin di Jakarta.', ['Atnike Nova Sigiro', 'Rut Krüger Giverin']],
    ['ar', 'استقبل رئيس المجلس الوطني لحقوق الإنسان، أحمد بن سالم، سفير فرنسا.', ['أحمد بن سالم']],
    // A name after a verb of saying and before its title; words such as في are no name.
    ['ar', 'وقالت مريم الهاشمي، رئيسة الهيئة الوطنية لحقوق الإنسان، إن التعاون مهم. وعرض ممثل المفوضية، أمثلة من المنطقة في هذا الشأن.', ['مريم الهاشمي']],
    // After an honorific the name runs to a small word, a title or punctuation.
    ['ar', 'وقال رئيس الهيئة الدكتور سامي خليل عون في البيان إن الوضع خطير، وشاركت الدكتورة ريم الحسن، عضو اللجنة. وقال السيد عون في كلمته', ['سامي خليل عون', 'ريم الحسن']],
    // A genitive title after a name starts another phrase ("the Ombudsman's activity"), not a body's name.
    ['az', 'Regional Mərkəzin rəhbəri Nicat Əsgərov Ombudsmanın fəaliyyəti barədə məlumat verib.', ['Nicat Əsgərov']],
    // A nationality after the title is part of it; colleagues named together are each a person.
    ['es', 'Participaron la defensora del Pueblo, Lucía Campos, y su par paraguayo, Hernán Ríos Vera.', ['Lucía Campos', 'Hernán Ríos Vera']],
    ['es', 'La Provedora de Justiça de Portugal, Inês Matos Rocha, asumió la presidencia.', ['Inês Matos Rocha']],
    // A body's name after a title is no person: "Ketua Komisi Nasional ...", "Birliğin Yönetim Kurulu üyesi".
    ['id', 'Delegasi bertemu dengan Ketua Komisi Nasional Hak Asasi Manusia Malaysia (SUHAKAM) Rahmat Ismail di Kuala Lumpur.', ['Rahmat Ismail']],
    ['tr', 'Kurumumuz, Birliğin Yönetim Kurulu üyesidir. Başdenetçi Ali Demir konuştu.', ['Ali Demir']],
    // Capitalised words before a body's noun name the body: "Kuzey Kıbrıs Türk Cumhuriyeti", "Türk Dövlətləri Təşkilatı".
    ['tr', "Kamu Başdenetçisi Ali Demir, Kuzey Kıbrıs Türk Cumhuriyeti (KKTC) Ombudsmanı Emine Sarp'ı kabul etti.", ['Ali Demir', 'Emine Sarp']],
    ['az', 'Şuşada Türk Dövlətləri Təşkilatına üzv ölkələrin ombudsmanlarının görüşü keçirilib.', []],
    ['ru', 'Защитник прав человека Армении Карен Петросян избран членом правления сети.', ['Карен Петросян']],
    ['de', 'Volksanwältin Eva Berger sprach zuerst. Ihre Kollegen Jonas Wimmer und Paul Eder forderten mehr Personal.', ['Eva Berger', 'Jonas Wimmer', 'Paul Eder']],
  ])('finds the people beside their titles (%s): %s', (language, text, expected) => {
    expect(names(text, language)).toEqual(expected);
  });

  it('gives Russian names in the oblique cases in their base form', () => {
    const text = 'Омбудсмен Казахстана Ерлан Сагадиев провёл встречу с Акыйкатчы Кыргызской Республики Айгуль Токтосуновой и с заместителем министра Дмитрием Лубинцом.';
    expect(names(text, 'ru')).toEqual(['Ерлан Сагадиев', 'Айгуль Токтосунова', 'Дмитрий Лубинец']);
  });

  it('reads a name after a title with a pronoun suffix in Arabic, and keeps initials when no first name is given', () => {
    expect(names('استقبلت الرئيسة وفدا برئاسة رئيسها محمد الأمين ولد أحمد.', 'ar')).toEqual(['محمد الأمين ولد أحمد']);
    expect(names('Омбудсмен Э.Сулейманова встретилась с послом Австрии. Э.Сулейманова рассказала о работе.', 'ru')).toEqual(['Э. Сулейманова']);
    expect(names('Встреча прошла с омбудсменом Украины Дмитрием Лубинцом и послом Польши Кристофера Холда.', 'ru')).toEqual(['Дмитрий Лубинец', 'Кристофер Холд']);
  });

  it('counts a later mention by surname, initial or suffix as the same person', () => {
    const text =
      'Azerbaijan’s Ombudsman Sabina Aliyeva met the Ambassador of Japan Kenji Wakamiya. S. Aliyeva thanked the guest. Aliyeva noted that Wakamiya had visited the Office.';
    expect(names(text, 'en')).toEqual(['Sabina Aliyeva', 'Kenji Wakamiya']);
    const az = 'Səfir Ceyms Şarp Ombudsmanla görüşüb. Ombudsman səfir Ceyms Şarpı qəbul edib.';
    expect(names(az, 'az')).toEqual(['Ceyms Şarp']);
  });

  it('keeps place names, bodies, authors and people only mentioned out', () => {
    expect(names('Thomas Brandl · Wien, 9. Oktober 2023\nDer Kurs des International Ombudsman Institute fand in Wien statt.', 'de')).toEqual([]);
    expect(names('The UNICEF Regional Director for Europe and Central Asia, Ms. Afshan Khan, attended.', 'en')).toEqual(['Afshan Khan']);
    expect(names('The Human Rights Commissioner of the Oliy Majlis of Uzbekistan, Feruza Nazarova, spoke.', 'en')).toEqual(['Feruza Nazarova']);
    expect(names('She raised the case of Misir Gasimli and Subhan Guliyev, who are detained.', 'en')).toEqual([]);
    expect(names('Ombudsman Aparatının Mətbuat xidmətindən bildirilib.', 'az')).toEqual([]);
    expect(names('Kantor Ombudsman, Rasuna Said, Jakarta Selatan.', 'id')).toEqual([]);
    expect(names('Ombudsman Sabina Aliyeva recalled that former Ombudsman Elmira Suleymanova signed the first agreement.', 'en')).toEqual(['Sabina Aliyeva']);
    expect(names('Омбудсмен Татьяна Москалькова встретилась с экс-омбудсменом Украины Людмилой Денисовой.', 'ru')).toEqual(['Татьяна Москалькова']);
    expect(names('Kamu Başdenetçisi Hasan Yıldırım ile Ankara Barosu Başkanı Av. Mert Aydoğan protokolü imzaladı.', 'tr')).toEqual(['Hasan Yıldırım', 'Mert Aydoğan']);
  });

  it('reads the role, the country and the body from the title', () => {
    const institutions: InstitutionMention[] = [{ name: 'Public Defender of Georgia', acronym: null, kind: 'ombudsman_nhri', countryCode: 'GE', index: 4 }];
    const [degnan] = findActors('The Public Defender of Georgia met the Ambassador of the United States of America to Georgia Kelly Degnan.', institutions, 'en');
    expect(degnan).toEqual({ name: 'Kelly Degnan', role: 'Ambassador', institution: null, countryCode: 'US' });
    const [ekberg] = findActors('Nazarova received the Regional Representative of the UN Office of the High Commissioner for Human Rights (OHCHR) for Central Asia, Martin Ekberg.', [
      { name: 'Office of the UN High Commissioner for Human Rights', acronym: 'OHCHR', kind: 'un', countryCode: null, index: 55 },
    ], 'en');
    expect(ekberg).toMatchObject({ name: 'Martin Ekberg', role: 'Regional Representative', countryCode: null });
  });
});

describe('findQuotes with inflected names', () => {
  it('names the speaker by the surname of the actor', () => {
    const actors = findActors('Ombudsman Tito Rutaremara signed the memorandum.', [], 'en');
    const [quote] = findQuotes('“We have a duty of listening to every citizen of this country,” Rutaremara said.', actors);
    expect(quote?.speaker).toBe('Tito Rutaremara');
    const [ru] = findQuotes('«Мы договорились не политизировать правозащитную сферу в интересах людей», — заявила Москальковой журналистам.', [
      { name: 'Татьяна Москалькова', role: null, institution: null, countryCode: 'RU' },
      { name: 'Дмитрий Лубинец', role: null, institution: null, countryCode: 'UA' },
    ]);
    expect(ru?.speaker).toBe('Татьяна Москалькова');
  });
});

describe('wordBounds', () => {
  it('finds the words the Unicode word regex finds', () => {
    const text =
      "Barbara Schleicher-Rothmund met Malkoç'un, O’Brien and Səbinə Əliyeva; Уполномоченный — Татьяна; " +
      'المفوضية السامية; Nguyễn Thị (e\u0301cole), 𝐁old 𝒜 x-- -y 12 ab3cd. — end';
    const expected = [...text.matchAll(/[\p{L}\p{M}]+(?:[-‐'’][\p{L}\p{M}]+)*/gu)].flatMap((m) => [m.index, m.index + m[0].length]);
    expect(wordBounds(text)).toEqual(expected);
    expect(wordBounds('')).toEqual([]);
  });
});
