import { describe, expect, it } from 'vitest';
import { hasSharedFixtures, page, sharedPage } from './fixtures';

describe('TikTok adapter on a minimal page of our own', () => {
  it('reads a profile tile: caption from the image, date from the video id', () => {
    const html = `<div data-e2e="user-post-item"><a href="https://www.tiktok.com/@acme/video/7571863205253778710"><img alt="Nieuwe smaak! #acme"></a><strong data-e2e="video-views">3,4M</strong></div>`;
    const [post] = page(html, 'https://www.tiktok.com/@acme').posts;
    expect(post).toMatchObject({
      id: '7571863205253778710',
      author: 'acme',
      text: 'Nieuwe smaak! #acme',
      publishedAt: '2025-11-12T15:36:23.000Z',
    });
  });
  it('drops the sound TikTok appends to the caption; a tile with only the sound has no text', () => {
    const tile = (alt: string) =>
      `<div data-e2e="user-post-item"><a href="https://www.tiktok.com/@acme/video/7571863205253778710"><img alt="${alt}"></a></div>`;
    expect(
      page(tile('Nuevo sabor 🔥 #acme  created by Acme with Acme’s sonido original'), 'https://www.tiktok.com/@acme').posts[0].text,
    ).toBe('Nuevo sabor 🔥 #acme');
    expect(page(tile('created by Acme with Acme’s original sound - Acme'), 'https://www.tiktok.com/@acme').posts[0]).toMatchObject({
      text: '',
      mediaOnly: true,
    });
  });
  it("marks a sponsored video as an ad, but keeps a paid partnership as the creator's own post", () => {
    const tile = (label: string) =>
      `<div data-e2e="user-post-item"><a href="https://www.tiktok.com/@acme/video/7571863205253778710"><img alt="Nieuwe smaak!"></a><span>${label}</span></div>`;
    expect(page(tile('Sponsored'), 'https://www.tiktok.com/@acme').posts[0].isAd).toBe(true);
    expect(page(tile('Paid partnership'), 'https://www.tiktok.com/@acme').posts[0].isAd).toBe(false);
  });
});

describe.skipIf(!hasSharedFixtures)('TikTok adapter on saved real pages (skipped without ../shared/fixtures)', () => {
  it('profile grid: 18 videos of the profile', () => {
    const { posts, brand } = sharedPage('tiktok/metascraper-tiktok_profile.html', 'https://www.tiktok.com/@illojuan');
    expect(brand?.handle).toBe('illojuan');
    expect(posts).toHaveLength(18);
    expect(posts.every((p) => p.author === 'illojuan')).toBe(true);
    expect(posts.filter((p) => /created by|sonido original|original sound/.test(p.text))).toEqual([]);
  });
  it('profile grid of a creator: captions as written, without the appended sound', () => {
    const { posts } = sharedPage('tiktok/pixelaquarius_profile-jelly.html', 'https://www.tiktok.com/@jelly.here');
    expect(posts.length).toBeGreaterThan(0);
    expect(posts.filter((p) => /created by/.test(p.text))).toEqual([]);
    expect(posts.some((p) => p.text.startsWith('Mooekiss Velvet Lip Mud 💕'))).toBe(true);
  });
  it('video page: the rendered videos with their counts, mentions inline', () => {
    const { posts } = sharedPage('tiktok/metascraper-tiktok_video.html', 'https://www.tiktok.com/@illojuan/video/7571863205253778710');
    expect(posts).toHaveLength(2);
    expect(posts[0]).toMatchObject({ author: 'illojuan', counts: { likes: 25500, replies: 146, reposts: 2156 } });
    expect(posts[0].text).toContain('Mystery King de @burgerking_es ya disponible');
    // Labelled "Paid partnership": made for Burger King, but the creator's own post.
    expect(posts[0].isAd).toBe(false);
  });
});
