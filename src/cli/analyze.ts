/**
 * npm run --silent analyze [-- FILE|-]: the brand on the 24/7 grid, its distribution and its sending score.
 * Reads standard input when posts are piped in (or FILE is -), the bundled sample feed when run bare in a terminal.
 */
import { fileURLToPath } from 'node:url';
import { CELLS, FUNCTIONS, FUNCTION_NAMES, PERSPECTIVES, PERSPECTIVE_NAMES, TAGS, TAG_NAMES } from '../model/model';
import { classifyPost } from '../classify/classify';
import { loadEnglishTagger } from '../classify/english';
import { ScoreTally } from '../score/summarize';
import { postsPerWeek } from '../score/engagement';
import { inputName, inputPath, progressOnStderr, streamPosts } from './read-posts';
import { combinedResponsiveness, type Responsiveness, ResponsivenessTally } from '../score/responsiveness';
import { printable, printLines, runCli } from './run';
import {
  formatInterval,
  periodParts,
  substitution,
  formatResponsiveness,
  pluralForms,
  WARNING_MESSAGES,
  withoutCuesText,
} from '../ui/format';
import { effective, languagesWithoutCues, needsCheck, UNSURE_BELOW } from '../model/override';
import { sayIn } from '../ui/messages';

/** The command line speaks English. */
const say = sayIn('en');

const SAMPLE_FEED = fileURLToPath(new URL('./sample-feed.jsonl', import.meta.url));
const CELL_WIDTH = 19;
const MAX_AUTHORS_SHOWN = 20;
const MIN_NAME_WIDTH = 24;

const USAGE =
  'usage: npm run --silent analyze [-- FILE|-] (JSON lines or CSV with a "text" column; standard input when piped, else the bundled sample feed)';

/** What a file shows of one account's own posts: their tags, and when it posted them. */
class AccountTally {
  readonly score = new ScoreTally();
  private first = Number.POSITIVE_INFINITY;
  private last = Number.NEGATIVE_INFINITY;

  addDate(published: unknown): void {
    const time = typeof published === 'string' ? Date.parse(published) : Number.NaN;
    if (Number.isNaN(time)) return;
    this.first = Math.min(this.first, time);
    this.last = Math.max(this.last, time);
  }

  /** The first and the last day of its own posts, where any was dated. */
  range(): [string, string] | undefined {
    return this.first <= this.last ? [new Date(this.first).toISOString(), new Date(this.last).toISOString()] : undefined;
  }
}

