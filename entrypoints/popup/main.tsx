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

render(<App browser={browser} db={new ClipDatabase()} tabId={await targetTab()} />, document.getElementById('app')!);
