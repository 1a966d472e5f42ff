export interface Sentence {
  text: string;
  index: number; // offset in the source text
}

// Abbreviations that end with a period without ending a sentence (Mr. Shkolnikov, S. Aliyeva).
const NO_BREAK_BEFORE = /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|No|Nr|Art|Sen|Rep|Gen|Col|Hon|Jr|vs|etc|г|ул|т\.е)|(?<![\p{L}])\p{Lu})\.$/u;

/** Splits text into sentences at . ! ? and line ends, keeping offsets. */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const re = /[.!?。]+["»”’)]*\s+|\n+/gu;
  for (const m of text.matchAll(re)) {
    const end = (m.index ?? 0) + m[0].length;
    const chunk = text.slice(start, end);
    if (m[0][0] !== '\n' && NO_BREAK_BEFORE.test(chunk.trimEnd())) continue;
    if (chunk.trim()) out.push({ text: chunk.trim(), index: start + (chunk.length - chunk.trimStart().length) });
    start = end;
  }
  const rest = text.slice(start);
  if (rest.trim()) out.push({ text: rest.trim(), index: start + (rest.length - rest.trimStart().length) });
  return out;
}
