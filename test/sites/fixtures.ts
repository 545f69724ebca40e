/** Loads the saved real pages of ../shared/fixtures (read in place, never copied) and minimal pages of our own. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { extractPosts } from '@/src/sites/extract';
import { prepareSavedPage } from '@/src/sites/saved-page';

export const SHARED_FIXTURES = join(process.cwd(), '../shared/fixtures');
export const hasSharedFixtures = existsSync(SHARED_FIXTURES);

/** shownAt: when the page was shown, for the times it gives relative to then ("2 days ago"); now by default. */
export function page(html: string, url: string, shownAt?: number) {
  const { document } = parseHTML(prepareSavedPage(html));
  return extractPosts(document as unknown as Document, new URL(url), undefined, shownAt);
}

/** The HTML of a page of our own in test/sites/pages, written from a platform's own markup where no capture exists. */
export function ownHtml(name: string): string {
  return readFileSync(join(process.cwd(), 'test/sites/pages', name), 'utf8');
}

export function ownPage(name: string, url: string) {
  return page(ownHtml(name), url);
}

/** The HTML of a saved real page in ../shared/fixtures. */
export function sharedHtml(path: string): string {
  return readFileSync(join(SHARED_FIXTURES, path), 'utf8');
}

export function sharedPage(path: string, url: string) {
  return page(sharedHtml(path), url);
}
