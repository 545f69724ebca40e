/** The store's tests: a fresh IndexedDB for each, a brand, a post as the collector hands it over, and a full disk. */
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach } from 'vitest';
import type { NewPost } from '@/src/store/schema';
import { storedPost } from './posts';

export const ACME = { platform: 'x' as const, handle: 'acme', name: 'Acme' };

/** A post before the store has seen it: no override, no first or last sighting yet. */
export function newPost(id: string, text: string, extra: Partial<NewPost> = {}): NewPost {
  const { override: _, firstSeen: __, lastSeen: ___, ...fresh } = storedPost(id, text, extra);
  return fresh;
}

/** A fresh, empty IndexedDB for every test of the file that calls this. */
export function emptyDatabaseEachTest(): void {
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
  });
}

/** A full disk, for the tests of what storage does then: IndexedDB refuses the nth write of a post with QuotaExceededError. */
export async function withDiskFullAt<T>(nthPostWrite: number, run: () => Promise<T>): Promise<T> {
  const put = IDBObjectStore.prototype.put;
  let writes = 0;
  IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    if (this.name === 'posts' && ++writes === nthPostWrite) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return put.apply(this, args);
  };
  try {
    return await run();
  } finally {
    IDBObjectStore.prototype.put = put;
  }
}
