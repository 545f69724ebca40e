/** Filling in the interface's messages: placeholders and plural forms. Pure, for pages, exports and the command line alike. */
import type { Lang } from '../model/model';
import { PLATFORM_NAMES, type Platform } from '../model/post';
import { COUNT_KIND_NAMES, COUNT_KINDS, COUNT_NAMES, type CountKind, type Engagement, postsPerWeek } from '../score/engagement';
import { SOCIALLY_DEVOTED_RATE, type Responsiveness } from '../score/responsiveness';
import type { CoverageWarning, Summary } from '../score/summarize';

/** The message that explains each coverage warning. */
export const WARNING_MESSAGES: Record<CoverageWarning, string> = { 'few-posts': 'warnFewPosts', 'no-replies-seen': 'warnNoReplies' };

const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * One Intl object of a kind per locale: making one costs ~50 µs, and a render fills hundreds of messages and
 * dates (the report's posts table writes up to 500 rows).
 */
function perLocale<T>(cache: Map<string, T>, locale: string, make: () => T): T {
  let made = cache.get(locale);
  if (made === undefined) {
    made = make();
    cache.set(locale, made);
  }
  return made;
}

/**
 * Browser i18n has no plurals, so messages write both forms, "{post|posts}", and the number nearest
 * before them picks one by the language's rule: "1 post seen", "2 posts seen", "0.5 posts a week".
 */
export function pluralForms(text: string, lang: string): string {
  const rules = perLocale(pluralRules, lang, () => new Intl.PluralRules(lang));
  const decimal = decimalSeparator(lang);
  let count = Number.NaN;
  // A count may carry the language's group separators ("10,000", "10.000", "10 000") and a fraction ("0,5").
  return text.replace(
    /(\d(?:[\d.,\u00A0\u202F]*\d)?)|\{([^|{}]*)\|([^|{}]*)\}/g,
    (whole, number: string | undefined, one: string, other: string) => {
      if (number !== undefined) {
        const [units, fraction = ''] = number.split(decimal);
        count = Number(`${units.replace(/\D/g, '')}.${fraction.replace(/\D/g, '') || '0'}`);
        return whole;
      }
      return rules.select(count) === 'one' ? one : other;
    },
  );
}

const decimalSeparators = new Map<string, string>();

function decimalSeparator(lang: string): string {
  return perLocale(
    decimalSeparators,
    lang,
    () => new Intl.NumberFormat(lang).formatToParts(1.5).find((part) => part.type === 'decimal')!.value,
  );
}

/**
 * A value for a message: numbers as the language writes them ("10,000", "10.000", "4.3"), the rest as it is.
 * One decimal, or two significant digits where that says more: a rate of 0.043 posts a week is not "0".
 */
export function substitution(value: string | number, lang: string): string {
  return typeof value === 'number'
    ? perLocale(
        numberFormats,
        lang,
        () => new Intl.NumberFormat(lang, { maximumFractionDigits: 1, maximumSignificantDigits: 2, roundingPriority: 'morePrecision' }),
      ).format(value)
    : value;
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

/**
 * "posted Jan 30 – Feb 20, 2025" and "4.2 posts a week", each where the posts' dates allow it; no rate where `seen`
 * is null (several accounts' posts together, whose rates added up would be no one's).
 */
export function periodParts(seen: number | null, range: readonly [string, string] | undefined, say: Say, locale: string): string[] {
  const weekly = seen === null ? null : postsPerWeek(seen, range);
  return [
    ...(range ? [say('dateRange', formatDays(range[0], range[1], locale))] : []),
    ...(weekly === null ? [] : [say('postsPerWeek', weekly)]),
  ];
}

/** "90% interval 27–100", or undefined when no post is tagged. */
export function formatInterval({ sendingInterval }: Summary, say: Say): string | undefined {
  return sendingInterval ? say('scoreInterval', Math.round(sendingInterval[0]), Math.round(sendingInterval[1])) : undefined;
}

/**
 * "Answered 0 of 6 questions and complaints seen in its threads (Socially Devoted bar: 65%)"; undefined when no
 * user's reply was seen, so nothing can be said.
 */
export function formatResponsiveness(answers: Responsiveness | null | undefined, say: Say): string | undefined {
  if (!answers || answers.userReplies === 0) return undefined;
  if (answers.questions === 0) return say('responsivenessNoQuestions', answers.userReplies);
  return say('responsiveness', answers.answered, answers.questions, `${Math.round(100 * SOCIALLY_DEVOTED_RATE)}%`);
}

const languageNames = new Map<string, Intl.DisplayNames>();
const conjunctions = new Map<string, Intl.ListFormat>();

/**
 * "8 posts tagged by their form alone (…): Zendmeter has no cue words for French and German" (or, for a slide's
 * footnote, "8 tagged by form alone, without cue words for French and German"), languages named in the interface
 * language, most posts first; undefined when every post was read with cue words.
 */
export function withoutCuesText(
  counts: ReadonlyMap<string, number>,
  say: Say,
  lang: string,
  key: 'formOnlyTags' | 'formOnlyBrief' = 'formOnlyTags',
): string | undefined {
  if (counts.size === 0) return undefined;
  const names = perLocale(languageNames, lang, () => new Intl.DisplayNames([lang], { type: 'language' }));
  const languages = [...counts].sort(([a, m], [b, n]) => n - m || a.localeCompare(b)).map(([code]) => names.of(code) ?? code);
  const total = [...counts.values()].reduce((sum, n) => sum + n, 0);
  return say(key, total, perLocale(conjunctions, lang, () => new Intl.ListFormat(lang, { type: 'conjunction' })).format(languages));
}

/** "3.2 replies · 24 likes (shown on 8 of 11)": the counts the pages showed, never a mean of counts a page hid. */
export function countsText({ posts, perPost }: Engagement, say: Say): string {
  return COUNT_KINDS.flatMap((kind) => {
    const count = perPost[kind];
    if (!count) return [];
    const text = say(COUNT_MESSAGES[kind], count.mean);
    return [count.shown < posts ? say('countShownOn', text, count.shown, posts) : text];
  }).join(' · ');
}

type DatePart = 'day' | 'month' | 'year';

const dateOrders = new Map<string, { parts: DatePart[]; separator: string }>();

/**
 * How a locale writes a date in figures, from Intl: "mm/dd/yyyy" in en-US, "dd/mm/yyyy" in en-GB,
 * "dd-mm-yyyy" in nl. A date field that follows the interface language, which the browser's own
 * date input does not (Chrome draws it in the browser's language).
 */
function dateOrder(locale: string): { parts: DatePart[]; separator: string } {
  return perLocale(dateOrders, locale, () => {
    const parts = new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' }).formatToParts(
      Date.UTC(2026, 11, 31),
    );
    return {
      parts: parts.flatMap(({ type }) => (type === 'day' || type === 'month' || type === 'year' ? [type] : [])),
      separator: parts.find(({ type }) => type === 'literal')?.value.trim() || '-',
    };
  });
}

/** "2026-03-05" as the locale writes it: "03/05/2026" in en-US, "05-03-2026" in nl. */
export function formatDateField(iso: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return '';
  const value: Record<DatePart, string> = { year: match[1], month: match[2], day: match[3] };
  const { parts, separator } = dateOrder(locale);
  return parts.map((part) => value[part]).join(separator);
}

/**
 * A date typed in the locale's order, with any separator, as "yyyy-mm-dd"; '' for an empty field,
 * undefined for text that is no date ("31-02-2026", "5 maart").
 */
export function parseDateField(text: string, locale: string): string | undefined {
  if (!text.trim()) return '';
  const numbers = text.trim().split(/\D+/);
  const { parts } = dateOrder(locale);
  if (numbers.length !== 3 || numbers.some((n) => !n)) return undefined;
  const value = Object.fromEntries(parts.map((part, i) => [part, Number(numbers[i])])) as Record<DatePart, number>;
  if (value.year < 1000 || value.year > 9999) return undefined;
  const date = new Date(Date.UTC(value.year, value.month - 1, value.day));
  if (date.getUTCMonth() !== value.month - 1 || date.getUTCDate() !== value.day) return undefined;
  return date.toISOString().slice(0, 10);
}

/** The pattern a date field asks for, in the interface's letters: "dd-mm-jjjj". */
export function datePattern(locale: string, letters: Record<DatePart, string>): string {
  const { parts, separator } = dateOrder(locale);
  return parts.map((part) => letters[part]).join(separator);
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();
const monthFormats = new Map<string, Intl.DateTimeFormat>();

function dayFormat(locale: string): Intl.DateTimeFormat {
  return perLocale(
    dayFormats,
    locale,
    () => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
  );
}

/** The day of a timestamp as the locale writes it, "Mar 5, 2026" (en), "5 mrt 2026" (nl): the UTC day, as periods are counted. */
export function formatDay(iso: string, locale: string): string {
  return dayFormat(locale).format(Date.parse(iso.slice(0, 10)));
}

/** The days from one timestamp to another as one span: "Dec 6, 2025 – Jan 26, 2026", "5–9 mrt 2026"; a single day once. */
export function formatDays(from: string, to: string, locale: string): string {
  return dayFormat(locale).formatRange(Date.parse(from.slice(0, 10)), Date.parse(to.slice(0, 10)));
}

/** The month of a timestamp: "Mar 2026", "mrt 2026". */
export function formatMonth(iso: string, locale: string): string {
  return perLocale(
    monthFormats,
    locale,
    () => new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }),
  ).format(Date.parse(iso.slice(0, 10)));
}

