/**
 * A busy brand page for measuring what the content script costs its host:
 * it adds posts in batches while it scrolls, and records long tasks.
 */
export const HOST_URL = 'https://x.com/hostbrand';

export interface LongTask {
  duration: number;
  /** ms after navigation start */
  at: number;
}

/**
 * How the page grows: about what X adds per scroll, at 250 posts a second.
 * Bigger batches make the page's own tasks (parsing, layout) approach 50 ms
 * by themselves, and the test would measure the machine, not the extension.
 */
export const GROWTH = { posts: 10, everyMs: 40 };

export function hostPage(posts: number, batch = GROWTH.posts, intervalMs = GROWTH.everyMs): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>Host Brand (@hostbrand) / X</title></head><body><main id="feed"></main>
<script>
  window.__longTasks = [];
  new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.__longTasks.push({ duration: Math.round(entry.duration), at: Math.round(entry.startTime) }); }).observe({ type: 'longtask', buffered: true });
  let added = 0;
  const tweet = (i) => '<article data-testid="tweet"><div data-testid="User-Name"><a href="/hostbrand">Host Brand</a><a href="/hostbrand/status/19042150076020' + String(i).padStart(5, '0') + '"><time datetime="2025-03-24T16:53:31.000Z">Mar 24</time></a></div><div data-testid="tweetText" lang="en">Post ' + i + ': our new store opens on Saturday. Shop now and save 20%! What do you think? https://example.org/' + i + '</div><div role="group" aria-label="' + i + ' replies, 3 reposts, 12 likes"></div></article>';
  const timer = setInterval(() => {
    const html = [];
    for (let i = 0; i < ${batch} && added < ${posts}; i++) html.push(tweet(added++));
    document.getElementById('feed').insertAdjacentHTML('beforeend', html.join(''));
    window.scrollTo(0, document.body.scrollHeight);
    if (added >= ${posts}) { clearInterval(timer); window.__done = true; }
  }, ${intervalMs});
</script></body></html>`;
}