runCli({ usage: USAGE, files: 1 }, async ({ files }) => {
  await loadEnglishTagger();
  const path = inputPath(files[0], SAMPLE_FEED)!;
  const all = new AccountTally();
  const accounts = new Map<string, AccountTally>();
  // Users' replies on the pages, by the page's account: each page's threads are about its own brand.
  const threads = new Map<string, ResponsivenessTally>();
  const otherAuthors = new Set<string>();
  let others = 0;
  let unsure = 0;
  const withoutCues = new Map<string, number>();
  let marked: boolean | undefined;
  let brand: string | undefined;
  let setByHand = 0;
  for await (const post of streamPosts(path, { onProgress: progressOnStderr })) {
    const classification = classifyPost(post);
    // A tag set by hand in the extension, read back from one of its exports, counts as it does in the popup.
    const counted = { ...classification, ...effective({ classification, override: post.override }) };
    // A page's posts (npm run extract) each say whether they are the brand's own; the score is about those alone.
    marked ??= typeof post.extra.fromBrand === 'boolean';
    const fromBrand = !marked || post.extra.fromBrand === true;
    // A page's posts (npm run extract) name its account: a repost there is that account's act, not its first author's.
    const pageAccount = typeof post.extra.brand === 'string' ? post.extra.brand : undefined;
    brand ??= pageAccount ?? (fromBrand && !post.isRepost ? post.author : undefined);
    const threadKey = pageAccount ?? brand ?? '';
    (threads.get(threadKey) ?? threads.set(threadKey, new ResponsivenessTally()).get(threadKey)!).add({
      ...post,
      fromBrand,
      isReply: post.isReply === true,
      classification: counted,
    });
    if (!fromBrand) {
      others++;
      otherAuthors.add(post.author ?? '(unknown)');
      continue;
    }
    const accountKey = pageAccount ?? post.author ?? '(unknown)';
    const account = accounts.get(accountKey) ?? accounts.set(accountKey, new AccountTally()).get(accountKey)!;
    for (const tally of [all, account]) {
      tally.score.add(counted);
      tally.addDate(post.extra.publishedAt);
    }
    if (counted.overridden) setByHand++;
    if (needsCheck({ classification, override: post.override })) unsure++;
    languagesWithoutCues([{ classification, override: post.override }], withoutCues);
  }
  const summary = all.score.summary();
  const several = accounts.size > 1;
  const pct = (n: number) => (summary.tagged === 0 ? '–' : `${Math.round((100 * n) / summary.tagged)}%`);
  const source = path === SAMPLE_FEED ? 'Sample feed (bundled)' : inputName(path);
  const range = all.range();
  const out: string[] = [
    [
      pluralForms(`${source}: ${summary.seen} {post|posts}, ${summary.tagged} tagged, ${summary.unknown} without readable text`, 'en'),
      // Each of several accounts has its own rate, in the table below.
      ...periodParts(several ? null : summary.seen, range, say, 'en'),
    ].join(' · '),
  ];
  const whose = several ? "each account's" : "the brand's";
  if (marked && summary.seen === 0)
    out.push(
      brand
        ? `Scored: nothing. The page showed none of ${brand}'s own posts or reposts, only ${pluralForms(`${others} {post|posts}`, 'en')} by others.`
        : "Scored: nothing. The page belongs to no account (a home feed or search results), so none of its posts is a brand's own: extract the brand's page or profile instead.",
    );
  else if (marked)
    out.push(
      others === 0
        ? `Scored: ${whose} own posts and reposts (fromBrand); the input holds no one else's.`
        : pluralForms(
            `Scored: ${whose} own posts and reposts (fromBrand). Not scored: ${others} {post|posts} by ${otherAuthors.size} other {account|accounts} (replies, comments, ads).`,
            'en',
          ),
    );
  if (setByHand > 0)
    out.push(pluralForms(`Set by hand: ${setByHand} {tag|tags} in the extension, counted as set, as the popup counts {it|them}.`, 'en'));
  out.push('');
  const pad = (text: string) => text.padEnd(CELL_WIDTH);
  out.push(`${pad('')}${FUNCTIONS.map((fn) => pad(FUNCTION_NAMES[fn].en)).join('')}`);
  for (const perspective of PERSPECTIVES) {
    const cells = CELLS.filter((cell) => cell.perspective === perspective);
    out.push(`${pad(PERSPECTIVE_NAMES[perspective].en)}${cells.map((cell) => pad(cell.name.en)).join('')}`);
    out.push(`${pad('')}${cells.map((cell) => pad(`${summary.byCell[cell.id]} (${pct(summary.byCell[cell.id])})`)).join('')}`);
  }
  out.push('', 'Distribution');
  for (const tag of TAGS)
    out.push(`  ${TAG_NAMES[tag].en.padEnd(14)} ${String(summary.byTag[tag]).padStart(5)}  ${pct(summary.byTag[tag]).padStart(4)}`);
  out.push('');
  out.push(
    summary.sendingScore === null
      ? 'Sending score: – (no tagged posts)'
      : `${say('sendingScore')}: ${Math.round(summary.sendingScore)} (${formatInterval(summary, say)}) — ${say('sendingParts', summary.sendingOnly, summary.tagged, summary.replies, summary.questions)}`,
  );
  const answersOf = (account: string) => threads.get(account)?.result(account);
  const answers = marked ? combinedResponsiveness([...threads.keys()].flatMap((account) => answersOf(account) ?? [])) : undefined;
  if (answers) out.push(`Responsiveness: ${formatResponsiveness(answers, say) ?? "– (no users' replies in the input)"}`);
  // With nothing scored, the line saying so is the warning; few posts or no replies seen would only repeat it.
  for (const warning of summary.seen === 0 ? [] : summary.warnings)
    if (!(warning === 'no-replies-seen' && answers?.userReplies)) out.push(`Warning: ${say(WARNING_MESSAGES[warning])}`);
  if (unsure > 0)
    out.push(`Warning: ${say('unsureUnchecked', unsure)} Their confidence is below ${UNSURE_BELOW}: npm run classify gives each post's.`);
  const withoutCuesLine = withoutCuesText(withoutCues, say, 'en');
  if (withoutCuesLine) out.push(`Warning: ${withoutCuesLine}`);
  out.push(...perAccount(accounts, marked ? answersOf : () => undefined));
  printLines(out);
});

/**
 * A file of several accounts' posts: each account's own figures beside the whole, largest first. Questions answered
 * only where the posts came from pages (npm run extract), which show the threads.
 */
function perAccount(accounts: Map<string, AccountTally>, answersOf: (account: string) => Responsiveness | undefined): string[] {
  if (accounts.size < 2) return [];
  const withThreads = [...accounts.keys()].some((account) => answersOf(account) !== undefined);
  const column = (text: string, width: number) => text.padStart(width);
  const shown = [...accounts.entries()]
    .map(([account, tally]) => ({ account, name: printable(account), tally, summary: tally.score.summary() }))
    .sort((a, b) => b.summary.seen - a.summary.seen || a.account.localeCompare(b.account))
    .slice(0, MAX_AUTHORS_SHOWN);
  // As wide as the longest name shown, so no name pushes its row's figures out of their columns.
  const nameWidth = Math.max(MIN_NAME_WIDTH, ...shown.map(({ name }) => name.length));
  const rows = shown.map(({ account, name, tally, summary }) => {
    const weekly = postsPerWeek(summary.seen, tally.range());
    const answers = answersOf(account);
    const score = summary.sendingScore;
    const interval = summary.sendingInterval ? `  (${summary.sendingInterval.map(Math.round).join('–')})` : '';
    return [
      `  ${name.padEnd(nameWidth)} ${column(String(summary.seen), 6)}  ${column(weekly === null ? '–' : substitution(weekly, 'en'), 6)}`,
      withThreads ? `  ${column(answers?.questions ? `${answers.answered} of ${answers.questions}` : '–', 10)}` : '',
      `  ${score === null ? '  –' : column(String(Math.round(score)), 3)}${interval}`,
    ].join('');
  });
  const more = accounts.size > MAX_AUTHORS_SHOWN ? [`  … and ${accounts.size - MAX_AUTHORS_SHOWN} more accounts`] : [];
  return [
    '',
    `Per account (${accounts.size} accounts)`,
    `  ${'account'.padEnd(nameWidth)} ${column('posts', 6)}  ${column('a week', 6)}${withThreads ? `  ${column('answered', 10)}` : ''}  sending score (90% interval)`,
    ...rows,
    ...more,
  ];
}
