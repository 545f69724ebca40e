import { describe, expect, it } from 'vitest';
import { hasSharedFixtures, page, sharedHtml, sharedPage } from './fixtures';

describe('Instagram adapter on a minimal page of our own', () => {
  it('reads caption, author, likes in Dutch and a sponsored label', () => {
    const html = `<section><article><a href="/acme_nl/"><span dir="auto">acme_nl</span></a><span>Gesponsord</span>
      <a href="/p/ABC123/"><time datetime="2026-01-05T10:00:00.000Z">5d</time></a>
      <section><span dir="auto">1.234 vind-ik-leuks</span></section>
      <span dir="auto">Nieuw in de winkel: onze wintercollectie ❄️</span></article></section>`;
    const [post] = page(html, 'https://www.instagram.com/').posts;
    expect(post).toMatchObject({
      id: 'ABC123',
      author: 'acme_nl',
      text: 'Nieuw in de winkel: onze wintercollectie ❄️',
      isAd: true,
      counts: { likes: 1234 },
    });
  });
});

describe("Instagram post's own page on a minimal page of our own", () => {
  it('reads the caption and each comment from their dates, with who answers whom', () => {
    const entry = (author: string, time: string, text: string) =>
      `<div><div><span><a href="/${author}/"><span dir="auto">${author}</span></a></span>${time}</div><span dir="auto">${text}</span></div>`;
    const comment = (author: string, id: string, text: string) =>
      entry(author, `<a href="/p/ABC123/c/${id}/"><time datetime="2026-01-05T11:00:00.000Z">2d</time></a>`, text);
    const html = `<main><div>${entry('acme', '<time datetime="2026-01-05T10:00:00.000Z">2d</time>', 'Our winter collection ❄️')}
      <div>${comment('jan', '111', 'Do you ship to Belgium?')}</div><div>${comment('acme', '222', '@jan Yes, from March!')}</div></div>
      <section><a href="/acme/p/ABC123/"><time datetime="2026-01-05T10:00:00.000Z">5 January</time></a></section>
      <a href="/p/OTHER1/"><img alt="More posts from acme"></a></main>`;
    const { posts, brand } = page(html, 'https://www.instagram.com/p/ABC123/');
    expect(brand?.handle).toBe('acme');
    expect(posts.map((p) => [p.id, p.author, p.isReply, p.replyTo, p.text])).toEqual([
      ['ABC123', 'acme', false, undefined, 'Our winter collection ❄️'],
      ['comment:111', 'jan', true, 'acme', 'Do you ship to Belgium?'],
      ['comment:222', 'acme', true, 'jan', '@jan Yes, from March!'],
    ]);
  });
});

describe('Instagram profile tiles on minimal pages of our own', () => {
  const tile = (alt: string) => `<a href="/p/XYZ789/"><img alt="${alt}"></a>`;
  it.each([
    "Photo by Acme on November 05, 2025. May be an image of text that says 'SALE'.",
    'Photo shared by Acme on November 25, 2025 tagging @partner. May be a meme of one or more people.',
    'Foto door Acme op 5 november 2025. Geen fotobeschrijving beschikbaar.',
  ])('takes no caption from automatic alt text: %s', (alt) => {
    expect(page(tile(alt), 'https://www.instagram.com/acme/').posts[0]).toMatchObject({ text: '', mediaOnly: true });
  });
  it("gives no date where a tile's code cannot be a public post's (too short for a date since 2006, or a private post's long code)", () => {
    const grid = `${tile('Winter')}<a href="/p/DH_9YhJTETDLS6PUkdeBuK3_hVuvSqnlpfGaxM0/"><img alt="Zomer"></a>`;
    expect(page(grid, 'https://www.instagram.com/acme/').posts.map((p) => p.publishedAt)).toEqual([undefined, undefined]);
  });
  it('keeps alt text the author wrote', () => {
    expect(page(tile('Our new winter collection is in store ❄️'), 'https://www.instagram.com/acme/').posts[0].text).toBe(
      'Our new winter collection is in store ❄️',
    );
  });
});

