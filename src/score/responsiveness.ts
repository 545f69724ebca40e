/**
 * Responsiveness as the codebook defines it: of the users' questions to the
 * brand that its pages showed (replies in its threads), the share the brand
 * answered there. A brand that takes service seriously answers at least 65%
 * (Socialbakers' "Socially Devoted" criterion).
 */
import { isQuestionCue, type Cue } from '../model/post';

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
  /** Those of them that ask the brand a question or complain to it. */
  questions: number;
  /** Questions whose author the brand replied to on its pages. */
  answered: number;
  /** answered ÷ questions, or null without questions. */
  rate: number | null;
}

export function responsiveness(brand: string, posts: readonly ThreadPost[]): Responsiveness {
  const tally = new ResponsivenessTally();
  for (const post of posts) tally.add(post);
  return tally.result(brand);
}

/**
 * Responsiveness counted post by post, for a feed too long to hold: it keeps
 * one entry per account, not per post. The brand may be named at the end.
 */
export class ResponsivenessTally {
  private readonly repliedTo = new Set<string>();
  /** Users' replies by addressee ('' where none was shown), with the authors of the questions among them. */
  private readonly byAddressee = new Map<string, { replies: number; questionsBy: Map<string, number> }>();

  add(post: ThreadPost): void {
    if (!post.isReply) return;
    if (post.fromBrand) {
      if (post.replyTo) this.repliedTo.add(post.replyTo.toLowerCase());
      return;
    }
    const addressee = post.replyTo?.toLowerCase() ?? '';
    const entry = this.byAddressee.get(addressee) ?? { replies: 0, questionsBy: new Map<string, number>() };
    this.byAddressee.set(addressee, entry);
    entry.replies++;
    if (post.classification.cues.some((cue) => isQuestionCue(cue) || cue.signal === 'complaint')) {
      const author = post.author?.toLowerCase() ?? '';
      entry.questionsBy.set(author, (entry.questionsBy.get(author) ?? 0) + 1);
    }
  }

  result(brand: string): Responsiveness {
    // A reply with no visible addressee sits under the brand's post; one to another user is their conversation.
    const toBrand = [...new Set(['', brand.toLowerCase()])].flatMap((addressee) => this.byAddressee.get(addressee) ?? []);
    let questions = 0;
    let answered = 0;
    for (const [author, count] of toBrand.flatMap((entry) => [...entry.questionsBy])) {
      questions += count;
      if (author !== '' && this.repliedTo.has(author)) answered += count;
    }
    const userReplies = toBrand.reduce((sum, entry) => sum + entry.replies, 0);
    return withRate(userReplies, questions, answered);
  }
}

/** The counts with the answer rate they give; no rate without a question. */
function withRate(userReplies: number, questions: number, answered: number): Responsiveness {
  return { userReplies, questions, answered, rate: questions === 0 ? null : answered / questions };
}

/** One brand's responsiveness over several of its accounts: their questions and answers added up. */
export function combinedResponsiveness(parts: readonly Responsiveness[]): Responsiveness {
  const userReplies = parts.reduce((sum, part) => sum + part.userReplies, 0);
  const questions = parts.reduce((sum, part) => sum + part.questions, 0);
  const answered = parts.reduce((sum, part) => sum + part.answered, 0);
  return withRate(userReplies, questions, answered);
}
