import { describe, expect, it } from 'vitest';
import { PatternTable, trieAlternation, wordMatches } from '../../lib/terms.ts';

/** Every match of the source as a global regex with the flags, as index:text. */
const found = (source: string, flags: string, text: string) => [...text.matchAll(new RegExp(source, `g${flags}`))].map((m) => `${m.index}:${m[0]}`);

describe('trieAlternation', () => {
  it('writes a shared beginning once', () => {
    expect(trieAlternation(['ombudsman', 'ombudsperson'])).toBe('ombuds(?:man|person)');
    expect(trieAlternation(['Nigeria', 'Niger', 'Chad'])).toBe('(?:Niger(?:ia|)|Chad)');
  });

  it('keeps quantifiers, classes, escapes and groups with their atom', () => {
    expect(trieAlternation(['omb?udsman', 'omb?udsmen'])).toBe('omb?udsm(?:an|en)');
    expect(trieAlternation(['U\\.S\\.', 'U\\.K\\.'])).toBe('U\\.(?:S\\.|K\\.)');
    expect(trieAlternation(['[iİ]nsan', '[iİ]mza'])).toBe('[iİ](?:nsan|mza)');
    expect(trieAlternation(['(?-i:OHCHR|OIC)x', '(?-i:OHCHR|OIC)y'])).toBe('(?-i:OHCHR|OIC)(?:x|y)');
    expect(trieAlternation(['a\\p{L}*b', 'a\\p{L}*c'])).toBe('a\\p{L}*(?:b|c)');
  });

  it('finds what the flat alternation finds', () => {
    const lists = [
      ['Niger', 'Nigeria', 'Niue', 'Nicaragua', 'Côte d[\'’]Ivoire', 'Congo', 'Democratic Republic of the Congo'],
      ['ab', 'abc', 'abd', 'b', 'bcd'],
      ['omb?udsm[ae]n\\p{L}*', 'ombudsperson', 'омбудсмен', 'defensor\\p{L}* del pueblo'],
    ];
    const text = 'Nigeria and Niger, Niue; Nicaragua, Côte d’Ivoire, the Democratic Republic of the Congo. abcd abd ab bcd ' +
      'Ombudsman, obudsmen, ombudsperson, омбудсмена, Defensora del Pueblo';
    for (const list of lists) {
      for (const flags of ['u', 'iu']) {
        for (const edge of ['', '(?![\\p{L}\\p{N}])']) {
          expect(found(`(?:${trieAlternation(list, flags.includes('i'))})${edge}`, flags, text)).toEqual(found(`(?:${list.join('|')})${edge}`, flags, text));
        }
      }
    }
  });

  it('merges a letter with its capital only where the i flag makes them one', () => {
    expect(trieAlternation(['Ombudsman', 'ombudsperson'], true)).toBe('ombuds(?:man|person)');
    expect(trieAlternation(['Ombudsman', 'ombudsperson'])).toBe('(?:Ombudsman|ombudsperson)');
    // İ lower-cases to two characters (i and a combining dot): it stays as written.
    expect(found(trieAlternation(['İnsan', 'insan'], true), 'iu', 'İnsan insan')).toEqual(['0:İnsan', '6:insan']);
  });
});

describe('PatternTable', () => {
  it('finds each pattern where it matches alone', () => {
    const table = new PatternTable(['human rights commission', 'human rights', 'OIC'], 'iu', '(?<![\\p{L}])', '(?![\\p{L}])');
    const [commission, rights, oic] = table.matches('The Human Rights Commission met the OIC on human rights.');
    expect(commission!.map((m) => m.index)).toEqual([4]);
    expect(rights!.map((m) => m.index)).toEqual([4, 43]);
    expect(oic!.map((m) => m.index)).toEqual([36]);
  });
});

describe('wordMatches', () => {
  it('skips matches inside a word', () => {
    expect(wordMatches(/(?:man|ombudsman)(?![\p{L}])/giu, 'ombudsman man batman').map((m) => m.index)).toEqual([0, 10]);
  });
});
