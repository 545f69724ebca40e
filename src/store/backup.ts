/**
 * Everything in one JSON file, and back. An import is validated against a
 * schema first and written in one transaction: a corrupt or foreign file is
 * refused with a clear message and the data already there stays as it was.
 */
import * as v from 'valibot';
import { PLATFORMS } from '../model/post';
import { PERSPECTIVES, TAGS } from '../model/model';
import { allOrNothing, lastOfEach, storedVersions, writePosts } from './write';
import type { Database, StoredBrand, StoredPost } from './schema';

const BACKUP_FORMAT = 'zendmeter-backup';
const BACKUP_VERSION = 1;

/** Why an import was refused: the key of its sentence in _locales, which the page shows in the user's language. */
export type ImportProblem = 'importNotJson' | 'importNotBackup' | 'importOtherVersion' | 'importDamaged' | 'importNoRoom' | 'importFailed';

export class ImportError extends Error {
  constructor(
    readonly problem: ImportProblem,
    /** What fills the sentence in: a version, the place of the damage, a browser's error. */
    readonly details: (string | number)[] = [],
  ) {
    super([problem, ...details].join(': '));
  }
}

const tagOrUnknown = v.picklist([...TAGS, 'unknown']);
const perspective = v.nullable(v.picklist(PERSPECTIVES));
const platform = v.picklist(PLATFORMS);
const count = v.optional(v.number());

const cue = v.object({
  signal: v.string(),
  rule: v.string(),
  match: v.string(),
  start: v.number(),
  end: v.number(),
  weight: v.number(),
});

const post = v.looseObject({
  id: v.pipe(v.string(), v.minLength(1)),
  platform,
  brand: v.string(),
  text: v.string(),
  fromBrand: v.boolean(),
  isReply: v.boolean(),
  isRepost: v.boolean(),
  isPinned: v.boolean(),
  isAd: v.boolean(),
  mediaOnly: v.boolean(),
  truncated: v.boolean(),
  publishedAt: v.optional(v.pipe(v.string(), v.isoTimestamp())),
  counts: v.object({ replies: count, reposts: count, likes: count }),
  classification: v.object({
    tag: tagOrUnknown,
    perspective,
    confidence: v.number(),
    invitesResponse: v.boolean(),
    lang: v.string(),
    cues: v.array(cue),
  }),
  classifierVersion: v.number(),
  override: v.optional(v.nullable(v.object({ tag: tagOrUnknown, perspective, at: v.string() }))),
  firstSeen: v.string(),
  lastSeen: v.string(),
});

const brand = v.looseObject({ platform, handle: v.pipe(v.string(), v.minLength(1)), name: v.optional(v.string()), firstSeen: v.string() });

const backup = v.object({
  format: v.literal(BACKUP_FORMAT),
  version: v.literal(BACKUP_VERSION),
  exportedAt: v.string(),
  posts: v.array(post),
  brands: v.array(brand),
  settings: v.array(v.object({ key: v.string(), value: v.unknown() })),
});

export type Backup = v.InferOutput<typeof backup>;

export async function exportAll(db: Database, now = new Date()): Promise<Backup> {
  const tx = db.transaction(['posts', 'brands', 'settings']);
  const [posts, brands, settings] = await Promise.all([
    tx.objectStore('posts').getAll(),
    tx.objectStore('brands').getAll(),
    tx.objectStore('settings').getAll(),
  ]);
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), posts, brands, settings } as Backup;
}

/** Checks a file's text; the message says what is wrong and where, in words a user can act on. */
export function parseBackup(text: string): Backup {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ImportError('importNotJson');
  }
  if (!data || typeof data !== 'object' || (data as { format?: unknown }).format !== BACKUP_FORMAT) {
    throw new ImportError('importNotBackup');
  }
  if ((data as { version?: unknown }).version !== BACKUP_VERSION) {
    throw new ImportError('importOtherVersion', [String((data as { version?: unknown }).version), BACKUP_VERSION]);
  }
  const result = v.safeParse(backup, data);
  if (!result.success) {
    const issue = result.issues[0];
    throw new ImportError('importDamaged', [v.getDotPath(issue) ?? '', issue.message]);
  }
  return result.output;
}

/** Writes a checked backup in one transaction: all of it, or (on any failure, a full disk included) none of it. */
export async function importBackup(db: Database, data: Backup): Promise<{ posts: number; brands: number }> {
  const tx = db.transaction(['posts', 'tallies', 'brands', 'settings'], 'readwrite');
  try {
    await allOrNothing(tx, async () => {
      for (const brand of data.brands) await tx.objectStore('brands').put(brand as StoredBrand);
      for (const setting of data.settings) await tx.objectStore('settings').put(setting);
      const posts = lastOfEach(data.posts as StoredPost[]);
      const stored = await storedVersions(tx, posts);
      await writePosts(
        tx,
        posts.map((post, index) => ({ post, previous: stored[index] })),
      );
    });
  } catch (failure) {
    const name = (failure as DOMException).name;
    throw name === 'QuotaExceededError'
      ? new ImportError('importNoRoom')
      : new ImportError('importFailed', [(failure as Error).message ?? name]);
  }
  return { posts: data.posts.length, brands: data.brands.length };
}
