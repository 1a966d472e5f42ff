import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Chromium and Firefox are both built as Manifest V3, so the background can inject the extractor
// with the same `scripting` API everywhere.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Ombudsman Lens',
    description:
      'Recognises news about ombudsman and human rights institution activity, extracts who met whom, when and where, and keeps clips on your machine.',
    // Firefox closes the popup while asking where to save, so its exports go through the
    // background's downloads API; Chromium downloads from the popup and needs no permission for it.
    permissions: ['storage', 'contextMenus', 'scripting', 'activeTab', ...(browser === 'firefox' ? ['downloads'] : [])],
    // The extractor is injected only into pages the small detector flags, which needs host access.
    host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: 'Ombudsman Lens' },
    // The extractor's regular expressions use inline flag groups such as (?i:…), which arrived in
    // Chrome 125 and Firefox 132.
    minimum_chrome_version: '125',
    commands: {
      'clip-page': {
        suggested_key: { default: 'Alt+Shift+O' },
        description: 'Clip this page',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'ombudsman-lens@example.org',
              strict_min_version: '132.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
