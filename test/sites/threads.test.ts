import { describe, expect, it } from 'vitest';
import { hasSharedFixtures, page, sharedPage } from './fixtures';

describe('Threads adapter on a minimal page of our own', () => {
  it('reads a post on a brand post page and marks the answers below it as replies', () => {
    const item = (user: string, code: string, text: string) => `<div data-pressable-container="true"><a href="/@${user}">${user}</a>
      <a href="/@${user}/post/${code}"><time datetime="2026-02-01T12:00:00.000Z">1h</time></a><span dir="auto">${text}</span>
      <div role="button"><svg aria-label="Like"></svg><span>1,5K</span></div></div>`;
    const { posts } = page(
      item('acme', 'ROOT1', 'Our spring line is here') + item('fan', 'R2', 'Love it'),
      'https://www.threads.com/@acme/post/ROOT1',
    );
    expect(posts.map((p) => [p.author, p.isReply, p.text, p.counts.likes])).toEqual([
      ['acme', false, 'Our spring line is here', 1500],
      ['fan', true, 'Love it', 1500],
    ]);
  });
  it('marks a post labelled "Sponsored" as an ad, and does not read an undated ad at all', () => {
    const dated = `<div data-pressable-container="true"><a href="/@shoes">shoes</a><div>Sponsored</div>
      <a href="/@shoes/post/AD1"><time datetime="2026-02-01T12:00:00.000Z">1h</time></a><span dir="auto">New shoes</span></div>`;
    const undated = `<div data-pressable-container="true"><a href="/@shoes">shoes</a><div>Sponsored</div><span dir="auto">New shoes</span></div>`;
    expect(page(dated, 'https://www.threads.com/@acme').posts[0]).toMatchObject({ author: 'shoes', isAd: true });
    expect(page(undated, 'https://www.threads.com/@acme').posts).toEqual([]);
  });
});

describe.skipIf(!hasSharedFixtures)('Threads adapter on saved real pages (skipped without ../shared/fixtures)', () => {
  it('post page with replies: the thread\'s parts are not replies, the related threads below are not read, no "Translate" or "Author" label in the text', () => {
    const { posts } = sharedPage('threads/minuchi_post-with-replies.html', 'https://www.threads.com/@metalailab/post/DWr0Jnbkx4m');
    expect(posts).toHaveLength(13);
    expect(posts.slice(0, 4).map((p) => [p.author, p.isReply])).toEqual(Array(4).fill(['metalailab', false]));
    expect(posts.slice(4).every((p) => p.isReply)).toBe(true);
    expect(posts.filter((p) => p.author === 'metalailab' && p.isReply)).toHaveLength(1);
    expect(posts.filter((p) => /Translate|^·|Author/.test(p.text))).toEqual([]);
  });
  it('home feed: 19 dated posts with inline mentions kept in the sentence', () => {
    const { posts } = sharedPage('threads/brocc_threads-home.html', 'https://www.threads.net/');
    expect(posts.length).toBe(19);
    expect(posts[0].text).toContain('launching @OpenAI Pioneers');
    expect(posts.every((p) => p.publishedAt)).toBe(true);
  });
  it('the activity page holds no posts', () => {
    expect(sharedPage('threads/brocc_threads-activity.html', 'https://www.threads.net/activity').posts).toHaveLength(0);
  });
});
