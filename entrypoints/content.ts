import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { quickScan } from '@/lib/page/quick-scan';
import { send } from '@/lib/messages';

// Runs on every page: only the cheap scan lives here. The full extractor is injected by the
// background into the pages this scan flags.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    const scan = () => {
      try {
        const result = quickScan(document);
        if (result.candidate) send(browser.runtime, 'candidateFound', result).catch(() => undefined);
      } catch {
        // Whatever goes wrong here must not reach the host page.
      }
    };
    ctx.requestIdleCallback(scan, { timeout: 2000 });
    // Single-page sites change articles without a page load.
    ctx.addEventListener(window, 'wxt:locationchange', () => ctx.requestIdleCallback(scan, { timeout: 2000 }));
  },
});
