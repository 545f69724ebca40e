/**
 * npm run --silent extract -- page.html [--url URL]: runs the site adapters
 * on a saved page (browser "Save page as", SingleFile) and prints its posts as
 * JSON lines, ready for `classify` and `analyze`.
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { isBrandPost } from '../model/post';
import { adapterFor, extractPosts, missingSelectors } from '../sites/extract';
import { generic } from '../sites/generic';
import { prepareSavedPage, savedUrl } from '../sites/saved-page';
import { InputError } from './read-posts';
import { runCli } from './run';

runCli(() => {
  const args = process.argv.slice(2);
  const urlFlag = args.indexOf('--url');
  const url = urlFlag >= 0 ? args.splice(urlFlag, 2)[1] : undefined;
  const path = args[0];
  if (!path) throw new InputError('usage: npm run --silent extract -- page.html [--url https://x.com/brand]');
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
  const address = url ?? savedUrl(raw);
  if (!address) throw new InputError(`${path}: the page does not say where it was saved from; pass --url with its address`);
  let pageUrl: URL;
  try {
    pageUrl = new URL(address);
  } catch {
    throw new InputError(`--url ${address} is not a web address`);
  }
  const { document } = parseHTML(prepareSavedPage(raw));
  const page = document as unknown as Document;
  const adapter = adapterFor(pageUrl, page) ?? generic;
  const { posts, brand, platform, failures } = extractPosts(page, pageUrl, adapter);
  for (const post of posts) process.stdout.write(`${JSON.stringify({ ...post, fromBrand: isBrandPost(post, brand) })}\n`);
  const notes = [
    ...(failures.length ? [`${failures.length} could not be read: ${failures.join('; ')}`] : []),
    ...(posts.length === 0 ? [`no posts found; the page may not have finished rendering, or its layout changed. Selectors that matched nothing: ${missingSelectors(adapter, page).join(', ')}`] : []),
  ];
  process.stderr.write(`zendmeter: ${posts.length} posts from ${platform}${brand ? ` (page of @${brand.handle})` : ''}${notes.map((note) => `; ${note}`).join('')}\n`);
});
