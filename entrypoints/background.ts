import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { ClipDatabase } from '@/lib/db/clips';
import { createBackground } from '@/lib/background/service';
import { dispatch, isMessage } from '@/lib/messages';
import type { Extraction } from '@/lib/types';

const MENU_ID = 'clip-page';
const COMMAND = 'clip-page';

export default defineBackground(() => {
  const background = createBackground(
    {
      async extract(tabId) {
        const [result] = await browser.scripting.executeScript({ target: { tabId }, files: ['/extractor.js'] });
        if (!result?.result) throw new Error('the extractor returned nothing');
        return result.result as Extraction;
      },
      async setBadge(tabId, { text, color, title }) {
        await Promise.all([
          browser.action.setBadgeText({ tabId, text }),
          browser.action.setBadgeBackgroundColor({ tabId, color }),
          browser.action.setTitle({ tabId, title }),
        ]);
      },
      session: browser.storage.session,
      async tabUrl(tabId) {
        return (await browser.tabs.get(tabId).catch(() => undefined))?.url;
      },
      // Only the Firefox build asks for the downloads permission (see wxt.config.ts).
      saveFile: browser.downloads
        ? async ({ filename, content, mime }) => {
            const url = URL.createObjectURL(new Blob([content], { type: mime }));
            const id = await browser.downloads.download({ url, filename, saveAs: true });
            const release = (delta: { id: number; state?: { current?: string } }) => {
              if (delta.id !== id || delta.state?.current === 'in_progress' || !delta.state) return;
              URL.revokeObjectURL(url);
              browser.downloads.onChanged.removeListener(release);
            };
            browser.downloads.onChanged.addListener(release);
            return id;
          }
        : null,
    },
    new ClipDatabase(),
  );

  browser.runtime.onMessage.addListener((message, sender) => {
    if (!isMessage(message)) return undefined;
    return dispatch(background.handlers, message, sender);
  });

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: 'Clip this page to Ombudsman Lens', contexts: ['page', 'selection'] });
  });
  browser.contextMenus.onClicked.addListener(async (info, tab) => {
    if (info.menuItemId === MENU_ID && tab?.id !== undefined) await background.clipAndReport(tab.id);
  });
  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== COMMAND) return;
    const id = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (id !== undefined) await background.clipAndReport(id);
  });
  browser.tabs.onRemoved.addListener((tabId) => void background.forgetTab(tabId));
});
