/** A comment or reply as every adapter reports it: kept apart from the page's posts, with whom it answers. */
import type { Counts, Platform, ScrapedPost } from '../model/post';

export interface CommentFields {
  /** The platform's own id of the comment; the post gets `comment:<id>`, apart from the posts' ids. */
  id: string;
  author?: string;
  authorName?: string;
  text: string;
  publishedAt?: string;
  permalink?: string;
  /** The account it answers: the post's author, or the author of the comment it replies to. */
  addressee?: string;
  truncated?: boolean;
  counts?: Counts;
}

/** An author's comment under their own post adds to it, as a thread's next part does: it answers no one. */
export function commentPost(platform: Platform, fields: CommentFields): ScrapedPost {
  const answers = !!fields.addressee && fields.addressee !== fields.author;
  return {
    id: `comment:${fields.id}`,
    platform,
    permalink: fields.permalink,
    author: fields.author,
    authorName: fields.authorName,
    text: fields.text,
    truncated: fields.truncated ?? false,
    publishedAt: fields.publishedAt,
    isReply: answers,
    replyTo: answers ? fields.addressee : undefined,
    isRepost: false,
    isPinned: false,
    isAd: false,
    mediaOnly: !fields.text,
    counts: fields.counts ?? {},
  };
}
