/** Pages an adapter reads, as the browser's match patterns: one list gives the content script its hosts and the adapter its test. */

/** "*://*.facebook.com/*" → facebook.com and its subdomains; "*://x.com/*" → x.com only. */
export function matchesHosts(patterns: readonly string[]): (url: URL) => boolean {
  const hosts = patterns.map((pattern) => pattern.match(/^\*:\/\/([^/]+)\/\*$/)![1]);
  return (url) =>
    hosts.some((host) =>
      host.startsWith('*.') ? url.hostname === host.slice(2) || url.hostname.endsWith(host.slice(1)) : url.hostname === host,
    );
}
