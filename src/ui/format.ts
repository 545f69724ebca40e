/** Filling in the interface's messages: placeholders and plural forms. Pure, for pages, exports and the command line alike. */
import { COUNT_KINDS, type CountKind, type Engagement } from '../score/engagement';
import type { CoverageWarning } from '../score/summarize';

/** The message that explains each coverage warning. */
export const WARNING_MESSAGES: Record<CoverageWarning, string> = { 'few-posts': 'warnFewPosts', 'no-replies-seen': 'warnNoReplies' };

/**
 * Browser i18n has no plurals, so messages write both forms, "{post|posts}", and the number nearest
 * before them picks one by the language's rule: "1 post seen", "2 posts seen".
 */
export function pluralForms(text: string, lang: string): string {
  const rules = new Intl.PluralRules(lang);
  let count = Number.NaN;
  // A count may carry the language's group separators ("10,000", "10.000", "10 000").
  return text.replace(
    /(\d(?:[\d.,\u00A0\u202F]*\d)?)|\{([^|{}]*)\|([^|{}]*)\}/g,
    (whole, number: string | undefined, one: string, other: string) => {
      if (number !== undefined) {
        count = Number(number.replace(/\D/g, ''));
        return whole;
      }
      return rules.select(count) === 'one' ? one : other;
    },
  );
}

/** A value for a message: numbers as the language writes them ("10,000", "10.000"), the rest as it is. */
export function substitution(value: string | number, lang: string): string {
  return typeof value === 'number' ? new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(value) : value;
}

export type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/** A message with its placeholders filled ($1, $2 … in the order given) and its plural forms chosen. */
export function formatMessage(messages: Messages, key: string, substitutions: readonly (string | number)[], lang: string): string {
  const entry = messages[key];
  if (!entry) return key;
  const values = substitutions.map((value) => substitution(value, lang));
  const text = entry.message.replace(/\$([A-Z_]+)\$/g, (whole, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? whole;
    return content.replace(/\$(\d)/g, (_, index: string) => values[Number(index) - 1] ?? '');
  });
  return pluralForms(text, lang);
}

const COUNT_MESSAGES: Record<CountKind, string> = { replies: 'countReplies', reposts: 'countReposts', likes: 'countLikes' };

/** A message in some language: the page's t(), or message(lang, …) for exports. */
type Say = (key: string, ...substitutions: (string | number)[]) => string;

/** "3.2 replies · 24 likes (shown on 8 of 11)": the counts the pages showed, never a mean of counts a page hid. */
export function countsText({ posts, perPost }: Engagement, say: Say): string {
  return COUNT_KINDS.flatMap((kind) => {
    const count = perPost[kind];
    if (!count) return [];
    const text = say(COUNT_MESSAGES[kind], Math.round(count.mean * 10) / 10);
    return [count.shown < posts ? say('countShownOn', text, count.shown, posts) : text];
  }).join(' · ');
}
