import { describe, expect, it, vi } from 'vitest';
import { dispatch, isMessage, send, type Handlers, type Message, type Reply, type TabState } from '../../lib/messages.ts';

const state: TabState = { url: 'https://news.example/a', status: 'relevant', title: 'Ombudsman meets counterpart' };

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  return {
    candidateFound: async () => state,
    getTabState: async ({ tabId }) => ({ url: `https://news.example/tab-${tabId}`, status: 'unscanned' }),
    clipTab: async () => {
      throw new Error('not expected in this test');
    },
    saveFile: async () => ({ downloadId: 1 }),
    ...overrides,
  };
}

describe('isMessage', () => {
  it.each([
    { type: 'candidateFound', payload: { candidate: true, hits: ['ombudsman'] } },
    { type: 'getTabState', payload: { tabId: 1 } },
    { type: 'clipTab', payload: { tabId: 1 } },
    { type: 'saveFile', payload: { filename: 'a.csv', content: 'x', mime: 'text/csv' } },
  ])('accepts $type', (message) => {
    expect(isMessage(message)).toBe(true);
  });

  it.each([
    ['an unknown type', { type: 'deleteEverything', payload: {} }],
    ['a type in another case', { type: 'cliptab', payload: { tabId: 1 } }],
    ['an inherited property name', { type: 'toString' }],
    ['a type that is not a string', { type: ['clipTab'] }],
    ['an object without a type', { payload: { tabId: 1 } }],
    ['null', null],
    ['undefined', undefined],
    ['a string', 'clipTab'],
    ['a number', 42],
  ])('rejects %s', (_label, value) => {
    expect(isMessage(value)).toBe(false);
  });
});

describe('dispatch', () => {
  it('runs the handler for the type with the payload and the sender, and wraps its answer', async () => {
    const getTabState = vi.fn<Handlers['getTabState']>(async ({ tabId }) => ({ url: `https://news.example/${tabId}`, status: 'not-relevant' }));
    const sender = { tab: { id: 7, url: 'https://news.example/7' } };
    const reply = await dispatch(handlers({ getTabState }), { type: 'getTabState', payload: { tabId: 7 } }, sender);
    expect(reply).toEqual({ ok: true, value: { url: 'https://news.example/7', status: 'not-relevant' } });
    expect(getTabState).toHaveBeenCalledWith({ tabId: 7 }, sender);
  });

  it('turns a thrown error into { ok: false, error }', async () => {
    const reply = await dispatch(
      handlers({ clipTab: async () => Promise.reject(new Error('The browser has no room left for clips.')) }),
      { type: 'clipTab', payload: { tabId: 3 } },
      {},
    );
    expect(reply).toEqual({ ok: false, error: 'The browser has no room left for clips.' });
  });

  it('turns a thrown non-Error into a string error', async () => {
    const reply = await dispatch(
      handlers({
        candidateFound: () => {
          throw 'no tab';
        },
      }),
      { type: 'candidateFound', payload: { candidate: true, hits: [] } },
      {},
    );
    expect(reply).toEqual({ ok: false, error: 'no tab' });
  });
});

describe('send', () => {
  function runtimeAnswering(answer: unknown) {
    const sent: unknown[] = [];
    return { sent, runtime: { sendMessage: async (message: unknown) => (sent.push(message), answer) } };
  }

  it('sends { type, payload } and returns the value of an ok reply', async () => {
    const { sent, runtime } = runtimeAnswering({ ok: true, value: state } satisfies Reply<'getTabState'>);
    await expect(send(runtime, 'getTabState', { tabId: 5 })).resolves.toEqual(state);
    expect(sent).toEqual([{ type: 'getTabState', payload: { tabId: 5 } }]);
  });

  it("throws the handler's error message", async () => {
    const { runtime } = runtimeAnswering({ ok: false, error: 'This page cannot be read (no access).' });
    await expect(send(runtime, 'clipTab', { tabId: 5 })).rejects.toThrow('This page cannot be read (no access).');
  });

  it('throws a clear error when the runtime answers nothing', async () => {
    const { runtime } = runtimeAnswering(undefined);
    const error = await send(runtime, 'clipTab', { tabId: 5 }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/did not answer/i);
  });

  it('round-trips through dispatch, errors included', async () => {
    const table = handlers({ clipTab: async () => Promise.reject(new Error('quota')) });
    const runtime = {
      sendMessage: async (message: unknown) => (isMessage(message) ? dispatch(table, message as Message, { tab: { id: 1 } }) : undefined),
    };
    await expect(send(runtime, 'candidateFound', { candidate: true, hits: ['ombudsman'] })).resolves.toEqual(state);
    await expect(send(runtime, 'clipTab', { tabId: 1 })).rejects.toThrow('quota');
  });
});
