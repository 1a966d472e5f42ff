import { useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { CorrectableField, Corrections, StoredClip } from '../lib/db/clips.ts';
import { EVENT_LABELS, countries, safeHref } from './format.ts';
import { ClipEditor } from './ClipEditor.tsx';

interface Props {
  clip: StoredClip;
  onBack: () => void;
  onDelete: (id: number) => void;
  onCorrect: (id: number, changes: Corrections) => Promise<void>;
  onRevert: (id: number, field: CorrectableField) => Promise<void>;
  onAnnotate: (id: number, layer: { tags: string[]; note: string }) => Promise<void>;
}

const none = <span class="none">—</span>;

interface FieldProps {
  label: string;
  children: ComponentChildren;
  field?: CorrectableField;
  corrected?: boolean;
  onRevert?: () => void;
}

/** A labelled value; a corrected one says so and can go back to what was extracted. */
function Field({ label, children, field, corrected, onRevert }: FieldProps) {
  return (
    <>
      <dt>{label}</dt>
      <dd>
        {children}
        {corrected ? (
          <span class="corrected" data-testid={`corrected-${field}`}>
            {' '}✎ corrected{' '}
            <button type="button" class="link" onClick={onRevert} title="Show what was extracted from the page again">
              revert
            </button>
          </span>
        ) : null}
      </dd>
    </>
  );
}

export function ClipDetail({ clip, onBack, onDelete, onCorrect, onRevert, onAnnotate }: Props) {
  const [editing, setEditing] = useState(false);
  const [tags, setTags] = useState(clip.tags.join(', '));
  const [note, setNote] = useState(clip.note);
  const href = safeHref(clip.canonicalUrl || clip.url);

  /** What a correctable field needs to show it was corrected and to undo that. */
  const fix = (field: CorrectableField) => ({ field, corrected: field in clip.corrections, onRevert: () => void onRevert(clip.id, field) });

  if (editing) {
    return (
      <article class="detail" data-testid="clip-detail">
        <h2>Correct the facts</h2>
        <ClipEditor
          clip={clip}
          onCancel={() => setEditing(false)}
          onSave={async (changes) => {
            await onCorrect(clip.id, changes);
            setEditing(false);
          }}
        />
      </article>
    );
  }

  return (
    <article class="detail" data-testid="clip-detail">
      <div class="detail-bar">
        <button type="button" onClick={onBack}>← All clips</button>
        <span>
          <button type="button" onClick={() => setEditing(true)} data-testid="edit-button">Correct…</button>{' '}
          <button type="button" class="danger" onClick={() => onDelete(clip.id)} data-testid="delete-button">Delete</button>
        </span>
      </div>
      <h2>{clip.title}</h2>
      <p class="summary">{clip.summary}</p>
      <dl>
        <Field label="Outlet">{clip.outlet ?? none}</Field>
        <Field label="Address">{href ? <a href={href} target="_blank" rel="noreferrer noopener">{href}</a> : clip.url}</Field>
        <Field label="Author">{clip.author ?? none}</Field>
        <Field label="Published" {...fix('publishedAt')}>{clip.publishedAt ?? none}</Field>
        <Field label="Language">{clip.language}</Field>
        <Field label="Event" {...fix('eventType')}>{EVENT_LABELS[clip.eventType]}</Field>
        <Field label="Event date" {...fix('eventDate')}><span data-testid="detail-event-date">{clip.eventDate ?? none}</span></Field>
        <Field label="Location" {...fix('location')}>{clip.location ? [clip.location.city, clip.location.countryCode].filter(Boolean).join(', ') : none}</Field>
        <Field label="Participants" {...fix('participantCountries')}>{clip.participantCountries.length ? countries(clip.participantCountries) : none}</Field>
        <Field label="Also mentioned">{clip.mentionedCountries.filter((c) => !clip.participantCountries.includes(c)).join(', ') || none}</Field>
        <Field label="Actors" {...fix('actors')}>
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
        <Field label="Relevance" {...fix('relevance')}>
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
      <form
        class="annotate"
        onSubmit={(e) => {
          e.preventDefault();
          void onAnnotate(clip.id, { tags: tags.split(','), note });
        }}
      >
        <label>Tags (comma-separated)<input value={tags} onInput={(e) => setTags(e.currentTarget.value)} data-testid="tags-input" /></label>
        <label>Note<textarea rows={3} value={note} onInput={(e) => setNote(e.currentTarget.value)} data-testid="note-input" /></label>
        <button type="submit" data-testid="save-annotation">Save tags and note</button>
      </form>
      <details>
        <summary>Article text</summary>
        <p class="text">{clip.text}</p>
      </details>
    </article>
  );
}
