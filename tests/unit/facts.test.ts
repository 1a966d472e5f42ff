import { describe, expect, it } from 'vitest';
import { findAgreements } from '../../lib/facts/agreements.ts';
import { findQuotes } from '../../lib/facts/quotes.ts';
import { summarize } from '../../lib/facts/summary.ts';
import { sentences } from '../../lib/text/sentences.ts';
import { findCountries } from '../../lib/facts/countries.ts';

const aliyeva = { name: 'Sabina Aliyeva', role: 'Ombudsman', institution: null, countryCode: 'AZ' };

describe('findQuotes', () => {
  it('keeps straight quotes paired after a short quoted phrase', () => {
    const text =
      'Fees for an "unarranged overdraft" were charged between January and May. "The bank has fallen short of what customers can reasonably expect," Aliyeva said.';
    expect(findQuotes(text, [aliyeva])).toEqual([
      { speaker: 'Sabina Aliyeva', text: 'The bank has fallen short of what customers can reasonably expect,' },
    ]);
  });

  it('gives the quote to the only actor on "she said", and to nobody when unsure', () => {
    const quote = '“Armenia continues to mine Azerbaijani territories with the help of subversive groups,” she said.';
    expect(findQuotes(quote, [aliyeva])[0]?.speaker).toBe('Sabina Aliyeva');
    expect(findQuotes(quote, [aliyeva, { ...aliyeva, name: 'Navid Anjum' }])[0]?.speaker).toBeNull();
  });
});

describe('summarize', () => {
  const lead = (text: string) => summarize(sentences(text), 'Headline');

  it.each([
    ['BAKU, AUG 22 – Azerbaijan’s Ombudsman met the chargé d’affaires of Pakistan in her office.', 'Azerbaijan’s Ombudsman met'],
    ['ASTANA, 4 September 2024 – The minister received the ambassador of Portugal at the ministry.', 'The minister received'],
    ['KIGALI – The Ombudsman signed a memorandum with Transparency International Rwanda today.', 'The Ombudsman signed'],
    ['QUITO, 24 jun 2026 (AEN).– El defensor del Pueblo concluyó una visita de trabajo a Ecuador.', 'El defensor del Pueblo'],
    ['LISBOA.– La Provedora de Justiça tomó posesión de la presidencia de la Federación.', 'La Provedora'],
  ])('drops the dateline: %s', (text, start) => {
    expect(lead(text).startsWith(start)).toBe(true);
  });

  it('skips a byline and drops the outlet credit, but keeps a source that is part of the sentence', () => {
    expect(lead('By Tom Ashworth, Football Correspondent · Saturday 9 March 2024\nThe Ombudsman met the delegation of Ukraine in Baku on Monday, Azernews reports.')).toBe(
      'The Ombudsman met the delegation of Ukraine in Baku on Monday.',
    );
    expect(lead('The ambassador presented his credentials to the minister, the ministry’s press service reported.')).toBe(
      'The ambassador presented his credentials to the minister, the ministry’s press service reported.',
    );
  });
});

describe('findCountries', () => {
  it('reads names in the text’s language and English, not another language’s', () => {
    const text = 'S. Aliyeva raised the case of Misir Gasimli with her Ukrainian counterpart.';
    expect(findCountries(text, 'en').map((c) => c.code)).toEqual(['UA']);
    expect(findCountries('Misir və Azərbaycan ombudsmanları görüşüb.', 'az').map((c) => c.code)).toEqual(['EG', 'AZ']);
  });

  it('takes inflected forms for their country, the longest name winning', () => {
    expect(findCountries('Азербайджана и Пакистана', 'ru').map((c) => c.code)).toEqual(['AZ', 'PK']);
    expect(findCountries('Nigeria and Niger', 'en').map((c) => c.code)).toEqual(['NG', 'NE']);
  });

  it('leaves out places that have no ISO code', () => {
    expect(findCountries('Ombudsmen of Northern Cyprus and Hungary attended.', 'en').map((c) => c.code)).toEqual(['HU']);
  });
});

describe('findAgreements', () => {
  const signed = (text: string) => findAgreements(sentences(text), 'agreement_signing', [], null).map((a) => a.kind);
  it.each([
    ['fr', 'Les deux médiateurs ont signé mercredi à Rabat une convention de coopération entre leurs institutions.', 'agreement'],
    ['de', 'Die Bürgerbeauftragte unterzeichnete eine Kooperationsvereinbarung mit dem Ombudsmann Luxemburgs.', 'agreement'],
    ['tr', 'Kamu Başdenetçisi ile Baro Başkanı arasında işbirliği protokolü imzalandı.', 'protocol'],
    ['az', 'Ombudsman və Vəkillər Kollegiyası arasında əməkdaşlıq sazişi imzalanıb.', 'agreement'],
    ['ar', 'وقع المجلس الوطني لحقوق الإنسان مذكرة تفاهم مع الهيئة الوطنية.', 'memorandum of understanding'],
    ['ar', 'وقعت الهيئتان اتفاقية تعاون في مجال الرصد.', 'agreement'],
  ])('names the kind of document signed (%s): %s', (_language, text, kind) => {
    expect(signed(text)).toEqual([kind]);
  });

  it('counts nothing when the event is not a signing', () => {
    expect(findAgreements(sentences('The sides recalled the convention de coopération signed in 2019.'), 'meeting', [], null)).toEqual([]);
  });
});
