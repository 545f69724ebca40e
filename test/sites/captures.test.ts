/**
 * Every saved real page in ../shared/fixtures, read as the extension reads it: how many posts and comments
 * it holds, how many answer someone, how many the page's own account wrote. The counts were written from
 * reading each page's markup (as the fixtures' INDEX.md does), not from what the adapters returned; a
 * capture added to ../shared fails the last test until it has its line here. The README's platform table
 * names the same captures.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COUNT_NAMES, type CountKind } from '@/src/score/engagement';
import { hasSharedFixtures, SHARED_FIXTURES, sharedPage } from './fixtures';

interface Capture {
  file: string;
  url: string;
  /** Posts and comments a reader sees on the page. */
  posts: number;
  /** Of those, the ones that answer someone (a reply, a comment to a post's author). */
  replies: number;
  /** Of those, the ones the page's own account wrote; null where the page is nobody's (a feed, search). */
  byPage: number | null;
  /** What the count leaves out, and why. */
  note?: string;
}

const CAPTURES: Capture[] = [
  { file: 'bluesky/brocc_bsky-feed.html', url: 'https://bsky.app/', posts: 51, replies: 0, byPage: null },
  {
    file: 'bluesky/brocc_bsky-profile.html',
    url: 'https://bsky.app/profile/kpitzen.io',
    posts: 5,
    replies: 0,
    byPage: 0,
    note: '5 reposts',
  },
  {
    file: 'bluesky/metascraper-bluesky_post-link.html',
    url: 'https://bsky.app/profile/forbes.com/post/3mdd7aj7pgs2x',
    posts: 52,
    replies: 51,
    byPage: 1,
  },
  {
    file: 'bluesky/metascraper-bluesky_post.html',
    url: 'https://bsky.app/profile/stephenking.bsky.social/post/3mddvy5bv6k27',
    posts: 0,
    replies: 0,
    byPage: 0,
    note: 'the thread never rendered',
  },
  {
    file: 'bluesky/metascraper-bluesky_profile.html',
    url: 'https://bsky.app/profile/stephenking.bsky.social',
    posts: 28,
    replies: 2,
    byPage: 26,
    note: '2 reposts',
  },
  { file: 'facebook/ahmedttn_yuka-page-home.html', url: 'https://www.facebook.com/YukaGroup', posts: 47, replies: 39, byPage: 10 },
  { file: 'facebook/facebook_adblock_2020-12-25.html', url: 'https://www.facebook.com/', posts: 1, replies: 0, byPage: null },
  {
    file: 'facebook/tanjinadnanabir_post-with-author-comments.html',
    url: 'https://www.facebook.com/salmanmd.sultan.1/posts/3741738029450159/',
    posts: 11,
    replies: 10,
    byPage: 11,
  },
  {
    file: 'instagram/TainaraAlvesSilva_opovoonline-post-comments.html',
    url: 'https://www.instagram.com/opovoonline/p/DQq9PJQk4TG/',
    posts: 6,
    replies: 5,
    byPage: 1,
    note: 'the "more posts" tiles below are not read',
  },
  { file: 'instagram/brocc_instagram-home.html', url: 'https://www.instagram.com/', posts: 3, replies: 0, byPage: null },
  { file: 'instagram/brocc_instagram-profile.html', url: 'https://www.instagram.com/hausoftiffany', posts: 12, replies: 0, byPage: 12 },
  { file: 'linkedin/beingadish_feed-2025-06.html', url: 'https://www.linkedin.com/feed/', posts: 2, replies: 0, byPage: null },
  {
    file: 'linkedin/brocc_linkedin-company-posts.html',
    url: 'https://www.linkedin.com/company/motionapp/posts/',
    posts: 9,
    replies: 4,
    byPage: 2,
    note: '3 reposts; the in-app promotion is not a post',
  },
  { file: 'linkedin/brocc_linkedin-feed.html', url: 'https://www.linkedin.com/feed/', posts: 4, replies: 1, byPage: null },
  {
    file: 'linkedin/brocc_linkedin-person-feed.html',
    url: 'https://www.linkedin.com/in/stevehind/recent-activity/all/',
    posts: 9,
    replies: 0,
    byPage: 0,
    note: "his activity: others' posts he reacted to",
  },
  {
    file: 'linkedin/corbaz_guest-post-with-comments.html',
    url: 'https://www.linkedin.com/posts/codewithalamin_5-in-demand-ui-libraries-in-2025-activity-7410643423461978113-jasP',
    posts: 5,
    replies: 3,
    byPage: 2,
  },
  {
    file: 'linkedin/linkedin-worker-test_VIP_Feed_OuterHTML.html',
    url: 'https://www.linkedin.com/search/results/content/',
    posts: 3,
    replies: 0,
    byPage: null,
  },
  {
    file: 'mastodon/derived/defuddle_comments--mastodon.social-@user-12345678.html',
    url: 'https://mastodon.example/@alice/12345678',
    posts: 6,
    replies: 5,
    byPage: 3,
  },
  {
    file: 'threads/brocc_threads-activity.html',
    url: 'https://www.threads.net/activity',
    posts: 0,
    replies: 0,
    byPage: null,
    note: 'notifications, not posts',
  },
  {
    file: 'threads/brocc_threads-home.html',
    url: 'https://www.threads.net/',
    posts: 19,
    replies: 0,
    byPage: null,
    note: '20 containers, one a post quoted inside another',
  },
  {
    file: 'threads/minuchi_post-with-replies.html',
    url: 'https://www.threads.com/@metalailab/post/DWr0Jnbkx4m',
    posts: 13,
    replies: 9,
    byPage: 5,
    note: 'the 5 "Related threads" below are not replies and not read',
  },
  { file: 'threads/stanleyoho_zuck-profile.html', url: 'https://www.threads.com/@zuck', posts: 7, replies: 0, byPage: 7 },
  { file: 'tiktok/metascraper-tiktok_profile.html', url: 'https://www.tiktok.com/@illojuan', posts: 18, replies: 0, byPage: 18 },
  {
    file: 'tiktok/metascraper-tiktok_video.html',
    url: 'https://www.tiktok.com/@illojuan/video/7571863205253778710',
    posts: 2,
    replies: 0,
    byPage: 1,
    note: '11 players not yet rendered',
  },
  { file: 'tiktok/pixelaquarius_profile-jelly.html', url: 'https://www.tiktok.com/@jelly.here10', posts: 38, replies: 0, byPage: 38 },
  {
    file: 'x/TainaraAlvesSilva_post-stfuesh.html',
    url: 'https://x.com/stfuesh/status/1993177247822516587',
    posts: 1,
    replies: 0,
    byPage: 1,
  },
  { file: 'x/brocc_x-bookmarks.html', url: 'https://x.com/i/bookmarks', posts: 5, replies: 0, byPage: null },
  { file: 'x/brocc_x-home.html', url: 'https://x.com/home', posts: 5, replies: 0, byPage: null },
  { file: 'x/brocc_x-likes.html', url: 'https://x.com/0thernet', posts: 5, replies: 0, byPage: 1, note: "the Likes tab: others' posts" },
  { file: 'x/brocc_x-profile.html', url: 'https://x.com/perceptnet', posts: 7, replies: 0, byPage: 7 },
  { file: 'x/brocc_x-thread.html', url: 'https://x.com/eli_lifland/status/1908671786876850246', posts: 4, replies: 0, byPage: 4 },
  { file: 'x/cyohei9907_skiinfomation-profile.html', url: 'https://x.com/skiinfomation', posts: 4, replies: 0, byPage: 4 },
  {
    file: 'x/defuddle_general--x.com-article-2026-02-13.html',
    url: 'https://x.com/arscontexta/status/2013045749580259680',
    posts: 1,
    replies: 0,
    byPage: 1,
  },
  { file: 'x/ibbi_twooter-home-2025-02.html', url: 'https://x.com/home', posts: 6, replies: 0, byPage: null },
  { file: 'x/metascraper-x_post-gif.html', url: 'https://x.com/Kikobeats/status/880139124791029763', posts: 1, replies: 0, byPage: 1 },
  { file: 'x/metascraper-x_post-image.html', url: 'https://x.com/UaSmart/status/934106870834454529', posts: 1, replies: 0, byPage: 1 },
  { file: 'x/metascraper-x_post-link.html', url: 'https://x.com/Forbes/status/2016058596782670275', posts: 1, replies: 0, byPage: 1 },
  {
    file: 'x/metascraper-x_post-on-x.html',
    url: 'https://x.com/realDonaldTrump/status/1222907250383245320',
    posts: 1,
    replies: 0,
    byPage: 1,
  },
  { file: 'x/metascraper-x_post-video.html', url: 'https://x.com/verge/status/957383241714970624', posts: 1, replies: 0, byPage: 1 },
  { file: 'x/metascraper-x_post.html', url: 'https://x.com/realDonaldTrump/status/1222907250383245320', posts: 1, replies: 0, byPage: 1 },
  { file: 'x/metascraper-x_profile.html', url: 'https://x.com/kikobeats', posts: 3, replies: 0, byPage: 3 },
  ...[
    'mnemosyne_click_in_to_tweet',
    'mnemosyne_invalid_time',
    'mnemosyne_tweet',
    'mnemosyne_tweet_with_image',
    'mnemosyne_tweet_with_qt',
    'tweetyoink_x-tweet-quote-video',
    'tweetyoink_x-tweet-quote',
    'tweetyoink_x-tweet-sample',
  ].map((name) => ({
    file: `x/${name}.html`,
    url: 'https://x.com/home',
    posts: 1,
    replies: 0,
    byPage: null,
    note: 'one post cut out of a page',
  })),
  {
    file: 'youtube/brocc_youtube-home.html',
    url: 'https://www.youtube.com/',
    posts: 22,
    replies: 0,
    byPage: null,
    note: '9 tiles not yet filled in',
  },
  {
    file: 'youtube/filtertube_ytm-dom-post-card-with-menu.REDUCED.html',
    url: 'https://m.youtube.com/@MajorAlex/posts',
    posts: 1,
    replies: 0,
    byPage: 1,
  },
  {
    file: 'youtube/slowdive14_watch-page-comments.html',
    url: 'https://www.youtube.com/watch?v=0J2_YGuNrDo',
    posts: 21,
    replies: 19,
    byPage: 2,
  },
];

