/** Messages between content scripts, extension pages and the background. */
import type { Classification, PostInput } from './model/post';

export interface ClassifyRequest {
  type: 'classify';
  posts: PostInput[];
}

export interface ClassifyResponse {
  classifications: Classification[];
}

export function isClassifyRequest(message: unknown): message is ClassifyRequest {
  if (!message || typeof message !== 'object') return false;
  const { type, posts } = message as Partial<ClassifyRequest>;
  return type === 'classify' && Array.isArray(posts) && posts.every((post) => !!post && typeof post === 'object' && typeof post.text === 'string');
}
