/**
 * The background is where classification runs: compromise is far too heavy
 * for a content script. Pages and content scripts send posts; the answer is
 * one classification per post.
 */
import { browser } from 'wxt/browser';
import { classifyPost } from '@/src/classify/classify';
import { isClassifyRequest } from '@/src/messages';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse: (response: unknown) => void) => {
    if (!isClassifyRequest(message)) return false;
    sendResponse({ classifications: message.posts.map((post) => classifyPost(post)) });
    return true;
  });
});
