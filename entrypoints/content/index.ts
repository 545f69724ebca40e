/**
 * Reads the posts of the page the user scrolls. Small on purpose: adapters
 * and the collector only; no NLP, no storage (the background does those).
 * Runs on the supported platforms; on any other page (a Mastodon instance, a
 * brand's own site) only when the user asks, through activeTab.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Collector } from '@/src/collect/collector';
import type { ContentMessage } from '@/src/messages';
import type { Platform } from '@/src/model/post';
import { adapterFor, SUPPORTED_HOSTS } from '@/src/sites/extract';
import { generic } from '@/src/sites/generic';
import { badgesSetting, disabledSitesSetting } from '@/src/settings';

export default defineContentScript({
  matches: SUPPORTED_HOSTS,
  runAt: 'document_idle',
  // WXT would otherwise announce the script to the page with window.postMessage, waking the page's own message listeners.
  noScriptStartedPostMessage: true,
  main(ctx) {
    // The browser runs this in the same task as the script's injection; everything else waits for idle time.
    ctx.requestIdleCallback(() => void collect(ctx), { timeout: 2000 });
  },
});

async function collect(ctx: ContentScriptContext): Promise<void> {
  const adapter = adapterFor(new URL(location.href), document);
  // A platform the user switched off in the options is not read at all.
  const disabled = await disabledSitesSetting.getValue().catch((): Platform[] => []);
  if (adapter && disabled.includes(adapter.platform)) return;
  // Injected again meanwhile (the user asked for an analysis): WXT invalidated this context, and the newer script reads the page.
  if (ctx.isInvalid) return;
  // The background may be restarting or the extension reloaded: a lost batch is re-read on the next change.
  const send = (message: ContentMessage) => browser.runtime.sendMessage(message).catch(() => undefined);
  const start = () => {
    const url = new URL(location.href);
    const collector = new Collector(document, adapterFor(url, document) ?? generic, send);
    collector.start();
    badgesSetting.getValue().then(
      (on) => collector.showBadges(on),
      () => undefined,
    );
    return collector;
  };
  let collector = start();
  // X and most platforms are single-page apps: a new profile is a new page to read.
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    collector.stop();
    collector = start();
  });
  const unwatch = badgesSetting.watch((on) => collector.showBadges(on));
  ctx.onInvalidated(() => {
    unwatch();
    collector.dispose();
  });
}
