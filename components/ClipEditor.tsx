import { useState } from 'preact/hooks';
import type { Corrections } from '../lib/db/clips.ts';
import { EVENT_TYPES, type Clip } from '../lib/types.ts';
import { changesFrom, draftOf, type Draft } from './edit.ts';
import { EVENT_LABELS } from './format.ts';

interface Props {
  clip: Clip;
  onSave: (changes: Corrections) => Promise<void>;
  onCancel: () => void;
}

/** The correction form: saves only the fields the user changed, after checking them. */
export function ClipEditor({ clip, onSave, onCancel }: Props) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(clip));
  const [error, setError] = useState<string | null>(null);
  const set = <K extends keyof Draft>(key: K) => (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    setDraft((d) => ({ ...d, [key]: input.type === 'checkbox' ? input.checked : input.value }));
  };

  async function submit(e: Event) {
    e.preventDefault();
    try {
      await onSave(changesFrom(clip, draft));
    } catch (err) {
      setError((err as Error).message);
    }
  }

  return (
    <form class="editor" onSubmit={submit} data-testid="clip-editor">
      <label>Title<input value={draft.title} onInput={set('title')} data-testid="edit-title" /></label>
      <label>Outlet<input value={draft.outlet} onInput={set('outlet')} /></label>
      <label>Author<input value={draft.author} onInput={set('author')} /></label>
      <label>Summary<textarea rows={3} value={draft.summary} onInput={set('summary')} /></label>
      <label class="inline"><input type="checkbox" checked={draft.relevant} onChange={set('relevant')} /> Ombudsman or NHRI activity</label>
      <label>
        Event
        <select value={draft.eventType} onChange={set('eventType')} data-testid="edit-event-type">
          {EVENT_TYPES.map((t) => (
            <option key={t} value={t}>{EVENT_LABELS[t]}</option>
          ))}
        </select>
      </label>
      <label>Event date<input type="date" value={draft.eventDate} onInput={set('eventDate')} data-testid="edit-event-date" /></label>
      <label>Published<input type="date" value={draft.publishedAt} onInput={set('publishedAt')} /></label>
      <label>City<input value={draft.city} onInput={set('city')} /></label>
      <label>Country of the place<input value={draft.country} onInput={set('country')} maxLength={2} placeholder="AZ" /></label>
      <label>Participant countries<input value={draft.participants} onInput={set('participants')} placeholder="AZ, UA" data-testid="edit-participants" /></label>
      <label>
        Actors, one per line: name | role | institution | country
        <textarea rows={4} value={draft.actors} onInput={set('actors')} />
      </label>
      <label>Topics<input value={draft.topics} onInput={set('topics')} placeholder="detention, children" /></label>
      {error ? <p class="message message-error" role="alert" data-testid="edit-error">{error}</p> : null}
      <div class="detail-bar">
        <button type="button" onClick={onCancel}>Cancel</button>
        <button type="submit" class="primary" data-testid="save-corrections">Save corrections</button>
      </div>
    </form>
  );
}
