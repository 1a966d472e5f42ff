// The correction form's text <-> corrections: only changed fields, only well-formed values.
import { describe, expect, it } from 'vitest';
import { changesFrom, draftOf, parseActors } from '../../components/edit.ts';
import { makeClip } from './factories.ts';

describe('correction form', () => {
  const clip = makeClip({ eventDate: '2022-11-29', location: null, participantCountries: ['AZ', 'UA'] });

  it('an untouched form changes nothing', () => {
    expect(changesFrom(clip, draftOf(clip))).toEqual({});
  });

  it('gives only the fields the user changed, normalised', () => {
    const draft = { ...draftOf(clip), eventDate: '2022-11-28', participants: 'az; ua tr', city: ' Baku ', country: 'az' };
    expect(changesFrom(clip, draft)).toEqual({
      eventDate: '2022-11-28',
      participantCountries: ['AZ', 'UA', 'TR'],
      location: { city: 'Baku', countryCode: 'AZ' },
    });
  });

  it('an emptied field is a correction to "none"', () => {
    expect(changesFrom(clip, { ...draftOf(clip), eventDate: '', author: ' ' })).toEqual({ eventDate: null, author: null });
  });

  it('reads topics from the schema’s list', () => {
    expect(changesFrom(clip, { ...draftOf(clip), topics: 'detention children detention' })).toEqual({ topics: ['detention', 'children'] });
  });

  it('marks the clip not relevant without losing the reasons', () => {
    const changes = changesFrom(clip, { ...draftOf(clip), relevant: false });
    expect(changes.relevance).toEqual({ ...clip.relevance, isRelevant: false });
  });

  it('refuses what is not well formed, saying what to fix', () => {
    expect(() => changesFrom(clip, { ...draftOf(clip), participants: 'Azerbaijan' })).toThrow(/Participants: "Azerbaijan" is not a two-letter country code/);
    expect(() => changesFrom(clip, { ...draftOf(clip), eventDate: '29.11.2022' })).toThrow(/Event date/);
    expect(() => changesFrom(clip, { ...draftOf(clip), title: '  ' })).toThrow(/title cannot be empty/);
    expect(() => changesFrom(clip, { ...draftOf(clip), topics: 'detention, weather' })).toThrow(/Topics: "weather"/);
  });

  it('reads actors one per line, name | role | institution | country', () => {
    expect(parseActors('Sabina Aliyeva | Ombudsperson | | az\n\nDmytro Lubinets')).toEqual([
      { name: 'Sabina Aliyeva', role: 'Ombudsperson', institution: null, countryCode: 'AZ' },
      { name: 'Dmytro Lubinets', role: null, institution: null, countryCode: null },
    ]);
    expect(() => parseActors('X Y | role | inst | Ukraine')).toThrow(/line 1/);
    // The form shows actors the way it reads them back.
    expect(parseActors(draftOf(clip).actors)).toEqual(clip.actors);
  });
});
