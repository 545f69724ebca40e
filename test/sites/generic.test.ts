import { describe, expect, it } from 'vitest';
import { page } from './fixtures';

describe('generic fallback for other pages', () => {
  it('finds article blocks with their link and date, and gives undated text a stable id', () => {
    const html = `<article><a href="/news/1"><time datetime="2026-01-01T09:00:00Z">1 Jan</time></a><p>First news item</p></article>
      <div role="article"><p>Second, with no link</p></div>`;
    const first = page(html, 'https://brand.example/news');
    const again = page(html, 'https://brand.example/news');
    expect(first.platform).toBe('web');
    expect(first.posts.map((p) => p.text)).toEqual(['1 Jan\nFirst news item', 'Second, with no link']);
    expect(first.posts[0].id).toBe('https://brand.example/news/1');
    expect(first.posts[1].id).toBe(again.posts[1].id);
  });
});
