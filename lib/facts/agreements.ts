import type { Agreement, EventType } from '../types.ts';
import { compileTable, lexicon, termsRegex } from '../lexicon.ts';
import type { Sentence } from '../text/sentences.ts';
import type { InstitutionMention } from './institutions.ts';

const KINDS = compileTable(lexicon.agreementKinds as Record<string, string[]>);
const SIGN = termsRegex(lexicon.signVerbs, 'iu');

/**
 * Documents signed at this event: only when the event is a signing, so an MoU "signed earlier" is
 * not counted. The sentence that names the document with a signing verb, else (the headline said
 * it was signed) the first that names a document.
 */
export function findAgreements(
  sentences: Sentence[],
  eventType: EventType,
  institutions: InstitutionMention[],
  eventDate: string | null,
): Agreement[] {
  if (eventType !== 'agreement_signing') return [];
  const named = sentences.flatMap((s) => {
    const kind = KINDS.find(([, re]) => re.test(s.text));
    KINDS.forEach(([, re]) => (re.lastIndex = 0));
    return kind ? [{ s, kind: kind[0] }] : [];
  });
  const found = named.find(({ s }) => SIGN.test(s.text)) ?? named[0];
  if (!found) return [];
  const { s, kind } = found;
  const parties = institutions.filter((i) => i.index >= s.index - 400 && i.index <= s.index + s.text.length).map((i) => i.name);
  return [{ kind, parties: [...new Set(parties)], date: eventDate }];
}
