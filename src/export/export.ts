/**
 * What a user takes away: posts as CSV (opens cleanly in Excel), as JSON, and
 * a Markdown summary for a slide or a message. Pure: strings in, strings out.
 */
import Papa from 'papaparse';
import { CELLS, FUNCTION_NAMES, PERSPECTIVE_NAMES, TAG_NAMES, type Lang } from '../model/model';
import { PLATFORM_NAMES, type Platform } from '../model/post';
import { INFORMATION_ONLY_SHARE, type Summary } from '../score/summarize';
import type { Responsiveness } from '../score/responsiveness';
import type { StoredPost } from '../store/schema';
import { effective, inCell, languagesWithoutCues, needsCheck } from '../model/override';
import { clearestExamples, engagement, postsPerWeek } from '../score/engagement';
import { countsText, engagementMethod, formatDay, formatDays, withoutCuesText } from '../ui/format';
import { message, sayIn } from '../ui/messages';

/**
 * Excel and its peers run a cell that starts with these as a formula; a leading apostrophe makes it text. A text
 * that already had apostrophes before one gets one more too, so reading back (unneutralise) can take exactly one off.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;

export function neutralise(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** The value neutralise was given, read back from the export. */
export function unneutralise(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

const BOM = '\uFEFF';

export function postsToCsv(posts: readonly StoredPost[]): string {
  const rows = posts.map((post) => {
    const { tag, perspective, invitesResponse, cues, overridden } = effective(post);
    return {
      platform: post.platform,
      brand: post.brand,
      id: post.id,
      permalink: post.permalink ?? '',
      author: post.author ?? '',
      published: post.publishedAt ?? '',
      text: post.text,
      language: post.classification.lang,
      tag,
      perspective: perspective ?? '',
      'set by hand': overridden ? 'yes' : 'no',
      // The classifier's confidence in its own tag, kept for a hand-set one too: it says why that post was checked.
      confidence: post.classification.confidence,
      'to check': needsCheck(post) ? 'yes' : 'no',
      'invites response': invitesResponse ? 'yes' : 'no',
      cues: cues.map((cue) => `${cue.rule}${cue.match ? `: ${cue.match}` : ''}`).join(' | '),
      reply: post.isReply ? 'yes' : 'no',
      'reply to': post.replyTo ?? '',
      repost: post.isRepost ? 'yes' : 'no',
      likes: post.counts.likes ?? '',
      replies: post.counts.replies ?? '',
      reposts: post.counts.reposts ?? '',
    };
  });
  const safe = rows.map((row) =>
    Object.fromEntries(Object.entries(row).map(([key, value]) => [key, typeof value === 'string' ? neutralise(value) : value])),
  );
  // A BOM tells Excel the file is UTF-8, so emoji and "é" survive; CRLF is what it expects between rows.
  return BOM + Papa.unparse(safe, { newline: '\r\n', quotes: true });
}

/** A brand's figures, carried by an export beside its posts so the file says what was measured and how sure it is. */
export interface BrandFigures {
  platform: Platform;
  brand: string;
  summary: Summary;
  responsiveness: Responsiveness | null;
}

export function postsToJson(posts: readonly StoredPost[], figures: readonly BrandFigures[], method: string, exported = new Date()): string {
  const brands = figures.map(({ platform, brand, summary, responsiveness }) => ({ platform, brand, ...summary, responsiveness }));
  return JSON.stringify({ exported: exported.toISOString(), method, brands, posts }, null, 2);
}

export interface SummaryContext {
  brand: string;
  platform: Platform;
  from?: string;
  to?: string;
  /** The coverage warnings and the method note, in the interface language (from _locales), kept with the figures. */
  warnings: string[];
  method: string;
  /** "90% interval 27–100", in the interface language. */
  interval?: string;
  /** "Answered 0 of 6 questions and complaints seen in its threads …", where threads were seen. */
  responsiveness?: string;
  /** The brand's own posts: for posts a week, engagement per cell and each cell's clearest examples. */
  posts?: readonly StoredPost[];
}

/** Per cell with posts: engagement per post, and its clearest examples quoted with date, link and counts. */
function cellEvidence(posts: readonly StoredPost[], lang: Lang): string[] {
  const say = sayIn(lang);
  return CELLS.flatMap((cell) => {
    const cellPosts = inCell(posts, cell.id);
    if (cellPosts.length === 0) return [];
    const counts = countsText(engagement(cellPosts), say);
    const examples = clearestExamples(cellPosts).map((post) => {
      const quoted = post.text.replace(/\s+/g, ' ').slice(0, QUOTE_CHARS);
      const source = [
        post.publishedAt && formatDay(post.publishedAt, lang),
        post.permalink && `<${post.permalink}>`,
        countsText(engagement([post]), say),
      ].filter(Boolean);
      return `> ${quoted}${post.text.length > QUOTE_CHARS ? '…' : ''}\n> — ${source.join(' · ')}`;
    });
    return [
      '',
      `**${cell.name[lang]}** (${cellPosts.length})${counts ? ` — ${counts}` : ''}`,
      ...examples.flatMap((example) => ['', example]),
    ];
  });
}

/** A quoted example is cut here: enough to recognise the post on a slide. */
const QUOTE_CHARS = 280;

export function summaryToMarkdown(summary: Summary, context: SummaryContext, lang: Lang = 'en'): string {
  const pct = (n: number) => (summary.tagged ? `${Math.round((100 * n) / summary.tagged)}%` : '–');
  const header = `| | ${(['communication', 'experience', 'proposition', 'sales'] as const).map((fn) => FUNCTION_NAMES[fn][lang]).join(' | ')} |`;
  const rows = (['brand', 'user'] as const).map(
    (perspective) =>
      `| **${PERSPECTIVE_NAMES[perspective][lang]}** | ${CELLS.filter((cell) => cell.perspective === perspective)
        .map((cell) => `${cell.name[lang]}: ${summary.byCell[cell.id]} (${pct(summary.byCell[cell.id])})`)
        .join(' | ')} |`,
  );
  const range = context.from && context.to ? `, ${formatDays(context.from, context.to, lang)}` : '';
  const score = summary.sendingScore === null ? '–' : Math.round(summary.sendingScore);
  const weekly = context.from && context.to ? postsPerWeek(summary.seen, [context.from, context.to]) : null;
  const unsure = context.posts?.filter(needsCheck).length ?? 0;
  const withoutCues = withoutCuesText(languagesWithoutCues(context.posts ?? []), sayIn(lang), lang);
  const caveats = [
    ...context.warnings,
    ...(unsure > 0 ? [message(lang, 'unsureUnchecked', unsure)] : []),
    ...(withoutCues ? [withoutCues] : []),
  ];
  return [
    `## ${message(lang, 'brandLine', context.brand, PLATFORM_NAMES[context.platform])}${range}`,
    '',
    `**${message(lang, 'sendingScore')}: ${score}**${context.interval ? ` (${context.interval})` : ''} — ${message(lang, 'sendingParts', summary.sendingOnly, summary.tagged, summary.replies, summary.questions)}`,
    `_${message(lang, 'scoreScale')}. ${message(lang, 'scoreReference', INFORMATION_ONLY_SHARE)}_`,
    ...(context.responsiveness ? ['', context.responsiveness] : []),
    '',
    header,
    '|---|---|---|---|---|',
    ...rows,
    '',
    `${message(lang, 'postsSeen', summary.seen)}${weekly === null ? '' : ` · ${message(lang, 'postsPerWeek', weekly)}`} · ${message(lang, 'unknownPosts', summary.unknown)}. ${TAG_NAMES.broadcast[lang]} ${pct(summary.byTag.broadcast)}.`,
    ...(context.posts ? cellEvidence(context.posts, lang) : []),
    // Each caveat a quote of its own: without the blank line Markdown joins it to the quote before it.
    ...caveats.flatMap((caveat) => ['', `> ⚠ ${caveat}`]),
    '',
    `_${context.method} ${engagementMethod([context.platform], sayIn(lang), lang)}_`,
  ].join('\n');
}
