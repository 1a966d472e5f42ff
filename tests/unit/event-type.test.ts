import { describe, expect, it } from 'vitest';
import { classifyEvent as classify } from '../../lib/facts/event-type.ts';
import { sentences } from '../../lib/text/sentences.ts';

const classifyEvent = (title: string, text: string) => classify(title, sentences(text).map((s) => s.text));

describe('classifyEvent', () => {
  it.each([
    // meeting: talks, receiving a visitor or a delegation at one's office
    ['meeting', 'en', 'Ombudsman meets the Ambassador of Japan', 'The Ombudsman met the Ambassador and discussed cooperation.'],
    ['meeting', 'id', 'Ombudsman Terima Kunjungan Delegasi Kenya', 'Ombudsman RI menerima kunjungan delegasi Kenya di kantornya.'],
    ['meeting', 'ru', 'Омбудсмен встретилась с послом Австрии', 'В ходе встречи стороны обсудили сотрудничество.'],
    ['meeting', 'fr', 'La Défenseure des droits rencontre son homologue belge', 'Les deux institutions se sont entretenues à Paris.'],
    ['meeting', 'cs', 'Ochránce jednal s petičním výborem', 'Na jednání se členové výboru seznámili s činností ombudsmana.'],
    ['meeting', 'ar', 'رئيسة المجلس تستقبل سفير اليابان', 'وتناول اللقاء سبل تعزيز التعاون.'],
    // visit: a trip with a programme, a monitoring visit
    ['visit', 'en', 'Ombudsman on an official visit to Georgia', 'The delegation paid a working visit to Tbilisi and toured a prison.'],
    ['visit', 'de', 'Volksanwaltschaft besucht Justizanstalt', 'Die Kommission führte einen unangekündigten Kontrollbesuch durch.'],
    ['visit', 'tr', 'Kırgız heyeti Kurumumuzda incelemelerde bulundu', 'Heyet 13-15 Mayıs tarihlerinde çalışma ziyaretinde bulundu.'],
    ['visit', 'uk', 'Омбудсман відвідав колонію у Житомирі', 'Під час візиту він перевірив умови тримання засуджених.'],
    // videoconference
    ['videoconference', 'az', 'Ombudsman Türkiyə həmkarı ilə videokonfrans keçirib', 'Videokonfrans formatında görüşdə əməkdaşlıq müzakirə edilib.'],
    ['videoconference', 'es', 'Defensores del pueblo se reúnen por videoconferencia', 'La reunión virtual abordó la situación de los migrantes.'],
    ['videoconference', 'en', 'Ombudsmen discuss cooperation', 'An online meeting was held between the two ombudsmen.'],
    // agreement_signing
    ['agreement_signing', 'tr', 'KDK ile Baro arasında iş birliği protokolü imzalandı', 'Protokol dün törenle imzalandı.'],
    ['agreement_signing', 'id', 'Ombudsman dan Pemprov Jabar teken nota kesepahaman', 'Kedua pihak menandatangani nota kesepahaman di Bandung.'],
    ['agreement_signing', 'es', 'Defensoría y Procuraduría suscriben convenio marco', 'Ambas instituciones suscribieron un convenio de cooperación.'],
    ['agreement_signing', 'en', 'Ombudsman and Danish Ombudsman sign cooperation MoU', 'The institutions signed a Memorandum of Understanding.'],
    ['agreement_signing', 'ru', 'Омбудсмены подписали меморандум о сотрудничестве', 'Документ подписан в Исламабаде.'],
    ['agreement_signing', 'cs', 'Ochránce podepsal memorandum o spolupráci', 'Memorandum podepsali oba ombudsmani.'],
    // conference: assemblies, forums, board meetings, a speech to one
    ['conference', 'tr', 'Başdenetçi Asya Ombudsman Birliği Genel Kurulunda konuştu', 'Genel Kurul Bangkok’ta toplandı.'],
    ['conference', 'fr', 'Rabat accueille le congrès de l’AOMF', 'Des délégations participent au congrès.'],
    ['conference', 'en', 'AOA Board of Directors meeting held in Tehran', 'The annual Board of Directors meeting discussed the budget.'],
    ['conference', 'ru', 'Омбудсмен выступила на международной конференции', 'Конференция прошла в Москве.'],
    // statement: appeals, reports, letters, interviews, a press conference
    ['statement', 'uk', 'Омбудсман звернувся до МКЧХ', 'У зверненні омбудсман закликав забезпечити доступ до полонених.'],
    ['statement', 'fr', 'La Défenseure des droits publie un rapport', 'Dans un rapport publié mardi, elle alerte sur la dématérialisation.'],
    ['statement', 'id', 'Komnas HAM desak pengusutan kekerasan', 'Pernyataan itu disampaikan dalam konferensi pers.'],
    ['statement', 'az', 'Ombudsmandan AÇIQLAMA', 'Ombudsman bəyanat yayıb.'],
    ['statement', 'de', 'Volksanwalt kritisiert Haftbedingungen', 'In einer Stellungnahme fordert er mehr Personal.'],
    // training
    ['training', 'az', 'Ombudsman Aparatı polis əməkdaşları üçün seminar keçirib', 'Seminarda işgəncənin qarşısının alınması müzakirə edilib.'],
    ['training', 'de', 'Ombudsleute aus zwölf Ländern bilden sich in Wien fort', 'Die Schulung dauerte drei Tage.'],
    ['training', 'es', 'Defensoría capacita a funcionarios', 'El taller de capacitación se realizó en Puno.'],
    // other: taking up a seat or a presidency in an association
    ['other', 'en', 'Public Defender joins IOI Board of Directors', 'The Public Defender started fulfilling the duties of a member of the Board.'],
    ['other', 'es', 'La Defensoría asume la presidencia de la FIO', 'La defensora asumió la presidencia de la Federación.'],
    ['other', 'az', 'Ombudsman AOA-nın vitse-prezidenti vəzifəsinin icrasına başlayıb', 'O, Baş Assambleyada seçilmişdi.'],
    ['other', 'tr', 'Kurum, Ombudsmanlar Birliği dönem başkanlığını devraldı', 'Başdenetçi bir açıklama yaparak önceliklerini anlattı.'],
    ['other', 'en', 'Commission assumes the rotating presidency of the network', 'The chair issued a statement on its priorities.'],
    ['other', 'en', 'Public Defender elected to the ENNHRI Board', 'The Public Defender was elected at the General Assembly held in Brussels.'],
    ['conference', 'ar', 'اختتام اجتماع المجلس التنفيذي لرابطة أمناء المظالم', 'اختتمت أمس أعمال الاجتماع السنوي للمجلس التنفيذي للرابطة بحضور أعضائه.'],
  ])('%s (%s): %s', (type, _lang, title, lead) => {
    expect(classifyEvent(title, lead)).toBe(type);
  });

  it('does not count an agreement signed earlier as the event', () => {
    expect(
      classifyEvent(
        'Ombudsman discusses cooperation with the Ambassador of Pakistan',
        'During the meeting the sides discussed cooperation. They noted that the Memorandum of Understanding signed in 2018 had helped.',
      ),
    ).toBe('meeting');
  });

  it('keeps a statement a statement when it mentions an online meeting held that day', () => {
    expect(classifyEvent('Ombudsmandan AÇIQLAMA', 'Ombudsman bəyanat yayıb. Bu gün Avropa İttifaqı ilə onlayn görüşümüz olub.')).toBe('statement');
  });

  it('does not take "in the course of" for a training course', () => {
    expect(classifyEvent('Ombudsman meets UN officials', 'In the course of the meeting the Ombudsman spoke about prisons.')).toBe('meeting');
  });

  it('reads a press conference as a statement, not a conference', () => {
    expect(classifyEvent('Ombudsman holds press conference on prison deaths', 'The Ombudsman told a press conference that five detainees died.')).toBe('statement');
  });

  it('reads a received delegation on a working visit with a programme as a visit', () => {
    const lead = 'The Ombudsman received the delegation of the Kyrgyz Akyikatchy in Baku. The guests visited the Alley of Honour and toured the Office.';
    expect(classifyEvent('Ombudsman receives Kyrgyz delegation', lead)).toBe('meeting');
    expect(classifyEvent('Ombudsman receives Kyrgyz delegation', `${lead} The delegation is in Azerbaijan on a working visit until Friday.`)).toBe('visit');
    expect(classifyEvent('Омбудсмен приняла делегацию Кыргызстана', 'Омбудсмен приняла делегацию Акыйкатчы в Баку. Гости посетили Аллею почетного захоронения. Делегация находится в стране с официальным визитом.')).toBe('visit');
  });

  it('reads a meeting of a board of directors as a conference, whatever the headline calls it', () => {
    expect(classifyEvent('Visit of the European Ombudsmen', 'The Office hosted a meeting of the regional directors of the institute. The board discussed its budget.')).toBe('conference');
    expect(classifyEvent('Visita de los defensores', 'La Defensoría acogió la reunión del consejo directivo de la federación.')).toBe('conference');
  });

  it('skips a fragment such as "Date:" at the top of the text when it looks for the lede', () => {
    const lead = 'The Ombudsman took part in the annual conference in Vienna. Ministers met on the margins.';
    expect(classifyEvent('Ombudsman meets ministers', `Date:\n${lead}`)).toBe('conference');
    expect(classifyEvent('Ombudsman meets ministers', `Date: 12 May 2024, Vienna\n${lead}`)).toBe('meeting');
  });

  it('does not take a parliament for an assembly of ombudsmen', () => {
    const lead = 'La defensora presentó ayer el informe anual de labores ante el plenario de la Asamblea Legislativa.';
    expect(classifyEvent('Defensoría: las quejas por salud se disparan', lead)).toBe('statement');
    expect(classifyEvent('Asamblea de la FIO en Lima', 'La asamblea general de la federación se reunió en Lima.')).toBe('conference');
  });

  it('falls back to other when nothing names the kind of event', () => {
    expect(classifyEvent('Ombudsman', 'The office is open on weekdays.')).toBe('other');
  });
});
