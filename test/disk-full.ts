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
