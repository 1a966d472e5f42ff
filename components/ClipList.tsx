import type { ClipRow } from '../lib/db/clips.ts';
import { EVENT_LABELS } from './format.ts';

interface Props {
  clips: ClipRow[];
  onOpen: (id: number) => void;
  /** The library has clips, and a search or filter may be hiding them. */
  filtered: boolean;
}

export function ClipList({ clips, onOpen, filtered }: Props) {
  if (!clips.length) {
    return <p class="empty">{filtered ? 'No clip matches this search.' : 'No clips yet. Open an article and press “Clip this page”.'}</p>;
  }
  return (
    <ul class="clips" data-testid="clip-list">
      {clips.map((c) => (
        <li key={c.id} data-testid="clip-row">
          <button type="button" class="row" onClick={() => onOpen(c.id)}>
            <span class="row-title">{c.title || c.canonicalUrl}</span>
            <span class="row-meta">
              {[c.outlet, EVENT_LABELS[c.eventType], c.eventDate ?? c.publishedAt, c.participantCountries.join(' ')].filter(Boolean).join(' · ')}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
