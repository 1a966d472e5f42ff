import type { StoredClip } from '../lib/db/clips.ts';
import { EVENT_LABELS, countries, safeHref } from './format.ts';
import type { ComponentChildren } from 'preact';

interface Props {
  clip: StoredClip;
  onBack: () => void;
  onDelete: (id: number) => void;
}

function Field({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

const none = <span class="none">—</span>;

export function ClipDetail({ clip, onBack, onDelete }: Props) {
  const href = safeHref(clip.canonicalUrl || clip.url);
  return (
    <article class="detail" data-testid="clip-detail">
      <div class="detail-bar">
        <button type="button" onClick={onBack}>← All clips</button>
        <button type="button" class="danger" onClick={() => onDelete(clip.id)} data-testid="delete-button">Delete</button>
      </div>
      <h2>{clip.title}</h2>
      <p class="summary">{clip.summary}</p>
      <dl>
        <Field label="Outlet">{clip.outlet ?? none}</Field>
        <Field label="Address">{href ? <a href={href} target="_blank" rel="noreferrer noopener">{href}</a> : clip.url}</Field>
        <Field label="Author">{clip.author ?? none}</Field>
        <Field label="Published">{clip.publishedAt ?? none}</Field>
        <Field label="Language">{clip.language}</Field>
        <Field label="Event">{EVENT_LABELS[clip.eventType]}</Field>
        <Field label="Event date">{clip.eventDate ?? none}</Field>
        <Field label="Location">{clip.location ? [clip.location.city, clip.location.countryCode].filter(Boolean).join(', ') : none}</Field>
        <Field label="Participants">{clip.participantCountries.length ? countries(clip.participantCountries) : none}</Field>
        <Field label="Also mentioned">{clip.mentionedCountries.filter((c) => !clip.participantCountries.includes(c)).join(', ') || none}</Field>
        <Field label="Actors">
          {clip.actors.length ? (
            <ul>
              {clip.actors.map((a) => (
                <li key={a.name}>
                  <strong>{a.name}</strong>
                  {[a.role, a.institution, a.countryCode].filter(Boolean).length ? ` — ${[a.role, a.institution, a.countryCode].filter(Boolean).join(', ')}` : ''}
                </li>
              ))}
            </ul>
          ) : none}
        </Field>
        <Field label="Institutions">
          {clip.institutions.length ? (
            <ul>
              {clip.institutions.map((i) => (
                <li key={i.name}>{i.acronym ? `${i.name} (${i.acronym})` : i.name}</li>
              ))}
            </ul>
          ) : none}
        </Field>
        <Field label="Agreements">{clip.agreements.length ? clip.agreements.map((a) => [a.kind, a.parties.join(', ')].filter(Boolean).join(': ')).join('; ') : none}</Field>
        <Field label="Topics">{clip.topics.join(', ') || none}</Field>
        <Field label="Relevance">
          {clip.relevance.isRelevant ? 'relevant' : 'not relevant'} ({clip.relevance.score.toFixed(2)})
          <ul class="reasons">
            {clip.relevance.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </Field>
        <Field label="Quotes">
          {clip.quotes.length ? (
            <ul>
              {clip.quotes.map((q, n) => (
                <li key={n}>“{q.text}”{q.speaker ? ` — ${q.speaker}` : ''}</li>
              ))}
            </ul>
          ) : none}
        </Field>
        <Field label="Clipped">{new Date(clip.clippedAt).toLocaleString()}</Field>
      </dl>
      <details>
        <summary>Article text</summary>
        <p class="text">{clip.text}</p>
      </details>
    </article>
  );
}
