/** Pages an adapter reads, as the browser's match patterns: one list gives the content script its hosts and the adapter its test. */

/** "*://*.facebook.com/*" → facebook.com and its subdomains; "*://x.com/*" → x.com only. */
export function matchesHosts(patterns: readonly string[]): (url: URL) => boolean {
  const hosts = patterns.map((pattern) => pattern.match(/^\*:\/\/([^/]+)\/\*$/)![1]);
  return (url) =>
    hosts.some((host) =>
      host.startsWith('*.') ? url.hostname === host.slice(2) || url.hostname.endsWith(host.slice(1)) : url.hostname === host,
    );
}

/** A platform's other domains and mobile hosts, under the one name it goes by now. */
const SAME_SITE: Record<string, string> = {
  'twitter.com': 'x.com',
  'mobile.twitter.com': 'x.com',
  'mobile.x.com': 'x.com',
  'threads.net': 'threads.com',
  'm.youtube.com': 'youtube.com',
  'm.facebook.com': 'facebook.com',
};

/** The site a host belongs to: "www.twitter.com" and "x.com" are one site. */
export function siteOf(hostname: string): string {
  const bare = hostname.toLowerCase().replace(/^www\./, '');
  return SAME_SITE[bare] ?? bare;
}
