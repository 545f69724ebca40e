import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import background from '@/entrypoints/background';
import type { ClassifyResponse } from '@/src/messages';

describe('background classification service', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    background.main();
  });
  it('answers posts sent by pages and content scripts with one classification each', async () => {
    const response = (await browser.runtime.sendMessage({ type: 'classify', posts: [{ text: 'Shop now: 20% off!' }, { text: '🔥' }] })) as ClassifyResponse;
    expect(response.classifications.map((c) => c.tag)).toEqual(['promotion', 'unknown']);
  });
  it('leaves messages that are not for it alone', async () => {
    await expect(browser.runtime.sendMessage({ type: 'classify', posts: [{ body: 'no text' }] })).resolves.toBeUndefined();
  });
});
