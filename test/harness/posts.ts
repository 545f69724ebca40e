/** Posts for tests, as an adapter gives them and as the store keeps them: each test says only what it is about. */
import { classifyPost } from '@/src/classify/classify';
import type { ScrapedPost } from '@/src/model/post';
import type { StoredPost } from '@/src/store/schema';
import './english-tagger';

/** A post of @acme on X, as an adapter reads it. */
export function scrapedPost(id: string, extra: Partial<ScrapedPost> = {}): ScrapedPost {
  return {
    id,
    platform: 'x',
    text: `Post ${id}: our new store opens`,
    author: 'acme',
    truncated: false,
    isReply: false,
    isRepost: false,
    isPinned: false,
    isAd: false,
    mediaOnly: false,
    counts: {},
    ...extra,
  };
}

/** The same post as the store keeps it for the brand @acme, classified by its text. */
export function storedPost(id: string, text: string, extra: Partial<StoredPost> = {}): StoredPost {
  return {
    ...scrapedPost(id, { text, publishedAt: '2026-01-05T10:00:00.000Z' }),
    brand: 'acme',
    fromBrand: true,
    classification: classifyPost({ text }),
    classifierVersion: 1,
    override: null,
    firstSeen: '2026-01-01T00:00:00.000Z',
    lastSeen: '2026-01-01T00:00:00.000Z',
    ...extra,
  };
}
