/** Reads posts for the command-line tools from JSONL or CSV, with one clear message for a file it cannot use. */
import { createReadStream, fstatSync, statSync } from 'node:fs';
import { Readable, type Duplex } from 'node:stream';
import Papa from 'papaparse';
import { TAGS, type TagOrUnknown } from '../model/model';
import type { HandTag } from '../model/override';
import type { PostInput } from '../model/post';
import { pluralForms } from '../ui/format';
import { restoreEmoji } from './emoji-names';
import { unneutralise } from '../export/export';

export class InputError extends Error {}

export interface FilePost extends PostInput {
  /** Fields the file carried beyond the post itself (labels in the corpus, for instance). */
  extra: Record<string, unknown>;
  /** The tag a user set by hand in the extension, where the file is one of its exports: it counts over the classifier's. */
  override?: HandTag;
}

const POST_FIELDS = ['id', 'text', 'isReply', 'replyTo', 'lang', 'author', 'mediaOnly', 'isRepost'];

/** The extension's CSV export names some fields for people; read back, they are the same fields. */
const EXPORT_COLUMNS: Record<string, string> = {
  reply: 'isReply',
  'reply to': 'replyTo',
  repost: 'isRepost',
  language: 'lang',
  published: 'publishedAt',
};
const SET_BY_HAND = 'set by hand';

/** What names standard input on the command line, as in most Unix tools. */
const STDIN = '-';

/** How a message names the input: the file's path, or standard input. */
export function inputName(path: string): string {
  return path === STDIN ? 'standard input' : path;
}

/** The file to read: the one named, else standard input when a pipe or a file feeds it, else the fallback (a terminal, /dev/null). */
export function inputPath(named: string | undefined, fallback?: string): string | undefined {
  if (named) return named;
  const stdin = fstatSync(0);
  return stdin.isFIFO() || stdin.isFile() || stdin.isSocket() ? STDIN : fallback;
}

/** How often, at most, a long read reports its progress on standard error. */
const PROGRESS_EVERY_MS = 2000;

export interface ReadOptions {
  /** Called now and then on a long read with the posts read so far and the share of the file read (when its size is known). */
  onProgress?: (posts: number, share: number | undefined) => void;
}

/**
 * The posts of a JSONL or CSV file (or standard input) one by one, as they are read: a file of any size
 * is read in the memory of one chunk. The format is told by the name, else by the first character.
 */
export async function* streamPosts(path: string, options: ReadOptions = {}): AsyncGenerator<FilePost> {
  const chunks = openChunks(path);
  let first = await chunks.next();
  while (!first.done && first.value.trim() === '') first = await chunks.next();
  if (first.done) throw new InputError(path === STDIN ? 'standard input is empty: pipe posts in, or name a file' : `${path} is empty`);
  const head = first.value.replace(/^\uFEFF/, '');
  const jsonLines = /\.(jsonl|ndjson|json)$/i.test(path) || (!/\.csv$/i.test(path) && head.trimStart().startsWith('{'));
  const size = path === STDIN ? undefined : statSync(path).size;
  let bytes = 0;
  const counted = async function* () {
    for (let chunk: IteratorResult<string> = { done: false, value: head }; !chunk.done; chunk = await chunks.next()) {
      bytes += Buffer.byteLength(chunk.value);
      yield chunk.value;
    }
  };
  // A JSON line is one object on one line; a line that only opens one begins a whole document: the JSON export.
  const document = jsonLines && head.trimStart().split('\n', 1)[0].trim() === '{';
  const records = document ? exportedRecords(path, counted()) : jsonLines ? jsonRecords(path, counted()) : csvRecords(counted());
  const noText = (record: Record<string, unknown>) =>
    new InputError(`${path} has no "text" ${jsonLines ? 'field' : 'column'}; found: ${Object.keys(record).join(', ') || 'nothing'}`);
  let index = 0;
  let firstRecord: Record<string, unknown> | undefined;
  let sawText = false;
  let reported = Date.now();
  for await (const record of records) {
    firstRecord ??= record;
    sawText ||= 'text' in record;
    // A CSV header names its columns once; a JSON line may leave out the text of a post that has none.
    if (!jsonLines && !sawText) throw noText(record);
    yield toPost(record, index++);
    if (options.onProgress && Date.now() - reported > PROGRESS_EVERY_MS) {
      reported = Date.now();
      options.onProgress(index, size ? bytes / size : undefined);
    }
  }
  if (!firstRecord) throw new InputError(`${path} holds no posts`);
  if (!sawText) throw noText(firstRecord);
}

