/**
 * npm run eval [-- FILE]: the classifier against the hand-labelled corpus,
 * beside a majority-class and a naive Bayes baseline computed in the same run.
 */
import { BRIEF_TAGS, TAGS } from '../model/model';
import { classifyPost } from '../classify/classify';
import { evaluate, macroF1, type Report } from '../eval/metrics';
import { crossValidate, majorityLabel } from '../eval/naive-bayes';
import { summarize } from '../score/summarize';
import { readPosts, type FilePost } from './read-posts';
import { DEFAULT_CORPUS, runCli } from './run';

/** A brief tag counts towards the target only with at least this many labelled posts. */
export const MIN_SUPPORT_FOR_TARGET = 15;
export const TARGET_MACRO_F1 = 0.8;
export const TARGET_MIN_F1 = 0.65;
const FOLDS = 5;

runCli(() => {
  const path = process.argv[2] ?? DEFAULT_CORPUS;
  const posts = readPosts(path).filter((post) => typeof post.extra.tag === 'string');
  const gold = posts.map((post) => String(post.extra.tag));
  const classified = posts.map((post) => classifyPost(post));
  const ours = evaluate(gold, classified.map((c) => c.tag), [...TAGS, 'unknown']);
  const majority = majorityLabel(gold);
  const majorityReport = evaluate(gold, gold.map(() => majority), [...TAGS, 'unknown']);
  const bayes = evaluate(gold, crossValidate(posts.map((post, i) => ({ text: post.text, label: gold[i] })), FOLDS), [...TAGS, 'unknown']);

  const supported = BRIEF_TAGS.filter((tag) => gold.filter((g) => g === tag).length >= MIN_SUPPORT_FOR_TARGET);
  const out: string[] = [];
  out.push(`Corpus: ${path} — ${posts.length} labelled posts`);
  out.push(`Brief tags with ≥ ${MIN_SUPPORT_FOR_TARGET} posts (the target's tags): ${supported.join(', ')}`);
  out.push('');
  out.push(section('Zendmeter classifier', ours, supported));
  out.push(confusionTable(ours));
  out.push(experienceLine(posts, classified));
  out.push('');
  out.push(section(`Baseline: majority class (${majority})`, majorityReport, supported));
  out.push(section(`Baseline: multinomial naive Bayes, ${FOLDS}-fold cross-validation`, bayes, supported));
  out.push(sendingByAuthor(posts, classified));

  const ourMacro = macroF1(ours, supported);
  const bayesMacro = macroF1(bayes, supported);
  const weakest = ours.perTag.filter((m) => supported.includes(m.tag as (typeof BRIEF_TAGS)[number])).sort((a, b) => a.f1 - b.f1)[0];
  const met = ourMacro >= TARGET_MACRO_F1 && ourMacro > bayesMacro && (!weakest || weakest.f1 >= TARGET_MIN_F1);
  out.push(
    `Target (macro-F1 ≥ ${TARGET_MACRO_F1} over ${supported.join(', ')}, above NB, no such tag below ${TARGET_MIN_F1}): ${met ? 'met' : 'NOT met'}` +
      (weakest ? ` — weakest ${weakest.tag} ${fmt(weakest.f1)}` : ''),
  );
  out.push(`macro-F1 ${fmt(ourMacro)} (baseline NB ${fmt(bayesMacro)})`);
  process.stdout.write(`${out.join('\n')}\n`);
});

function fmt(value: number): string {
  return value.toFixed(3);
}

function section(title: string, report: Report, supported: readonly string[]): string {
  const rows = report.perTag
    .filter((m) => m.support > 0 || m.predicted > 0)
    .map((m) => `  ${m.tag.padEnd(12)} ${String(m.support).padStart(7)} ${String(m.predicted).padStart(9)} ${fmt(m.precision).padStart(9)} ${fmt(m.recall).padStart(6)} ${fmt(m.f1).padStart(6)}`);
  return [
    `${title}`,
    `  ${'tag'.padEnd(12)} ${'labelled'.padStart(7)} ${'predicted'.padStart(9)} ${'precision'.padStart(9)} ${'recall'.padStart(6)} ${'F1'.padStart(6)}`,
    ...rows,
    `  accuracy ${fmt(report.accuracy)} · macro-F1 over the target's tags ${fmt(macroF1(report, supported))} · over all five brief tags ${fmt(macroF1(report, BRIEF_TAGS))}`,
    '',
  ].join('\n');
}

function confusionTable(report: Report): string {
  const labels = report.labels.filter((l) => report.perTag.find((m) => m.tag === l)!.support + report.perTag.find((m) => m.tag === l)!.predicted > 0);
  const short = (label: string) => label.slice(0, 9);
  const header = `  ${'labelled ↓ / predicted →'.padEnd(25)}${labels.map((l) => short(l).padStart(10)).join('')}`;
  const rows = labels.map((g) => `  ${g.padEnd(25)}${labels.map((p) => String(report.confusion[g][p]).padStart(10)).join('')}`);
  return ['Confusion matrix', header, ...rows, ''].join('\n');
}

function experienceLine(posts: FilePost[], classified: ReturnType<typeof classifyPost>[]): string {
  const pairs = posts.map((post, i) => [post.extra, classified[i]] as const).filter(([gold, c]) => gold.tag === 'experience' && c.tag === 'experience');
  const agree = pairs.filter(([gold, c]) => gold.perspective === c.perspective).length;
  return `Experience perspective (brand/user) agrees on ${agree} of ${pairs.length} experience posts tagged experience.\n`;
}

function sendingByAuthor(posts: FilePost[], classified: ReturnType<typeof classifyPost>[]): string {
  const authors = new Map<string, number[]>();
  posts.forEach((post, i) => authors.set(post.author ?? '(unknown)', [...(authors.get(post.author ?? '(unknown)') ?? []), i]));
  const lines = ['Sending score per author (labels → classifier)'];
  const sorted = [...authors.entries()].sort((a, b) => b[1].length - a[1].length);
  let totalGap = 0;
  for (const [author, indexes] of sorted) {
    const labelled = summarize(indexes.map((i) => ({
      classification: { tag: posts[i].extra.tag as never, perspective: (posts[i].extra.perspective ?? null) as never, invitesResponse: posts[i].extra.invitesResponse === true },
    })));
    const predicted = summarize(indexes.map((i) => ({ classification: classified[i] })));
    const gap = Math.abs((labelled.sendingScore ?? 0) - (predicted.sendingScore ?? 0));
    totalGap += gap * indexes.length;
    lines.push(`  ${author.padEnd(22)} ${String(indexes.length).padStart(4)} posts  ${score(labelled.sendingScore)} → ${score(predicted.sendingScore)}`);
  }
  lines.push(`  weighted mean absolute gap: ${(totalGap / posts.length).toFixed(1)} points`, '');
  return lines.join('\n');
}

function score(value: number | null): string {
  return value === null ? '  –' : value.toFixed(0).padStart(3);
}
