/** Reads posts for the command-line tools from JSONL or CSV, with one clear message for a file it cannot use. */
import { fstatSync, readFileSync, statSync } from 'node:fs';
import Papa from 'papaparse';
import type { PostInput } from '../model/post';

export class InputError extends Error {}

export interface FilePost extends PostInput {
  /** Fields the file carried beyond the post itself (labels in the corpus, for instance). */
  extra: Record<string, unknown>;
}

const POST_FIELDS = ['id', 'text', 'isReply', 'replyTo', 'lang', 'author', 'mediaOnly', 'isRepost'];

/** What names standard input on the command line, as in most Unix tools. */
export const STDIN = '-';

/** The file to read: the one named, else standard input when a pipe or a file feeds it, else the fallback (a terminal, /dev/null). */
export function inputPath(named: string | undefined, fallback?: string): string | undefined {
  if (named) return named;
  const stdin = fstatSync(0);
  return stdin.isFIFO() || stdin.isFile() || stdin.isSocket() ? STDIN : fallback;
}

export function readPosts(path: string): FilePost[] {
  let content: string;
  try {
    if (path !== STDIN && statSync(path).isDirectory()) throw new InputError(`${path} is a folder, not a file of posts`);
    content = readFileSync(path === STDIN ? 0 : path, 'utf8');
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
  content = content.replace(/^\uFEFF/, '');
  if (content.trim() === '') throw new InputError(path === STDIN ? 'standard input is empty: pipe posts in, or name a file' : `${path} is empty`);
  const records = looksLikeJsonLines(path, content) ? parseJsonLines(path, content) : parseCsv(path, content);
  if (records.length === 0) throw new InputError(`${path} holds no posts`);
  if (!records.some((record) => 'text' in record)) {
    throw new InputError(`${path} has no "text" ${looksLikeJsonLines(path, content) ? 'field' : 'column'}; found: ${Object.keys(records[0]).join(', ') || 'nothing'}`);
  }
  return records.map((record, i) => toPost(record, i));
}

function looksLikeJsonLines(path: string, content: string): boolean {
  if (/\.(jsonl|ndjson|json)$/i.test(path)) return true;
  if (/\.csv$/i.test(path)) return false;
  return content.trimStart().startsWith('{');
}

function parseJsonLines(path: string, content: string): Record<string, unknown>[] {
  const records: Record<string, unknown>[] = [];
  content.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new InputError(`${path} line ${i + 1} is not valid JSON (expected one JSON object per line, or a CSV file with a "text" column)`);
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) throw new InputError(`${path} line ${i + 1} is not a JSON object`);
    records.push(value as Record<string, unknown>);
  });
  return records;
}

function parseCsv(path: string, content: string): Record<string, unknown>[] {
  const parsed = Papa.parse<Record<string, string>>(content, { header: true, skipEmptyLines: 'greedy', transformHeader: (header) => header.trim() });
  const fatal = parsed.errors.find((error) => error.type === 'Quotes' || error.code === 'UndetectableDelimiter');
  if (fatal && !parsed.meta.fields?.includes('text')) throw new InputError(`${path} is neither JSON lines nor CSV with a "text" column (${fatal.message})`);
  return parsed.data;
}

function toPost(record: Record<string, unknown>, index: number): FilePost {
  const text = record.text;
  const asString = (value: unknown) => (typeof value === 'string' && value !== '' ? value : typeof value === 'number' ? String(value) : undefined);
  const asBoolean = (value: unknown) => value === true || (typeof value === 'string' && /^(true|yes|1)$/i.test(value.trim()));
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
  };
}

/** A post of the hand-labelled corpus, with its labels. */
export interface LabelledPost extends FilePost {
  tag: string;
  perspective: string | null;
  invitesResponse: boolean;
  source: string;
}

export function readLabelledPosts(path: string): LabelledPost[] {
  const posts = readPosts(path).filter((post) => typeof post.extra.tag === 'string');
  if (posts.length === 0) throw new InputError(`${path} has no labelled posts (no "tag" field)`);
  return posts.map((post) => ({
    ...post,
    tag: String(post.extra.tag),
    perspective: typeof post.extra.perspective === 'string' ? post.extra.perspective : null,
    invitesResponse: post.extra.invitesResponse === true,
    source: typeof post.extra.source === 'string' ? post.extra.source.split(':')[0] : '(unknown)',
  }));
}
