import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';

describe('test setup', () => {
  it('wxt/browser is the fake browser in unit tests', () => {
    expect(browser.runtime.id).toBe(fakeBrowser.runtime.id);
  });
});
