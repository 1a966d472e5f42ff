// The pipeline, page -> clip, shared by the in-page extractor and the command line.
import type { Clip, Extraction } from './types.ts';
import { extractArticle } from './text/article.ts';
import { sentences as splitSentences } from './text/sentences.ts';
import { extractMetadata, readPageSignals } from './metadata/metadata.ts';
import { assessRelevance } from './relevance/relevance.ts';
import { classifyEvent } from './facts/event-type.ts';
import { resolveEventDate } from './facts/event-date.ts';
import { findInstitutions } from './facts/institutions.ts';
import { findActors } from './facts/actors.ts';
import { findCountries } from './facts/countries.ts';
import { findLocation } from './facts/location.ts';
import { findAgreements } from './facts/agreements.ts';
import { findTopics } from './facts/topics.ts';
import { findQuotes } from './facts/quotes.ts';
import { summarize } from './facts/summary.ts';
import { lexicon, termsRegex } from './lexicon.ts';

const PARTICIPATION = termsRegex([...lexicon.nhri, ...lexicon.roles, 'delegation', 'embassy', 'counterpart\\p{L}*', 'делегаци\\p{L}*', 'nümayəndə\\p{L}*', 'heyət\\p{L}*']);

/** Countries whose institutions or officials took part: named in the headline or beside a role or institution. */
function participants(title: string, sentenceTexts: string[], actorCountries: string[], language: string): string[] {
  const codes = new Set(actorCountries);
  for (const c of findCountries(title, language)) codes.add(c.code);
  for (const s of sentenceTexts.slice(0, 6)) {
    for (const c of findCountries(s, language)) {
      const around = s.slice(Math.max(0, c.index - 30), c.index + c.text.length + 45);
      if (PARTICIPATION.test(around)) codes.add(c.code);
      PARTICIPATION.lastIndex = 0;
    }
  }
  return [...codes];
}

/**
 * Reads a document into a clip. The document is used up (the article stage takes it apart): pass a
 * copy, never the live page.
 */
export function extractFromDocument(doc: Document, url: string): Extraction {
  const page = readPageSignals(doc, url);
  const article = extractArticle(doc);
  const meta = extractMetadata(page, article);
  const text = article.text;
  const sentences = splitSentences(text);
  const lead = sentences.slice(0, 3).map((s) => s.text).join(' ');
  const relevance = assessRelevance(meta.title, text);
  const eventType = classifyEvent(meta.title, lead);
  const eventDate = resolveEventDate(text, meta.publishedAt, meta.language);
  // Positions are offsets in the text; bodies named only in the headline are added after.
  const inText = findInstitutions(text, meta.language);
  const institutions = [...inText, ...findInstitutions(meta.title, meta.language).filter((t) => !inText.some((i) => i.name === t.name)).map((i) => ({ ...i, index: -1 }))];
  const actors = findActors(text, institutions, meta.language);
  const mentioned = [...new Set([...findCountries(meta.title, meta.language), ...findCountries(text, meta.language)].map((c) => c.code))];
  const participantCountries = participants(
    meta.title,
    sentences.map((s) => s.text),
    actors.map((a) => a.countryCode).filter((c): c is string => Boolean(c)),
    meta.language,
  ).filter((c) => mentioned.includes(c));
  return {
    ...meta,
    text,
    summary: summarize(sentences, meta.title),
    relevance,
    eventType,
    eventDate,
    location: findLocation(text, eventType, meta.language),
    actors,
    institutions: institutions.map(({ index: _index, ...i }) => i).filter((i, n, all) => all.findIndex((o) => o.name === i.name) === n),
    participantCountries,
    mentionedCountries: mentioned,
    agreements: findAgreements(sentences, eventType, institutions, eventDate),
    topics: findTopics(meta.title, text),
    quotes: findQuotes(text, actors),
  };
}

/** A new clip from an extraction: the user's layer starts empty. */
export function toClip(extraction: Extraction, clippedAt: Date = new Date()): Clip {
  return { ...extraction, tags: [], note: '', clippedAt: clippedAt.toISOString() };
}
