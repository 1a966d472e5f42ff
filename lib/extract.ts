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
import { findParticipants } from './facts/participants.ts';
import { findAgreements } from './facts/agreements.ts';
import { findTopics } from './facts/topics.ts';
import { findQuotes } from './facts/quotes.ts';
import { summarize } from './facts/summary.ts';

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
  const relevance = assessRelevance(meta.title, text);
  const eventType = classifyEvent(meta.title, sentences.map((s) => s.text));
  const eventDate = resolveEventDate(text, meta.publishedAt, meta.language);
  // Found once, used by the stages that look for countries in the whole text.
  const countries = findCountries(text, meta.language);
  // Positions are offsets in the text; bodies named only in the headline are added after.
  const inText = findInstitutions(text, meta.language, countries);
  const institutions = [...inText, ...findInstitutions(meta.title, meta.language).filter((t) => !inText.some((i) => i.name === t.name)).map((i) => ({ ...i, index: -1 }))];
  const actors = findActors(text, institutions, meta.language, countries);
  const location = findLocation(text, eventType, meta.language, meta.title);
  const participantCountries = findParticipants({
    title: meta.title,
    sentences,
    institutions,
    actors,
    language: meta.language,
    eventType,
    url,
    venueCountry: location?.countryCode ?? null,
  });
  // Every country the article names, participants included (a body's home country may go unnamed).
  const mentioned = [...new Set([...findCountries(meta.title, meta.language), ...countries].map((c) => c.code).concat(participantCountries))];
  return {
    ...meta,
    text,
    summary: summarize(sentences, meta.title),
    relevance,
    eventType,
    eventDate,
    location,
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
