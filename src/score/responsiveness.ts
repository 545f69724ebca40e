/**
 * Responsiveness as the codebook defines it: of the users' questions to the
 * brand that its pages showed (replies in its threads), the share the brand
 * answered there. A brand that takes service seriously answers at least 65%
 * (Socialbakers' "Socially Devoted" criterion).
 */
import { QUESTION_RULE, type Cue } from '../model/post';

export const SOCIALLY_DEVOTED_RATE = 0.65;

export interface ThreadPost {
  author?: string;
  fromBrand: boolean;
  isReply: boolean;
  /** The account replied to, where the page showed it. */
  replyTo?: string;
  classification: { cues: Pick<Cue, 'signal' | 'rule'>[] };
}

export interface Responsiveness {
  /** Users' replies seen on the brand's pages: 0 means no thread was seen, so nothing can be said. */
  userReplies: number;
  /** Those of them that ask the brand a question. */
  questions: number;
  /** Questions whose author the brand replied to on its pages. */
  answered: number;
  /** answered ÷ questions, or null without questions. */
  rate: number | null;
}

export function responsiveness(brand: string, posts: readonly ThreadPost[]): Responsiveness {
  const repliedTo = new Set(posts.filter((post) => post.fromBrand && post.isReply && post.replyTo).map((post) => post.replyTo!.toLowerCase()));
  // A reply with no visible addressee sits under the brand's post; one to another user is their conversation.
  const userReplies = posts.filter((post) => !post.fromBrand && post.isReply && (!post.replyTo || post.replyTo.toLowerCase() === brand.toLowerCase()));
  const questions = userReplies.filter((post) => post.classification.cues.some((cue) => cue.signal === 'invite' && cue.rule === QUESTION_RULE));
  const answered = questions.filter((post) => !!post.author && repliedTo.has(post.author.toLowerCase())).length;
  return { userReplies: userReplies.length, questions: questions.length, answered, rate: questions.length === 0 ? null : answered / questions.length };
}