/** All the posts of a file, for the tools that need them at once (the corpus, a benchmark). */
export async function readPosts(path: string): Promise<FilePost[]> {
  const posts: FilePost[] = [];
  for await (const post of streamPosts(path)) posts.push(post);
  return posts;
}

/** A progress line on standard error: rewritten in place on a terminal, one line each time otherwise. */
export function progressOnStderr(posts: number, share: number | undefined): void {
  const line = `zendmeter: ${posts.toLocaleString('en')} posts read${share === undefined ? '' : ` (${Math.round(100 * share)}% of the file)`}`;
  process.stderr.write(process.stderr.isTTY ? `\r${line}` : `${line}\n`);
}

async function* openChunks(path: string): AsyncGenerator<string> {
  try {
    if (path !== STDIN && statSync(path).isDirectory()) throw new InputError(`${path} is a folder, not a file of posts`);
    const stream = path === STDIN ? process.stdin : createReadStream(path);
    stream.setEncoding('utf8');
    for await (const chunk of stream) yield chunk as string;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(
      `cannot read ${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`,
    );
  }
}

async function* jsonRecords(path: string, chunks: AsyncIterable<string>): AsyncGenerator<Record<string, unknown>> {
  let rest = '';
  let lineNumber = 0;
  const parse = (line: string) => {
    lineNumber++;
    if (line.trim() === '') return undefined;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new InputError(
        `${path} line ${lineNumber} is not valid JSON (expected one JSON object per line, or a CSV file with a "text" column)`,
      );
    }
    if (!value || typeof value !== 'object' || Array.isArray(value))
      throw new InputError(`${path} line ${lineNumber} is not a JSON object`);
    return value as Record<string, unknown>;
  };
  for await (const chunk of chunks) {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop()!;
    for (const line of lines) {
      const record = parse(line);
      if (record) yield record;
    }
  }
  const record = parse(rest);
  if (record) yield record;
}

