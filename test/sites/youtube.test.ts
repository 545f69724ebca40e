import { describe, expect, it } from 'vitest';
import { hasSharedFixtures, page, sharedPage } from './fixtures';

describe('YouTube adapter on a minimal page of our own', () => {
  it('reads a desktop community post and a video on the channel videos tab', () => {
    const html = `<ytd-backstage-post-thread-renderer><ytd-backstage-post-renderer><a id="author-text" href="/@acme">Acme</a>
      <yt-formatted-string id="published-time-text"><a href="/post/UgkxAbc">2 days ago</a></yt-formatted-string>
      <yt-formatted-string id="content-text">Which colour should we launch next? Vote below!</yt-formatted-string><span id="vote-count-middle">1,2K</span></ytd-backstage-post-renderer></ytd-backstage-post-thread-renderer>
      <ytd-rich-item-renderer><a id="video-title-link" href="/watch?v=abcdef123"><yt-formatted-string id="video-title">How we build our bikes</yt-formatted-string></a></ytd-rich-item-renderer>`;
    const { posts, brand } = page(html, 'https://www.youtube.com/@acme/videos');
    expect(brand?.handle).toBe('acme');
    expect(posts.map((p) => [p.id, p.author, p.text])).toEqual([
      ['post:UgkxAbc', 'acme', 'Which colour should we launch next? Vote below!'],
      ['video:abcdef123', 'acme', 'How we build our bikes'],
    ]);
    expect(posts[0].counts.likes).toBe(1200);
  });
});

describe.skipIf(!hasSharedFixtures)('YouTube adapter on saved real pages', () => {
  it('desktop home grid: videos with titles and channels', () => {
    const { posts } = sharedPage('youtube/brocc_youtube-home.html', 'https://www.youtube.com/');
    expect(posts.filter((p) => p.text).length).toBeGreaterThanOrEqual(22);
    expect(posts[0]).toMatchObject({ author: 'gzeromedia', authorName: 'GZERO Media' });
  });
  it('mobile community post card', () => {
    const { posts } = sharedPage('youtube/filtertube_ytm-dom-post-card-with-menu.REDUCED.html', 'https://m.youtube.com/@MajorAlex/posts');
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({ author: 'majoralex', id: expect.stringMatching(/^post:/) });
    expect(posts[0].text.length).toBeGreaterThan(5);
  });
});
