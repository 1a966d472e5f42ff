import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ClipDatabase } from '@/lib/db/clips';
import { App } from '@/components/App';
import './style.css';

async function targetTab(): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

const root = document.getElementById('app')!;
const db = new ClipDatabase();
const show = (tabId: number | null) => render(<App browser={browser} db={db} tabId={tabId} />, root);
// The library shows at once; the tab the popup acts on follows a round trip to the browser.
show(null);
show(await targetTab());
