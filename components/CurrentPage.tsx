import type { TabState } from '../lib/messages.ts';
import { EVENT_LABELS } from './format.ts';

interface Props {
  state: TabState | null;
  busy: boolean;
  message: { kind: 'ok' | 'error'; text: string } | null;
  onClip: () => void;
}

const STATUS_TEXT: Record<TabState['status'], string> = {
  unscanned: 'Not recognised as ombudsman news. You can still clip it.',
  'not-relevant': 'Mentions an ombudsman, but does not read as ombudsman or NHRI activity.',
  relevant: 'Ombudsman or NHRI activity recognised.',
};

export function CurrentPage({ state, busy, message, onClip }: Props) {
  return (
    <section class="current" aria-label="This page">
      {state ? (
        <>
          <p class={`status status-${state.status}`} data-testid="page-status">
            {STATUS_TEXT[state.status]}
            {state.eventType && state.status === 'relevant' ? ` ${EVENT_LABELS[state.eventType]}.` : ''}
          </p>
          {state.title ? <p class="page-title">{state.title}</p> : null}
        </>
      ) : (
        <p class="status">No page to clip in this tab.</p>
      )}
      <button type="button" class="primary" onClick={onClip} disabled={busy || !state} data-testid="clip-button">
        {busy ? 'Clipping…' : state?.clipId ? 'Clip again (update)' : 'Clip this page'}
      </button>
      {message ? (
        <p class={`message message-${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'} data-testid="message">
          {message.text}
        </p>
      ) : null}
    </section>
  );
}
