import { useState } from 'preact/hooks';
import type { ClipQuery } from '../lib/db/clips.ts';
import { EVENT_TYPES, type EventType } from '../lib/types.ts';
import { EVENT_LABELS } from './format.ts';

interface Props {
  query: ClipQuery;
  onChange: (query: ClipQuery) => void;
}

/** Search words and filters by event type, participant country and tag. */
export function SearchBar({ query, onChange }: Props) {
  const set = (patch: Partial<ClipQuery>) => onChange({ ...query, ...patch });
  // The country box filters once it holds a whole code; what is typed before that stays visible.
  const [country, setCountry] = useState(query.country ?? '');
  return (
    <div class="search" role="search">
      <input
        type="search"
        placeholder="Search titles, people, institutions, tags…"
        value={query.text ?? ''}
        onInput={(e) => set({ text: e.currentTarget.value })}
        aria-label="Search clips"
        data-testid="search"
      />
      <select value={query.eventType ?? ''} onChange={(e) => set({ eventType: (e.currentTarget.value || undefined) as EventType | undefined })} aria-label="Event type" data-testid="filter-event-type">
        <option value="">Any event</option>
        {EVENT_TYPES.map((t) => (
          <option key={t} value={t}>{EVENT_LABELS[t]}</option>
        ))}
      </select>
      <input
        class="country-filter"
        value={country}
        maxLength={2}
        placeholder="Country"
        aria-label="Participant country (two-letter code)"
        onInput={(e) => {
          const v = e.currentTarget.value.trim().toUpperCase();
          setCountry(v);
          set({ country: /^[A-Z]{2}$/.test(v) ? v : undefined });
        }}
        data-testid="filter-country"
      />
      <input
        class="tag-filter"
        value={query.tag ?? ''}
        placeholder="Tag"
        aria-label="Tag"
        onInput={(e) => set({ tag: e.currentTarget.value.trim() || undefined })}
        data-testid="filter-tag"
      />
    </div>
  );
}
