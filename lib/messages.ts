// The one list of messages between the content script, the background and the popup, with their
// answers. Senders and the background's handler table are both typed from it, so a message that is
// not here cannot be sent or handled.
import type { Clip, EventType } from './types.ts';
import type { QuickScan } from './page/quick-scan.ts';

/** What the extension knows about the page in a tab. */
export interface TabState {
  url: string;
  status: 'unscanned' | 'not-relevant' | 'relevant';
  title?: string;
  eventType?: EventType;
  score?: number;
  reasons?: string[];
  clipId?: number;
}

export interface ExportFile {
  filename: string;
  content: string;
  mime: string;
}

export interface ClipOutcome {
  clip: Clip & { id: number };
  created: boolean;
}

export interface Protocol {
  /** content script -> background: the every-page scan thinks this page may be an ombudsman article. */
  candidateFound: { request: QuickScan; response: TabState };
  /** popup -> background: what is known about this tab. */
  getTabState: { request: { tabId: number }; response: TabState };
  /** popup -> background: extract the page in this tab and save it (or refresh its clip). */
  clipTab: { request: { tabId: number }; response: ClipOutcome };
  /**
   * popup -> background: save an export as a download. Firefox closes the popup when it asks where
   * to save, which revokes a download link made there; the background outlives it.
   */
  saveFile: { request: ExportFile; response: { downloadId: number } };
}

export type MessageType = keyof Protocol;
export type Message = { [K in MessageType]: { type: K; payload: Protocol[K]['request'] } }[MessageType];
/** Errors cross the message channel as values, so the sender can show them to the user. */
export type Reply<K extends MessageType> = { ok: true; value: Protocol[K]['response'] } | { ok: false; error: string };

export interface Sender {
  tab?: { id?: number; url?: string };
}
export type Handlers = { [K in MessageType]: (payload: Protocol[K]['request'], sender: Sender) => Promise<Protocol[K]['response']> };

const TYPES: ReadonlySet<string> = new Set<MessageType>(['candidateFound', 'getTabState', 'clipTab', 'saveFile']);

export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && TYPES.has((value as { type?: unknown }).type as string);
}

/** Runs the handler for a message and wraps its result or error as a Reply. */
export async function dispatch(handlers: Handlers, message: Message, sender: Sender): Promise<Reply<MessageType>> {
  try {
    const handler = handlers[message.type] as (p: unknown, s: Sender) => Promise<unknown>;
    return { ok: true, value: (await handler(message.payload, sender)) as Protocol[MessageType]['response'] };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

interface RuntimeLike {
  sendMessage(message: unknown): Promise<unknown>;
}

/** Sends a message and returns the handler's answer, or throws the handler's error. */
export async function send<K extends MessageType>(runtime: RuntimeLike, type: K, payload: Protocol[K]['request']): Promise<Protocol[K]['response']> {
  const reply = (await runtime.sendMessage({ type, payload })) as Reply<K> | undefined;
  if (!reply) throw new Error('The extension did not answer. Reload the page and try again.');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