/** The posts of the extension's JSON export, one document read whole, with the language each was classified in. */
async function* exportedRecords(path: string, chunks: AsyncIterable<string>): AsyncGenerator<Record<string, unknown>> {
  let text = '';
  for await (const chunk of chunks) text += chunk;
  let exported: unknown;
  try {
    exported = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${path} is not valid JSON: ${(error as Error).message}`);
  }
  const posts = (exported as { posts?: unknown } | null)?.posts;
  if (!Array.isArray(posts))
    throw new InputError(`${path} is one JSON document with no "posts" list: expected JSON lines, a CSV file, or Zendmeter's JSON export`);
  for (const post of posts) {
    if (!post || typeof post !== 'object') continue;
    const classified = (post as { classification?: { lang?: unknown } }).classification;
    yield { lang: classified?.lang, ...(post as Record<string, unknown>) };
  }
}

function csvRecords(chunks: AsyncIterable<string>): AsyncIterable<Record<string, unknown>> {
  const parser: Duplex = Papa.parse(Papa.NODE_STREAM_INPUT, {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (header) => header.trim(),
  });
  return Readable.from(chunks).pipe(parser);
}

/** A flag as JSON gives it (true) or as a CSV cell does ("TRUE", "no", "1"); undefined where it says neither. */
function flagOf(value: unknown): boolean | undefined {
  const text = typeof value === 'string' ? value.trim().toLowerCase() : value;
  if (text === true || text === 'true' || text === 'yes' || text === '1') return true;
  if (text === false || text === 'false' || text === 'no' || text === '0') return false;
  return undefined;
}

const asBoolean = (value: unknown, absent = false) => flagOf(value) ?? absent;

function toPost(given: Record<string, unknown>, index: number): FilePost {
  // The CSV export kept Excel from running "@jan …" as a formula by an apostrophe before it; the text is without.
  const csvExport = SET_BY_HAND in given;
  const record = Object.fromEntries(
    Object.entries(given).map(([key, value]) => [
      key in EXPORT_COLUMNS && !(EXPORT_COLUMNS[key] in given) ? EXPORT_COLUMNS[key] : key,
      csvExport && typeof value === 'string' ? unneutralise(value) : value,
    ]),
  );
  const text = record.text;
  const asString = (value: unknown) =>
    typeof value === 'string' && value !== '' ? value : typeof value === 'number' ? String(value) : undefined;
  const extra = Object.fromEntries(Object.entries(record).filter(([key]) => !POST_FIELDS.includes(key)));
  return {
    id: asString(record.id) ?? `#${index + 1}`,
    text: typeof text === 'string' ? text : '',
    isReply: asBoolean(record.isReply),
    replyTo: asString(record.replyTo),
    lang: asString(record.lang),
    author: asString(record.author),
    mediaOnly: asBoolean(record.mediaOnly),
    isRepost: asBoolean(record.isRepost),
    extra,
    ...handTagOf(record),
  };
}

/** A tag set by hand in the extension: its JSON export's override, or its CSV export's tag marked "set by hand". */
function handTagOf(record: Record<string, unknown>): { override: HandTag } | undefined {
  const override = record.override;
  const hand = (override && typeof override === 'object' ? override : asBoolean(record[SET_BY_HAND]) ? record : undefined) as
    | Record<string, unknown>
    | undefined;
  const tag = labelOf(hand?.tag);
  if (!hand || !LABELS.has(tag)) return undefined;
  const perspective = labelOf(hand.perspective);
  return { override: { tag: tag as TagOrUnknown, perspective: perspective === 'brand' || perspective === 'user' ? perspective : null } };
}

/** A post of the hand-labelled corpus, with its labels. */
export interface LabelledPost extends FilePost {
  tag: string;
  perspective: string | null;
  /** Undefined where the file does not label it (a team's file may label the tags alone). */
  invitesResponse: boolean | undefined;
  /** False where the labeller hesitated between two tags; a file that does not say is taken as sure. */
  sure: boolean;
  source: string;
}

/** The codebook's tags, and "unknown" for a post with nothing to tag. */
const LABELS: ReadonlySet<string> = new Set([...TAGS, 'unknown']);

/** A label as people type it in a spreadsheet ("Experience", "co creation ") in the codebook's spelling; "" for none. */
const labelOf = (value: unknown) =>
  typeof value === 'string'
    ? value
        .trim()
        .toLowerCase()
        .replace(/[\s_]+/g, '-')
    : '';

/**
 * A post of the extension's export whose tag the classifier set, not a person: in a file of labels it would be
 * the classifier graded against itself.
 */
const taggedByClassifier = (post: FilePost) =>
  !post.override && (post.extra[SET_BY_HAND] !== undefined || typeof post.extra.classification === 'object');

export async function readLabelledPosts(path: string): Promise<LabelledPost[]> {
  const read = await readPosts(path);
  const byClassifier = read.filter(taggedByClassifier).length;
  // A CSV gives every column of every row: a row with an empty tag cell is a post not labelled yet.
  const posts = read
    .filter((post) => !taggedByClassifier(post))
    .map((post) => ({ post, tag: post.override?.tag ?? labelOf(post.extra.tag) }))
    .filter(({ tag }) => tag !== '');
  if (byClassifier > 0 && posts.length === 0)
    throw new InputError(
      `${inputName(path)} is an export of the extension with no tag set by hand: its tags are the classifier's own. Correct or confirm tags in the popup or the report, then export again`,
    );
  if (byClassifier > 0)
    process.stderr.write(
      pluralForms(
        `zendmeter: ${inputName(path)}: ${byClassifier} {post is|posts are} left out, tagged by the classifier in the extension; the ${posts.length} {tag|tags} set by hand there are the labels\n`,
        'en',
      ),
    );
  if (posts.length === 0) throw new InputError(`${inputName(path)} has no labelled posts (no "tag" field, or every tag empty)`);
  // A misspelt tag would count as the classifier's error in every figure: say so rather than score it.
  const strange = new Map<string, number>();
  for (const { post, tag } of posts) {
    if (!LABELS.has(tag)) strange.set(String(post.extra.tag), (strange.get(String(post.extra.tag)) ?? 0) + 1);
  }
  if (strange.size > 0) {
    const count = [...strange.values()].reduce((sum, n) => sum + n, 0);
    const listed = [...strange].map(([tag, n]) => `"${tag}" (${n})`).join(', ');
    throw new InputError(
      pluralForms(
        `${inputName(path)}: ${count} {post has|posts have} a tag the codebook does not name: ${listed}; its tags are ${[...LABELS].join(', ')}`,
        'en',
      ),
    );
  }
  return posts.map(({ post, tag }) => ({
    ...post,
    text: restoreEmoji(post.text),
    tag,
    perspective: post.override ? post.override.perspective : labelOf(post.extra.perspective) || null,
    // An export's "invites response" is the classifier's reading, not a label.
    invitesResponse: post.override ? undefined : flagOf(post.extra.invitesResponse),
    sure: asBoolean(post.extra.sure, true),
    source: typeof post.extra.source === 'string' ? post.extra.source.split(':')[0] : '(unknown)',
  }));
}
