/**
 * npm run --silent extract -- page.html [--url URL] [--saved-at DATE]: runs the
 * site adapters on a saved page (browser "Save page as", SingleFile) and prints
 * its posts as JSON lines, ready for `classify` and `analyze`.
 */
import { readFileSync, statSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { isBrandPost, PLATFORM_NAMES } from '../model/post';
import { adapterFor, extractPosts, missingSelectors, missingTextSelectors } from '../sites/extract';
import { generic } from '../sites/generic';
import { siteOf } from '../sites/hosts';
import { looksLikeHtml, prepareSavedPage, savedUrl } from '../sites/saved-page';
import { InputError } from './read-posts';
import { runCli } from './run';
import { pluralForms } from '../ui/format';
import { message } from '../ui/messages';

/** Same host (www. and a platform's other domain aside) and same path (a trailing slash aside): the two addresses name one page. */
function samePage(a: string, b: string): boolean {
  try {
    const [x, y] = [new URL(a), new URL(b)];
    const path = (url: URL) => url.pathname.replace(/\/+$/, '').toLowerCase();
    return siteOf(x.hostname) === siteOf(y.hostname) && path(x) === path(y);
  } catch {
    // One of them is not a web address: the caller reports that itself.
    return true;
  }
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * When the page was shown: the day given, else the file's last change. A browser writes the file as it saves the
 * page, and a copy only moves that date later, so it is never further from the truth than now is.
 */
function shownAt(savedAt: string | undefined, path: string): number {
  if (savedAt === undefined) return statSync(path).mtimeMs;
  const time = new Date(savedAt).getTime();
  if (Number.isNaN(time)) throw new InputError(`--saved-at ${savedAt} is not a date (2022-12-05, or 2022-12-05T18:30)`);
  if (time > Date.now()) throw new InputError(`--saved-at ${savedAt} is in the future`);
  return time;
}

const USAGE = 'usage: npm run --silent extract -- page.html [--url https://x.com/brand] [--saved-at 2022-12-05]';

runCli({ usage: USAGE, options: ['url', 'saved-at'], files: 1 }, ({ options, files }) => {
  const { url, 'saved-at': savedAt } = options;
  const path = files[0];
  if (!path) throw new InputError(USAGE);
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (error) {
    throw new InputError(
      `cannot read ${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`,
    );
  }
  if (!looksLikeHtml(raw)) throw new InputError(`${path} is not a saved web page (no HTML in it)`);
  const shown = shownAt(savedAt, path);
  const saved = savedUrl(raw);
  const address = url ?? saved;
  if (!address) throw new InputError(`${path}: the page does not say where it was saved from; pass --url with its address`);
  let pageUrl: URL;
  try {
    pageUrl = new URL(address);
  } catch {
    throw new InputError(`--url ${address} is not a web address`);
  }
  if (url && saved && !samePage(url, saved))
    process.stderr.write(`zendmeter: warning: --url ${url} is not the address the page gives (${saved}); reading it as ${url}\n`);
  const { document } = parseHTML(prepareSavedPage(raw));
  const page = document as unknown as Document;
  const adapter = adapterFor(pageUrl, page) ?? generic;
  const { posts, brand, platform, failures } = extractPosts(page, pageUrl, adapter, shown);
  // The page's account beside each post: a repost names its first author, yet it is the brand's act.
  for (const post of posts)
    process.stdout.write(`${JSON.stringify({ ...post, fromBrand: isBrandPost(post, brand), ...(brand && { brand: brand.handle }) })}\n`);
  const missingText = missingTextSelectors(adapter, page, posts.length, posts.filter((post) => post.text).length);
  const notes = [
    ...(Date.now() - shown > DAY_MS
      ? [
          `times the page gives as "2d" or "May 30" are counted from ${new Date(shown).toISOString().slice(0, 10)}${savedAt === undefined ? ", the file's date (--saved-at DATE to change)" : ''}`,
        ]
      : []),
    ...(failures.length ? [`${failures.length} could not be read: ${failures.join('; ')}`] : []),
    ...(posts.length === 0
      ? [message('en', 'warnLayout', PLATFORM_NAMES[adapter.platform], missingSelectors(adapter, page).join(', ') || '–')]
      : []),
    ...(missingText.length ? [message('en', 'warnLayoutText', PLATFORM_NAMES[adapter.platform], missingText.join(', '))] : []),
  ];
  const read = pluralForms(`${posts.length} {post|posts} from ${platform}`, 'en');
  process.stderr.write(`zendmeter: ${read}${brand ? ` (page of @${brand.handle})` : ''}${notes.map((note) => `; ${note}`).join('')}\n`);
});
