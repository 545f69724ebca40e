/**
 * Engagement counts as pages show them, in English and Dutch interfaces:
 * "1.2K", "3,4 mln", "12.345", "1,234", "2 mld.", "5 d.", "76091 likes".
 */
const MULTIPLIERS: Record<string, number> = {
  k: 1e3,
  d: 1e3,
  'd.': 1e3,
  dzd: 1e3,
  duizend: 1e3,
  thousand: 1e3,
  m: 1e6,
  mln: 1e6,
  'mln.': 1e6,
  mio: 1e6,
  million: 1e6,
  miljoen: 1e6,
  b: 1e9,
  bn: 1e9,
  mld: 1e9,
  'mld.': 1e9,
  mrd: 1e9,
  billion: 1e9,
  miljard: 1e9,
};

const NUMBER =
  /(\d{1,3}(?:[.,\s\u00A0\u202F]\d{3})+|\d+(?:[.,]\d+)?)\s*(k|d\.?|dzd|duizend|thousand|mln\.?|mio|million|miljoen|m|bn|b|mld\.?|mrd|billion|miljard)?(?![\p{L}])/iu;

export function parseCount(text: string | null | undefined): number | undefined {
  if (!text) return undefined;
  const match = NUMBER.exec(text);
  if (!match) return undefined;
  const [, digits, suffix] = match;
  const multiplier = suffix ? (MULTIPLIERS[suffix.toLowerCase()] ?? 1) : 1;
  let value: number;
  if (/^\d{1,3}(?:[.,\s\u00A0\u202F]\d{3})+$/.test(digits) && !suffix) value = Number(digits.replace(/[.,\s\u00A0\u202F]/g, ''));
  else value = Number(digits.replace(/[\s\u00A0\u202F]/g, '').replace(',', '.'));
  return Number.isFinite(value) ? Math.round(value * multiplier) : undefined;
}

const KINDS: { kind: 'replies' | 'reposts' | 'likes'; words: RegExp }[] = [
  { kind: 'replies', words: /repl|antwoord|reactie|comment|opmerking/i },
  { kind: 'reposts', words: /repost|retweet|boost|share|gedeeld|delen/i },
  { kind: 'likes', words: /like|vind-ik-leuk|vind ik leuk|favou?rite|favoriet|reaction|reactions|hart/i },
];

/** "18151 replies, 15635 reposts, 76091 likes" (X's aria-label), in any order and either language. */
export function parseCountList(label: string | null | undefined): Partial<Record<'replies' | 'reposts' | 'likes', number>> {
  const counts: Partial<Record<'replies' | 'reposts' | 'likes', number>> = {};
  // Items are separated by ", "; a comma inside a number ("1,2K") has no space after it.
  for (const part of (label ?? '').split(/,\s+|\s*[;·]\s*/)) {
    const kind = KINDS.find(({ words }) => words.test(part))?.kind;
    const value = parseCount(part);
    if (kind && value !== undefined && counts[kind] === undefined) counts[kind] = value;
  }
  return counts;
}
