import { describe, expect, it } from 'vitest';
import { findLocation } from '../../lib/facts/location.ts';

const city = (text: string, language = 'en', title = '', type: Parameters<typeof findLocation>[1] = 'meeting') => findLocation(text, type, language, title);

describe('findLocation', () => {
  it('reads the dateline city, in any script and case', () => {
    expect(city('BISHKEK, 3 May – The Ombudsman received a delegation of the Kazakh Human Rights Commissioner.')).toEqual({ city: 'Bishkek', countryCode: 'KG' });
    expect(city('ЕРЕВАН, 12 марта. Защитник прав человека Армении встретился с послом Франции в своём офисе.', 'ru')).toEqual({ city: 'Yerevan', countryCode: 'AM' });
  });

  it('reads an Arabic dateline of place and agency', () => {
    expect(city('القاهرة - أخبار اليوم: استقبل رئيس المجلس القومي لحقوق الإنسان وفدا من المفوضية السامية لبحث التعاون.', 'ar')).toEqual({ city: 'Cairo', countryCode: 'EG' });
  });

  it('places a visit at its destination, not at the dateline it was reported from', () => {
    const lead = 'Jakarta - Komnas HAM melakukan kunjungan kerja ke Bangkok, Thailand, untuk membahas pekerja migran.';
    expect(city(lead, 'id', '', 'visit')).toEqual({ city: 'Bangkok', countryCode: 'TH' });
    expect(city(lead, 'id', '', 'meeting')).toEqual({ city: 'Jakarta', countryCode: 'ID' });
    expect(city("ANKARA (AA) - Kamu Başdenetçisi, çalışma ziyareti için Bakü'ye giderek mevkidaşıyla görüştü.", 'tr', '', 'visit')).toEqual({ city: 'Baku', countryCode: 'AZ' });
    expect(city('KYIV – The Ombudsman paid a working visit to Tbilisi and toured two prisons.', 'en', '', 'visit')).toEqual({ city: 'Tbilisi', countryCode: 'GE' });
  });

  it('knows cities by their other-language names', () => {
    expect(city('Die Volksanwältin hat ihre Amtskollegin im Sitz der Volksanwaltschaft in Bozen empfangen.', 'de')).toEqual({ city: 'Bolzano', countryCode: 'IT' });
    expect(city('Вчера в Комрате омбудсмен провела семинар для сотрудников полиции.', 'ru', '', 'training')).toEqual({ city: 'Comrat', countryCode: 'MD' });
  });

  it('knows the capitals of small states, and not a city inside a country\'s name', () => {
    expect(city('The workshop for the national police was held in Vaduz on Wednesday.')).toEqual({ city: 'Vaduz', countryCode: 'LI' });
    expect(city('The Ombudsman met the commission in Suva to discuss prison visits.')).toEqual({ city: 'Suva', countryCode: 'FJ' });
    expect(city('Делегация омбудсмена прибыла в Приштину для переговоров.', 'ru')?.countryCode).toBe('XK');
    expect(city('The Ombudsman received the delegation of Guinea-Bissau to discuss cooperation.')).toBeNull();
  });

  it('reports an unknown wire-dateline city as written', () => {
    expect(city('ORENBURG, 5 June. The regional ombudsman met a delegation from the neighbouring region today.', 'en')).toEqual({ city: 'Orenburg', countryCode: null });
  });

  it('reads the venue after a preposition, in the languages of the news', () => {
    expect(city('Die Ombudsleute trafen sich am Montag in Salzburg zu einem Erfahrungsaustausch über Haftbedingungen.', 'de')).toEqual({ city: 'Salzburg', countryCode: 'AT' });
    expect(city('Омбудсмены двух стран встретились в Самарканде и обсудили права трудовых мигрантов.', 'ru')).toEqual({ city: 'Samarkand', countryCode: 'UZ' });
    expect(city('La Defensoría organizó un taller en la ciudad de Arequipa para funcionarios municipales.', 'es')).toEqual({ city: 'Arequipa', countryCode: 'PE' });
    expect(city('Le Médiateur a reçu une délégation à Dakar pour parler de la médiation en milieu rural.', 'fr')).toEqual({ city: 'Dakar', countryCode: 'SN' });
    expect(city('Ombudsman RI menggelar pertemuan di Surabaya bersama pemerintah daerah setempat.', 'id')).toEqual({ city: 'Surabaya', countryCode: 'ID' });
    expect(city('Veřejný ochránce práv jednal v Praze se zástupci krajských úřadů o dostupnosti sociálních služeb.', 'cs')).toEqual({ city: 'Prague', countryCode: 'CZ' });
  });

  it('reads Turkish and Azerbaijani locative endings and Arabic "bi-"', () => {
    expect(city("Kamu Başdenetçisi, İzmir'de düzenlenen toplantıda vatandaşların başvurularını dinledi.", 'tr')).toEqual({ city: 'Izmir', countryCode: 'TR' });
    expect(city('Ombudsman bu gün Sumqayıtda vətəndaşları qəbul edib və onların müraciətlərini dinləyib.', 'az')).toEqual({ city: 'Sumgait', countryCode: 'AZ' });
    expect(city('Regional Mərkəz tərəfindən Sumqayıt şəhərində yerləşən müəssisələrin əməkdaşları üçün təlim keçirilib.', 'az', '', 'training')).toEqual({ city: 'Sumgait', countryCode: 'AZ' });
    expect(city('استقبل رئيس المجلس اليوم بمقر المجلس بالدار البيضاء وفدا من المؤسسات الوطنية.', 'ar')).toEqual({ city: 'Casablanca', countryCode: 'MA' });
  });

  it('does not take a city named without a preposition for the venue', () => {
    expect(city('The Ombudsman discussed the Ankara Bar Association’s legal aid scheme with lawyers on Tuesday afternoon.')).toBeNull();
  });

  it('reports a venue the gazetteer does not know as written', () => {
    expect(city('The annual seminar of regional ombudsmen was held in Kutná Hora with forty participants from many regions.', 'en')).toEqual({ city: 'Kutná Hora', countryCode: null });
  });

  it('falls back on a city the headline names', () => {
    expect(city('The meeting of the petitions committee took place at the seat of the ombudsman this Wednesday.', 'en', 'Petitions committee meets in Brno')).toEqual({
      city: 'Brno',
      countryCode: 'CZ',
    });
  });

  it('gives videoconferences and statements no place', () => {
    expect(city('BAKU, 3 May – The Ombudsman held a videoconference with her Turkish counterpart today.', 'en', '', 'videoconference')).toBeNull();
    expect(city('BAKU, 3 May – The Ombudsman issued a statement on the rights of detained persons today.', 'en', '', 'statement')).toBeNull();
  });
});
