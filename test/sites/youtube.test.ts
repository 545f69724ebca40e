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
    expect((Date.now() - Date.parse(posts[0].publishedAt!)) / 86_400_000).toBeCloseTo(2, 1);
  });
  it('reads a watch page: the video, a comment to the channel, and the channel answering it in the thread', () => {
    const comment = (author: string, lc: string, text: string, when: string) =>
      `<ytd-comment-view-model><a id="author-text" href="/@${author}">@${author}</a>
       <span id="published-time-text"><a href="/watch?v=abcdef123&amp;lc=${lc}">${when}</a></span>
       <span id="content-text">${text}</span></ytd-comment-view-model>`;
    const html = `<ytd-watch-metadata><h1>How we build our bikes</h1><div id="owner"><a href="/@acme"><img alt="Acme"></a><div id="channel-name"><a href="/@acme">Acme</a></div></div>
      <span id="attributed-snippet-text">Ten hours in the workshop.</span></ytd-watch-metadata>
      <meta itemprop="datePublished" content="2026-01-10T09:00:00-08:00">
      <ytd-comment-thread-renderer>${comment('jan', 'c1', 'Where can I buy the frame?', '2 days ago')}
        <ytd-comment-replies-renderer>${comment('acme', 'c2', '@jan In our shop, from March!', '1 day ago')}</ytd-comment-replies-renderer>
      </ytd-comment-thread-renderer>`;
    const { posts, brand } = page(html, 'https://www.youtube.com/watch?v=abcdef123');
    expect(brand).toEqual({ handle: 'acme', name: 'Acme' });
    expect(posts.map((p) => [p.id, p.author, p.isReply, p.replyTo])).toEqual([
      ['video:abcdef123', 'acme', false, undefined],
      ['comment:c1', 'jan', true, 'acme'],
      ['comment:c2', 'acme', true, 'jan'],
    ]);
    expect(posts[0]).toMatchObject({ text: 'How we build our bikes\nTen hours in the workshop.', publishedAt: '2026-01-10T17:00:00.000Z' });
    const twoDays = Date.now() - Date.parse(posts[1].publishedAt!);
    expect(twoDays / 86_400_000).toBeCloseTo(2, 1);
    // The same page saved in 2022: its "2 days ago" and "1 day ago" count back from then.
    const saved = page(html, 'https://www.youtube.com/watch?v=abcdef123', Date.parse('2022-12-05T12:00:00Z')).posts;
    expect(saved.map((p) => p.publishedAt)).toEqual(['2026-01-10T17:00:00.000Z', '2022-12-03T12:00:00.000Z', '2022-12-04T12:00:00.000Z']);
  });
});

describe.skipIf(!hasSharedFixtures)('YouTube adapter on saved real pages (skipped without ../shared/fixtures)', () => {
  it('desktop home grid: the 22 videos with titles, with channels and their dates; 9 tiles not yet filled in skipped', () => {
    const { posts } = sharedPage('youtube/brocc_youtube-home.html', 'https://www.youtube.com/');
    expect(posts).toHaveLength(22);
    expect(posts.every((p) => p.text && p.author)).toBe(true);
    expect(posts.filter((p) => p.publishedAt)).toHaveLength(21);
    expect(posts[0]).toMatchObject({ author: 'gzeromedia', authorName: 'GZERO Media' });
  });
  it('mobile community post card', () => {
    const { posts } = sharedPage('youtube/filtertube_ytm-dom-post-card-with-menu.REDUCED.html', 'https://m.youtube.com/@MajorAlex/posts');
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({ author: 'majoralex', id: expect.stringMatching(/^post:/) });
    expect(posts[0].text.length).toBeGreaterThan(5);
    // Its date shows as "1 day ago".
    expect((Date.now() - Date.parse(posts[0].publishedAt!)) / 86_400_000).toBeCloseTo(1, 1);
  });
  it("desktop watch page (2026-01): the video and its 20 comments, the channel owner's own comment first", () => {
    const { posts, brand } = sharedPage('youtube/slowdive14_watch-page-comments.html', 'https://www.youtube.com/watch?v=0J2_YGuNrDo');
    expect(brand).toEqual({ handle: 'graceleungyl', name: 'Grace Leung' });
    const [video, ...comments] = posts;
    expect(video).toMatchObject({ id: 'video:0J2_YGuNrDo', author: 'graceleungyl', publishedAt: '2025-12-16T13:00:05.000Z' });
    expect(video.text).toMatch(/^Claude Code just Built me an AI Agent Team .*\nDownload the FREE/);
    expect(comments).toHaveLength(20);
    expect(comments.every((c) => c.text && c.author && c.publishedAt)).toBe(true);
    expect(comments.filter((c) => c.author === 'graceleungyl')).toHaveLength(1);
    // The owner's own comment adds to the video; the 19 others answer the channel.
    expect(comments.filter((c) => c.isReply && c.replyTo === 'graceleungyl')).toHaveLength(19);
  });
});