describe.skipIf(!hasSharedFixtures)('Instagram adapter on saved real pages (skipped without ../shared/fixtures)', () => {
  it('home feed: 3 posts with captions (truncation noted), authors, dates and likes', () => {
    const { posts } = sharedPage('instagram/brocc_instagram-home.html', 'https://www.instagram.com/');
    expect(posts).toHaveLength(3);
    expect(posts[0]).toMatchObject({ author: 'robertkarpay', truncated: true, counts: { likes: 48, replies: 2 } });
    expect(posts.every((p) => p.publishedAt && !/likes$/.test(p.text))).toBe(true);
  });
  it('profile grid: 12 posts of the profile, captions from the images', () => {
    const { posts, brand } = sharedPage('instagram/brocc_instagram-profile.html', 'https://www.instagram.com/hausoftiffany/');
    expect(brand?.handle).toBe('hausoftiffany');
    expect(posts).toHaveLength(12);
    expect(posts.every((p) => p.author === 'hausoftiffany')).toBe(true);
  });
  it('profile grid: each tile dated by its code, newest first as the grid shows them', () => {
    const { posts } = sharedPage('instagram/brocc_instagram-profile.html', 'https://www.instagram.com/hausoftiffany/');
    const dates = posts.filter((p) => !p.isPinned).map((p) => p.publishedAt!);
    expect(dates).toHaveLength(12);
    expect(dates.every(Boolean)).toBe(true);
    expect([...dates].sort().reverse()).toEqual(dates);
    expect([dates.at(-1)!.slice(0, 4), dates[0].slice(0, 4)]).toEqual(['2022', '2025']);
  });
  it("a post's code gives the time its own date shows, to the second (home feed read with its dates taken out)", () => {
    const home = sharedHtml('instagram/brocc_instagram-home.html');
    const shown = page(home, 'https://www.instagram.com/').posts;
    const fromCodes = page(home.replace(/<time\b[^>]*>/g, '<span>').replace(/<\/time>/g, '</span>'), 'https://www.instagram.com/').posts;
    const short = shown.findIndex((p) => p.id.length <= 11);
    expect(short).toBeGreaterThanOrEqual(0);
    expect(Math.abs(Date.parse(fromCodes[short].publishedAt!) - Date.parse(shown[short].publishedAt!))).toBeLessThan(1000);
    // The other two have long codes, which carry more than the media id: no date rather than a wrong one.
    expect(fromCodes.filter((p) => p.id.length > 11).map((p) => p.publishedAt)).toEqual([undefined, undefined]);
  });
  it('profile grid: Instagram\'s own alt text ("Photo by … No hay ninguna descripción …") is not taken for a caption', () => {
    const { posts } = sharedPage('instagram/brocc_instagram-profile.html', 'https://www.instagram.com/hausoftiffany/');
    expect(posts.filter((p) => /Photo by|descripción/.test(p.text))).toEqual([]);
    // 4 of the 12 tiles carry only Instagram's own alt text (read from the markup).
    const withoutCaption = posts.filter((p) => p.text === '');
    expect(withoutCaption).toHaveLength(4);
    expect(withoutCaption.every((p) => p.mediaOnly)).toBe(true);
  });
  it("a brand's post page with comments (2025-11, pt-BR, no <article>): its post and 5 comments, none by the brand", () => {
    const { posts, brand } = sharedPage(
      'instagram/TainaraAlvesSilva_opovoonline-post-comments.html',
      'https://www.instagram.com/p/DQq9PJQk4TG/',
    );
    expect(brand?.handle).toBe('opovoonline');
    const [post, ...comments] = posts;
    expect(post).toMatchObject({ id: 'DQq9PJQk4TG', author: 'opovoonline', isReply: false });
    expect(post.publishedAt).toMatch(/^2025-11-05T10:20/);
    expect(post.text).toMatch(/^Bom dia, seguidores ☕/);
    expect(comments).toHaveLength(5);
    expect(comments.every((c) => c.isReply && c.replyTo === 'opovoonline' && c.author !== 'opovoonline' && c.text && c.publishedAt)).toBe(
      true,
    );
    expect(comments[3]).toMatchObject({ author: 'vegeta.ssj5', publishedAt: '2025-11-05T11:22:09.000Z' });
  });
});