describe.skipIf(!hasSharedFixtures)('every saved real page (skipped without ../shared/fixtures beside this checkout)', () => {
  it.each(CAPTURES)('$file: $posts posts and comments, $replies answering someone, $byPage by the page', (capture) => {
    const { posts, brand } = sharedPage(capture.file, capture.url);
    expect(posts).toHaveLength(capture.posts);
    expect(posts.filter((post) => post.isReply)).toHaveLength(capture.replies);
    expect(brand ? posts.filter((post) => post.author === brand.handle).length : null).toBe(capture.byPage);
    // Every post read says who wrote it, and has text or media.
    expect(posts.filter((post) => !post.author)).toEqual([]);
    expect(posts.filter((post) => !post.text && !post.mediaOnly).map((post) => post.id)).toEqual([]);
  });

  it('reads on each page only the counts its platform is declared to show, so the engagement note tells the truth', () => {
    for (const capture of CAPTURES) {
      const { posts } = sharedPage(capture.file, capture.url);
      const platform = posts[0]?.platform;
      if (!platform) continue;
      const read = new Set(
        posts.flatMap((post) => Object.keys(post.counts ?? {}).filter((kind) => post.counts?.[kind as CountKind] !== undefined)),
      );
      expect(
        [...read].filter((kind) => !COUNT_NAMES[platform][kind as CountKind]),
        capture.file,
      ).toEqual([]);
    }
  });

  it('has a line for every capture in ../shared/fixtures', () => {
    const files = (folder: string): string[] =>
      readdirSync(join(SHARED_FIXTURES, folder)).flatMap((name) => {
        const path = folder ? `${folder}/${name}` : name;
        if (statSync(join(SHARED_FIXTURES, path)).isDirectory()) return files(path);
        return name.endsWith('.html') ? [path] : [];
      });
    expect(files('').sort()).toEqual(CAPTURES.map((capture) => capture.file).sort());
  });
});
