/**
 * npm run --silent analyze [-- FILE|-]: the brand on the 24/7 grid, its distribution and its sending score.
 * Reads standard input when posts are piped in (or FILE is -), the bundled sample feed when run bare in a terminal.
 */
import { fileURLToPath } from 'node:url';
import { CELLS, FUNCTIONS, FUNCTION_NAMES, PERSPECTIVES, PERSPECTIVE_NAMES, TAGS, TAG_NAMES } from '../model/model';
import { classifyPost } from '../classify/classify';
import { summarize, type CoverageWarning } from '../score/summarize';
import { inputPath, readPosts, STDIN } from './read-posts';
import { runCli } from './run';

const SAMPLE_FEED = fileURLToPath(new URL('./sample-feed.jsonl', import.meta.url));
const CELL_WIDTH = 19;

const WARNINGS: Record<CoverageWarning, string> = {
  'few-posts': 'few posts: fewer than 20 tagged posts, read the figures as anecdotes',
  'no-replies-seen': 'no replies seen: the brand answers nobody here, or its replies were not on the page (open its replies tab)',
};

runCli(() => {
  const path = inputPath(process.argv[2], SAMPLE_FEED)!;
  const posts = readPosts(path);
  const summary = summarize(posts.map((post) => ({ classification: classifyPost(post) })));
  const pct = (n: number) => (summary.tagged === 0 ? '–' : `${Math.round((100 * n) / summary.tagged)}%`);
  const out: string[] = [`${path === SAMPLE_FEED ? 'Sample feed (bundled)' : path === STDIN ? 'standard input' : path}: ${summary.seen} posts, ${summary.tagged} tagged, ${summary.unknown} without readable text`, ''];

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
  for (const warning of summary.warnings) out.push(`Warning: ${WARNINGS[warning]}`);
  process.stdout.write(`${out.join('\n')}\n`);
});
