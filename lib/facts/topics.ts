import type { Topic } from '../types.ts';
import { lexicon, PatternTable, termsAlternation, WORD_END, WORD_START } from '../lexicon.ts';

const NAMES = Object.keys(lexicon.topics) as Exclude<Topic, 'other'>[];
const TOPICS = new PatternTable(NAMES.map((t) => termsAlternation(lexicon.topics[t])), 'iu', WORD_START, WORD_END);

/** Topics the text dwells on: named at least twice, or once in the headline. */
export function findTopics(title: string, text: string): Topic[] {
  const inTitle = TOPICS.matches(title);
  const inText = TOPICS.matches(text);
  return NAMES.filter((_, i) => inTitle[i]!.length * 2 + inText[i]!.length >= 2);
}