/**
 * A cell name that may break inside its compound with a hyphen, "Gebruikers-|beleving": `hyphens: auto`
 * needs the browser's hyphenation dictionary for the language, which Chromium on Linux does not ship.
 */
export function breakableName(name: string): string {
  return name.replace(/^(Merk|Gebruikers)(beleving)$/, '$1\u00AD$2');
}

const momentFormats = new Map<string, Intl.DateTimeFormat>();

/** A moment in the user's own time zone, "Dec 6, 2026, 9:32 AM", "6 dec 2026, 09:32": when a page was read. */
export function formatMoment(at: string | number, locale: string): string {
  return perLocale(momentFormats, locale, () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })).format(
    new Date(at),
  );
}

/**
 * How engagement per post is counted, and what each platform's counts are: "Engagement per post: each
 * count summed over the posts whose page showed it, divided by those posts. Facebook: replies = comments,
 * reposts = shares, likes = reactions. YouTube: likes only."
 */
export function engagementMethod(platforms: readonly Platform[], say: Say, lang: Lang): string {
  const perPlatform = [...new Set(platforms)].map((platform) => {
    const names = COUNT_NAMES[platform];
    const kinds = COUNT_KINDS.filter((kind) => names[kind]);
    if (kinds.length === 0) return say('countsNone', PLATFORM_NAMES[platform]);
    const listed = kinds.map((kind) => {
      const ours = COUNT_KIND_NAMES[kind][lang];
      const theirs = names[kind]![lang];
      return ours === theirs ? ours : `${ours} = ${theirs}`;
    });
    return say(kinds.length === 1 ? 'countsOnly' : 'countsOn', PLATFORM_NAMES[platform], listed.join(', '));
  });
  return [say('engagementFormula'), ...perPlatform].join(' ');
}
