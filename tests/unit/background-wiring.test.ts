// The background entrypoint's wiring, run against WXT's fake browser: the context-menu entry and
// the keyboard shortcut clip the tab they were used in (Chromium cannot be made to fire either
// from a test, so this is where their path to the database is checked).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { JSDOM } from 'jsdom';
import background from '../../entrypoints/background';
import { ClipDatabase } from '../../lib/db/clips.ts';
import { extractFromDocument } from '../../lib/extract.ts';

const PAGE = 'tests/fixtures/pages/seed-002-pakistan-embassy/source.html';
const URL = 'https://apa.az/en/example-page';

/** An event with a trigger, for the APIs WXT's fake browser leaves unimplemented. */
function fakeEvent<A extends unknown[]>() {
  const listeners: ((...args: A) => unknown)[] = [];
  return {
    addListener: (l: (...args: A) => unknown) => void listeners.push(l),
    trigger: (...args: A) => Promise.all(listeners.map((l) => l(...args))),
  };
}

describe('background wiring', () => {
  let menuClicked: ReturnType<typeof fakeEvent<[{ menuItemId: string }, { id?: number }]>>;
  let command: ReturnType<typeof fakeEvent<[string, { id?: number } | undefined]>>;
  let createMenu: ReturnType<typeof vi.fn>;

  beforeEach(async () => {
    fakeBrowser.reset();
    await new ClipDatabase().delete();
    menuClicked = fakeEvent();
    command = fakeEvent();
    createMenu = vi.fn();
    Object.assign(fakeBrowser.contextMenus, { create: createMenu, onClicked: menuClicked });
    Object.assign(fakeBrowser.commands, { onCommand: command });
    Object.assign(fakeBrowser.scripting, {
      executeScript: vi.fn(async () => {
        const doc = new JSDOM(readFileSync(PAGE, 'utf8'), { url: URL }).window.document;
        return [{ frameId: 0, result: extractFromDocument(doc, URL) }];
      }),
    });
    background.main();
  });

  afterEach(async () => {
    await new ClipDatabase().delete();
  });

  it('creates the context-menu entry on install, and a click on it clips the page', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    expect(createMenu).toHaveBeenCalledWith(expect.objectContaining({ id: 'clip-page', contexts: ['page', 'selection'] }));
    const tab = await fakeBrowser.tabs.create({ url: URL });
    await menuClicked.trigger({ menuItemId: 'clip-page' }, tab);
    const clips = await new ClipDatabase().clips.toArray();
    expect(clips.map((c) => c.title)).toEqual(['Azerbaijan, Pakistan hail cooperation between ombudsman institutions']);
    expect(await fakeBrowser.action.getBadgeText({ tabId: tab.id })).toBe('✓');
  });

  it('ignores other menu entries', async () => {
    const tab = await fakeBrowser.tabs.create({ url: URL });
    await menuClicked.trigger({ menuItemId: 'something-else' }, tab);
    expect(await new ClipDatabase().clips.count()).toBe(0);
  });

  it('the keyboard shortcut clips the tab, and again updates the same clip', async () => {
    const tab = await fakeBrowser.tabs.create({ url: URL });
    await command.trigger('clip-page', tab);
    await command.trigger('clip-page', tab);
    expect(await new ClipDatabase().clips.count()).toBe(1);
  });

  it('a page that cannot be read turns the badge into an error with the reason', async () => {
    Object.assign(fakeBrowser.scripting, {
      executeScript: vi.fn(async () => {
        throw new Error('Cannot access contents of the page');
      }),
    });
    const tab = await fakeBrowser.tabs.create({ url: 'chrome://settings' });
    await command.trigger('clip-page', tab);
    expect(await fakeBrowser.action.getBadgeText({ tabId: tab.id })).toBe('!');
    expect(await fakeBrowser.action.getTitle({ tabId: tab.id })).toContain('Cannot access contents of the page');
    expect(await new ClipDatabase().clips.count()).toBe(0);
  });
});
