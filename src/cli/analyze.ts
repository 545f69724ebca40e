/**
 * npm run --silent analyze [-- FILE|-]: the brand on the 24/7 grid, its distribution and its sending score.
 * Reads standard input when posts are piped in (or FILE is -), the bundled sample feed when run bare in a terminal.
 */
import { fileURLToPath } from 'node:url';
import { CELLS, FUNCTIONS, FUNCTION_NAMES, PERSPECTIVES, PERSPECTIVE_NAMES, TAGS, TAG_NAMES } from '../model/model';
import { classifyPost } from '../classify/classify';
import { loadEnglishTagger } from '../classify/english';
import { ScoreTally } from '../score/summarize';
import { inputName, inputPath, progressOnStderr, streamPosts } from './read-posts';
import { ResponsivenessTally } from '../score/responsiveness';
import { runCli } from './run';
import { formatInterval, periodParts, formatResponsiveness, pluralForms, WARNING_MESSAGES, withoutCuesText } from '../ui/format';
import { languagesWithoutCues, needsCheck, UNSURE_BELOW } from '../model/override';
import { sayIn } from '../ui/messages';

/** The command line speaks English. */
const say = sayIn('en');

const SAMPLE_FEED = fileURLToPath(new URL('./sample-feed.jsonl', import.meta.url));
const CELL_WIDTH = 19;
const MAX_AUTHORS_SHOWN = 20;

const USAGE =
  'usage: npm run --silent analyze [-- FILE|-] (JSON lines or CSV with a "text" column; standard input when piped, else the bundled sample feed)';

runCli({ usage: USAGE, files: 1 }, async ({ files }) => {
  await loadEnglishTagger();
  const path = inputPath(files[0], SAMPLE_FEED)!;
  const own = new ScoreTally();
  const byAuthor = new Map<string, ScoreTally>();
  const thread = new ResponsivenessTally();
  const otherAuthors = new Set<string>();
  let others = 0;
  let unsure = 0;
  const withoutCues = new Map<string, number>();
  let marked: boolean | undefined;
  let brand: string | undefined;
  // The first and the last date of the brand's own posts, in ms.
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for await (const post of streamPosts(path, { onProgress: progressOnStderr })) {
    const classification = classifyPost(post);
    // A page's posts (npm run extract) each say whether they are the brand's own; the score is about those alone.
    marked ??= typeof post.extra.fromBrand === 'boolean';
    const fromBrand = !marked || post.extra.fromBrand === true;
    thread.add({ ...post, fromBrand, isReply: post.isReply === true, classification });
    // A page's posts (npm run extract) name its account: a repost there is that account's act, not its first author's.
    const pageAccount = typeof post.extra.brand === 'string' ? post.extra.brand : undefined;
    brand ??= pageAccount ?? (fromBrand && !post.isRepost ? post.author : undefined);
    if (!fromBrand) {
      others++;
      otherAuthors.add(post.author ?? '(unknown)');
      continue;
    }
    own.add(classification);
    const published = post.extra.publishedAt;
    const time = typeof published === 'string' ? Date.parse(published) : Number.NaN;
    if (!Number.isNaN(time)) {
      first = Math.min(first, time);
      last = Math.max(last, time);
    }
    if (needsCheck({ classification })) unsure++;
    languagesWithoutCues([{ classification }], withoutCues);
    const account = pageAccount ?? post.author ?? '(unknown)';
    if (!byAuthor.has(account)) byAuthor.set(account, new ScoreTally());
    byAuthor.get(account)!.add(classification);
  }
  const summary = own.summary();
  const pct = (n: number) => (summary.tagged === 0 ? '–' : `${Math.round((100 * n) / summary.tagged)}%`);
  const source = path === SAMPLE_FEED ? 'Sample feed (bundled)' : inputName(path);
  const range: [string, string] | undefined = first <= last ? [new Date(first).toISOString(), new Date(last).toISOString()] : undefined;
  const out: string[] = [
    [
      pluralForms(`${source}: ${summary.seen} {post|posts}, ${summary.tagged} tagged, ${summary.unknown} without readable text`, 'en'),
      ...periodParts(summary.seen, range, say, 'en'),
    ].join(' · '),
  ];
  if (marked && summary.seen === 0)
    out.push(
      brand
        ? `Scored: nothing. The page showed none of ${brand}'s own posts or reposts, only ${pluralForms(`${others} {post|posts}`, 'en')} by others.`
        : "Scored: nothing. The page belongs to no account (a home feed or search results), so none of its posts is a brand's own: extract the brand's page or profile instead.",
    );
  else if (marked)
    out.push(
      others === 0
        ? "Scored: the brand's own posts and reposts (fromBrand); the page showed no one else's."
        : pluralForms(
            `Scored: the brand's own posts and reposts (fromBrand). Not scored: ${others} {post|posts} by ${otherAuthors.size} other {account|accounts} (replies, comments, ads).`,
            'en',
          ),
    );
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
  const answers = marked ? thread.result(brand ?? '') : undefined;
  if (answers) out.push(`Responsiveness: ${formatResponsiveness(answers, say) ?? "– (no users' replies on this page)"}`);
  // With nothing scored, the line saying so is the warning; few posts or no replies seen would only repeat it.
  for (const warning of summary.seen === 0 ? [] : summary.warnings)
    if (!(warning === 'no-replies-seen' && answers?.userReplies)) out.push(`Warning: ${say(WARNING_MESSAGES[warning])}`);
  if (unsure > 0)
    out.push(`Warning: ${say('unsureUnchecked', unsure)} Their confidence is below ${UNSURE_BELOW}: npm run classify gives each post's.`);
  const withoutCuesLine = withoutCuesText(withoutCues, say, 'en');
  if (withoutCuesLine) out.push(`Warning: ${withoutCuesLine}`);
  out.push(...perAuthor(byAuthor));
  process.stdout.write(`${out.join('\n')}\n`);
});

/** A file of several accounts' posts: each account's own sending score beside the whole, largest first. */
function perAuthor(byAuthor: Map<string, ScoreTally>): string[] {
  if (byAuthor.size < 2) return [];
  const rows = [...byAuthor.entries()]
    .map(([author, tally]) => ({ author, summary: tally.summary() }))
    .sort((a, b) => b.summary.seen - a.summary.seen || a.author.localeCompare(b.author))
    .slice(0, MAX_AUTHORS_SHOWN)
    .map(({ author, summary }) => {
      const score = summary.sendingScore;
      const interval = summary.sendingInterval ? `  (${summary.sendingInterval.map(Math.round).join('–')})` : '';
      return `  ${author.padEnd(24)} ${String(summary.seen).padStart(6)}  ${score === null ? '  –' : String(Math.round(score)).padStart(3)}${interval}`;
    });
  const more = byAuthor.size > MAX_AUTHORS_SHOWN ? [`  … and ${byAuthor.size - MAX_AUTHORS_SHOWN} more accounts`] : [];
  return [
    '',
    `Per account (${byAuthor.size} accounts)`,
    `  ${'account'.padEnd(24)} ${'posts'.padStart(6)}  sending score (90% interval)`,
    ...rows,
    ...more,
  ];
}
