/**
 * npm run --silent analyze [-- FILE|-]: the brand on the 24/7 grid, its distribution and its sending score.
 * Reads standard input when posts are piped in (or FILE is -), the bundled sample feed when run bare in a terminal.
 */
import { fileURLToPath } from 'node:url';
import { CELLS, FUNCTIONS, FUNCTION_NAMES, PERSPECTIVES, PERSPECTIVE_NAMES, TAGS, TAG_NAMES } from '../model/model';
import { classifyPost } from '../classify/classify';
import { summarize, type CoverageWarning } from '../score/summarize';
import { inputPath, readPosts, STDIN, type FilePost } from './read-posts';
import { indexesByKey } from '../eval/metrics';
import { responsiveness, SOCIALLY_DEVOTED_RATE } from '../score/responsiveness';
import type { Classification } from '../model/post';
import { runCli } from './run';

const SAMPLE_FEED = fileURLToPath(new URL('./sample-feed.jsonl', import.meta.url));
const CELL_WIDTH = 19;
const MAX_AUTHORS_SHOWN = 20;

const WARNINGS: Record<CoverageWarning, string> = {
  'few-posts': 'few posts: fewer than 20 tagged posts, read the figures as anecdotes',
  'no-replies-seen': 'no replies seen: the brand answers nobody here, or its replies were not on the page (open its replies tab)',
};

runCli(() => {
  const path = inputPath(process.argv[2], SAMPLE_FEED)!;
  const posts = readPosts(path);
  // A page's posts (npm run extract) say which are the brand's own; the score is about those alone.
  const marked = posts.some((post) => typeof post.extra.fromBrand === 'boolean');
  const own = marked ? posts.filter((post) => post.extra.fromBrand === true) : posts;
  const others = marked ? posts.filter((post) => post.extra.fromBrand !== true) : [];
  const classified = own.map((post) => ({ post, classification: classifyPost(post) }));
  const summary = summarize(classified);
  const pct = (n: number) => (summary.tagged === 0 ? '–' : `${Math.round((100 * n) / summary.tagged)}%`);
  const source = path === SAMPLE_FEED ? 'Sample feed (bundled)' : path === STDIN ? 'standard input' : path;
  const out: string[] = [`${source}: ${summary.seen} posts, ${summary.tagged} tagged, ${summary.unknown} without readable text`];
  if (marked) {
    const authors = new Set(others.map((post) => post.author ?? '(unknown)')).size;
    out.push(`Scored: the brand's own posts (fromBrand). Not scored: ${others.length} posts by ${authors} other accounts (replies, reposts, ads).`);
  }
  out.push('');

  const pad = (text: string) => text.padEnd(CELL_WIDTH);
  out.push(`${pad('')}${FUNCTIONS.map((fn) => pad(FUNCTION_NAMES[fn].en)).join('')}`);
  for (const perspective of PERSPECTIVES) {
    const cells = CELLS.filter((cell) => cell.perspective === perspective);
    out.push(`${pad(PERSPECTIVE_NAMES[perspective].en)}${cells.map((cell) => pad(cell.name.en)).join('')}`);
    out.push(`${pad('')}${cells.map((cell) => pad(`${summary.byCell[cell.id]} (${pct(summary.byCell[cell.id])})`)).join('')}`);
  }
  out.push('', 'Distribution');
  for (const tag of TAGS) out.push(`  ${TAG_NAMES[tag].en.padEnd(14)} ${String(summary.byTag[tag]).padStart(5)}  ${pct(summary.byTag[tag]).padStart(4)}`);
  out.push('');
  out.push(
    summary.sendingScore === null
      ? 'Sending score: – (no tagged posts)'
      : `Sending score: ${Math.round(summary.sendingScore)} — ${summary.sendingOnly} of ${summary.tagged} posts only send · ${summary.replies} replies seen · ${summary.questions} questions asked`,
  );
  const thread = marked ? threadLine(own, others) : undefined;
  if (thread) out.push(thread.line);
  for (const warning of summary.warnings) if (!(warning === 'no-replies-seen' && thread?.repliesSeen)) out.push(`Warning: ${WARNINGS[warning]}`);
  out.push(...perAuthor(classified));
  process.stdout.write(`${out.join('\n')}\n`);
});

/** Responsiveness on a page's posts: users' questions in the brand's threads, and how many it answered. */
function threadLine(own: FilePost[], others: FilePost[]): { line: string; repliesSeen: boolean } {
  const brand = own.find((post) => !post.isRepost)?.author ?? '';
  const asThread = (post: FilePost, fromBrand: boolean) => ({ ...post, fromBrand, isReply: post.isReply === true, classification: classifyPost(post) });
  const result = responsiveness(brand, [...own.map((post) => asThread(post, true)), ...others.map((post) => asThread(post, false))]);
  const bar = `${Math.round(100 * SOCIALLY_DEVOTED_RATE)}%`;
  const line =
    result.userReplies === 0
      ? 'Responsiveness: – (no users\' replies on this page)'
      : `Responsiveness: answered ${result.answered} of ${result.questions} questions seen in ${result.userReplies} users' replies${result.rate === null ? '' : ` (${Math.round(100 * result.rate)}%)`} · Socially Devoted bar: ${bar}`;
  return { line, repliesSeen: result.userReplies > 0 };
}

/** A file of several accounts' posts: each account's own sending score beside the whole, largest first. */
function perAuthor(classified: { post: FilePost; classification: Classification }[]): string[] {
  const byAuthor = indexesByKey(classified.map(({ post }) => post.author ?? '(unknown)'));
  if (byAuthor.size < 2) return [];
  const rows = [...byAuthor.entries()]
    .sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))
    .slice(0, MAX_AUTHORS_SHOWN)
    .map(([author, indexes]) => {
      const score = summarize(indexes.map((i) => classified[i])).sendingScore;
      return `  ${author.padEnd(24)} ${String(indexes.length).padStart(6)}  ${score === null ? '  –' : String(Math.round(score)).padStart(3)}`;
    });
  const more = byAuthor.size > MAX_AUTHORS_SHOWN ? [`  … and ${byAuthor.size - MAX_AUTHORS_SHOWN} more accounts`] : [];
  return ['', `Per account (${byAuthor.size} accounts)`, `  ${'account'.padEnd(24)} ${'posts'.padStart(6)}  sending score`, ...rows, ...more];
}
