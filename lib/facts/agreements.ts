import type { Agreement, EventType } from '../types.ts';
import { compileTable, lexicon, termsRegex } from '../lexicon.ts';
import type { Sentence } from '../text/sentences.ts';
import type { InstitutionMention } from './institutions.ts';

const KINDS = compileTable(lexicon.agreementKinds as Record<string, string[]>);
const SIGN = termsRegex(lexicon.signVerbs, 'iu');

/** Documents signed at this event: only when the event is a signing, so an MoU "signed earlier" is not counted. */
export function findAgreements(
  sentences: Sentence[],
  eventType: EventType,
  institutions: InstitutionMention[],
  eventDate: string | null,
): Agreement[] {
  if (eventType !== 'agreement_signing') return [];
  for (const s of sentences) {
    if (!SIGN.test(s.text)) continue;
    const kind = KINDS.find(([, re]) => re.test(s.text));
    KINDS.forEach(([, re]) => (re.lastIndex = 0));
    if (!kind) continue;
    const parties = institutions
      .filter((i) => i.index >= s.index - 400 && i.index <= s.index + s.text.length)
      .map((i) => i.name);
    return [{ kind: kind[0], parties: [...new Set(parties)], date: eventDate }];
  }
  return [];
}
