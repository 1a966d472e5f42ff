import type { Topic } from '../types.ts';
import { compileTable, lexicon } from '../lexicon.ts';

const TOPICS = compileTable(lexicon.topics as Record<Exclude<Topic, 'other'>, string[]>);

/** Topics the text dwells on: named at least twice, or once in the headline. */
export function findTopics(title: string, text: string): Topic[] {
  return TOPICS.filter(([, re]) => (title.match(re)?.length ?? 0) * 2 + (text.match(re)?.length ?? 0) >= 2).map(([t]) => t);
}
