/** The command-line entries, run as an analyst would run them. */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { closeSync, mkdtempSync, openSync, rmSync, utimesSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { readLabelledPosts, streamPosts } from '@/src/cli/read-posts';
import { classifyPost } from '@/src/classify/classify';
import { postsToCsv, postsToJson } from '@/src/export/export';
import type { StoredPost } from '@/src/store/schema';
import { CELLS } from '@/src/model/model';
import { effective } from '@/src/model/override';
import { summarize } from '@/src/score/summarize';
import { storedPost } from '../harness/posts';

const tsx = join(process.cwd(), 'node_modules/.bin/tsx');
const run = (script: string, ...args: string[]) =>
  spawnSync(tsx, [`src/cli/${script}.ts`, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const pipeInto = (script: string, input: string, ...args: string[]) =>
  spawnSync(tsx, [`src/cli/${script}.ts`, ...args], { encoding: 'utf8', input });
const dir = mkdtempSync(join(tmpdir(), 'zendmeter-cli-'));
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('classify', () => {
  it('writes one JSON line per post of a JSONL file, with its cues', () => {
    const path = file(
      'posts.jsonl',
      [
        JSON.stringify({ id: 'a', text: 'Spring sale: 20% off all bikes. Shop now!' }),
        JSON.stringify({ id: 'b', text: '@tom Sorry to hear that, please DM us your order number.', isReply: true, replyTo: 'tom' }),
        JSON.stringify({ text: '🚲' }),
      ].join('\n'),
    );
    const lines = execFileSync(tsx, ['src/cli/classify.ts', path], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => [line.id, line.tag])).toEqual([
      ['a', 'promotion'],
      ['b', 'webcare'],
      ['#3', 'unknown'],
    ]);
    expect(Object.keys(lines[0])).toEqual(['id', 'tag', 'perspective', 'confidence', 'invitesResponse', 'lang', 'cues']);
    expect(lines[0].cues.some((cue: { match: string }) => cue.match === 'Shop now')).toBe(true);
  });
  it('reads CSV with a text column, quoted line breaks and all', () => {
    const path = file(
      'posts.csv',
      'id,text,isReply\n1,"Gebruik actiecode ZOMER voor 15% korting!",false\n2,"Line one\nWho\'s ready for the weekend? 🎉",FALSE\n',
    );
    const lines = execFileSync(tsx, ['src/cli/classify.ts', path], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => line.tag)).toEqual(['promotion', 'experience']);
  });
  it.each([
    ['a missing file', join(dir, 'nope.jsonl'), /no such file/, 0],
    ['an empty file', 'empty.jsonl', /is empty/, 0],
    ['a file that is not JSON lines', 'broken.jsonl', /line 2 is not valid JSON/, 1],
    ['a CSV without a text column', 'notext.csv', /no "text" column/, 0],
    ['a binary file', 'image.png', /no "text"|neither JSON lines nor CSV/, 0],
  ])('refuses %s with one clear line and a non-zero exit, after the posts it could read', (_, name, message, postsBefore) => {
    const contents: Record<string, string> = {
      'empty.jsonl': '',
      'broken.jsonl': '{"text":"ok"}\n{not json\n',
      'notext.csv': 'id,body\n1,hello\n',
      'image.png': '\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR',
    };
    const path = name.startsWith('/') ? name : file(name, contents[name]);
    const result = run('classify', path);
    expect(result.status).not.toBe(0);
    expect(result.stdout.split('\n').filter(Boolean)).toHaveLength(postsBefore);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(message);
  });
  it('reads a JSON lines file whose first post has no text (an image post) like any other', () => {
    const path = file(
      'first-without-text.jsonl',
      `${JSON.stringify({ id: 'a' })}\n${JSON.stringify({ id: 'b', text: 'Spring sale: 20% off all bikes. Shop now!' })}\n`,
    );
    const result = run('classify', path);
    expect(result.status).toBe(0);
    expect(
      result.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line).tag),
    ).toEqual(['unknown', 'promotion']);
  });
  it('answers each post as it arrives, so it can sit in a pipe from a live source', async () => {
    const child = spawn(tsx, ['src/cli/classify.ts', '-'], { stdio: ['pipe', 'pipe', 'inherit'] });
    child.stdin.write(`${JSON.stringify({ id: 'first', text: 'Spring sale: 20% off all bikes. Shop now!' })}\n`);
    const [chunk] = await once(child.stdout, 'data');
    // Standard input is still open: the old reader waited for its end before answering anything.
    expect(JSON.parse(String(chunk)).id).toBe('first');
    child.stdin.end();
    await once(child, 'close');
  });
  it('stops quietly when the reader leaves early (| head -1)', async () => {
    const path = file(
      'many.jsonl',
      Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: String(i), text: `Post ${i}: our new store opens on Saturday.` })).join(
        '\n',
      ),
    );
    const child = spawn(tsx, ['src/cli/classify.ts', path], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    await once(child.stdout, 'data');
    child.stdout.destroy();
    const [code] = await once(child, 'close');
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
  it('reads a file larger than its memory allows (150 MB with a 64 MB heap)', () => {
    const path = join(dir, 'large.jsonl');
    const descriptor = openSync(path, 'w');
    const padding = 'x'.repeat(1000);
    for (let batch = 0; batch < 150; batch++) {
      const lines = Array.from({ length: 1000 }, (_, i) =>
        JSON.stringify({ id: `${batch}-${i}`, author: 'acme', text: i === 0 ? 'Spring sale: 20% off all bikes. Shop now!' : '', padding }),
      );
      writeSync(descriptor, `${lines.join('\n')}\n`);
    }
    closeSync(descriptor);
    const result = spawnSync(tsx, ['src/cli/analyze.ts', path], {
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=64' },
    });
    rmSync(path);
    expect(result.stderr).not.toMatch(/heap out of memory/);
    expect(result.stdout).toContain('150000 posts, 150 tagged, 149850 without readable text');
    expect(result.status).toBe(0);
  }, 60_000);
});

describe('reading posts', () => {
  it('reports progress on a long read, with the share of the file read', async () => {
    const path = file('progress.jsonl', Array.from({ length: 5 }, (_, i) => JSON.stringify({ text: `post ${i}` })).join('\n'));
    let clock = 0;
    vi.spyOn(Date, 'now').mockImplementation(() => (clock += 1500));
    const reports: [number, number | undefined][] = [];
    for await (const post of streamPosts(path, { onProgress: (posts, share) => reports.push([posts, share]) }))
      expect(post.text).toMatch(/^post/);
    vi.restoreAllMocks();
    expect(reports.length).toBeGreaterThan(0);
    expect(reports.at(-1)![0]).toBeLessThanOrEqual(5);
    expect(reports.every(([, share]) => share !== undefined && share > 0 && share <= 1)).toBe(true);
  });

  it('reads the labels of a CSV exported from a spreadsheet as a JSON file would give them (TRUE, FALSE, an empty cell)', async () => {
    const path = file(
      'labelled.csv',
      'text,author,tag,perspective,invitesResponse,sure\n"Who is ready for the weekend?",acme,experience,brand,TRUE,\n"Our store opens Monday.",acme,broadcast,,FALSE,FALSE\n',
    );
    const posts = await readLabelledPosts(path);
    expect(posts.map(({ tag, perspective, invitesResponse, sure }) => ({ tag, perspective, invitesResponse, sure }))).toEqual([
      { tag: 'experience', perspective: 'brand', invitesResponse: true, sure: true },
      { tag: 'broadcast', perspective: null, invitesResponse: false, sure: false },
    ]);
  });

  it('reads tags as people type them, skips rows not labelled yet, and refuses a tag the codebook does not name', async () => {
    const typed = file(
      'typed.csv',
      'text,author,tag,perspective\n"Who is ready for the weekend?",acme,Experience,Brand\n"Which flavour next?",acme, co creation ,\n"Not labelled yet",acme,,\n',
    );
    expect((await readLabelledPosts(typed)).map(({ tag, perspective }) => ({ tag, perspective }))).toEqual([
      { tag: 'experience', perspective: 'brand' },
      { tag: 'co-creation', perspective: null },
    ]);
    const misspelt = file(
      'misspelt.jsonl',
      ['experiance', 'experiance', 'broadcast'].map((tag, i) => JSON.stringify({ text: `post ${i}`, tag })).join('\n'),
    );
    await expect(readLabelledPosts(misspelt)).rejects.toThrow(
      /misspelt\.jsonl: 2 posts have a tag the codebook does not name: "experiance" \(2\); its tags are broadcast, experience, co-creation/,
    );
  });

  it.each([
    ['CSV', 'labels.csv', postsToCsv],
    ['JSON', 'labels.json', (posts: StoredPost[]) => postsToJson(posts, [], 'Method note.')],
  ])("takes only the tags set by hand from the extension's %s export as labels, never the classifier's own", async (_, name, exported) => {
    const byHand = (tag: 'webcare' | 'experience', perspective: 'user' | null) => ({
      override: { tag, perspective, at: '2026-01-06T00:00:00.000Z' },
    });
    const posts = [
      storedPost('1', 'Our new store opens on Saturday.'),
      storedPost('2', 'Shop now: 20% off all bikes.', byHand('experience', 'user')),
      storedPost('3', 'Read our annual report here.'),
      storedPost('4', '@jan We are on it, sorry for the wait!', byHand('webcare', null)),
    ];
    const notes = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const labelled = await readLabelledPosts(file(name, exported(posts)));
    const said = notes.mock.calls.map(([text]) => String(text)).join('');
    vi.restoreAllMocks();
    expect(labelled.map(({ text, tag, perspective, invitesResponse }) => ({ text, tag, perspective, invitesResponse }))).toEqual([
      { text: 'Shop now: 20% off all bikes.', tag: 'experience', perspective: 'user', invitesResponse: undefined },
      { text: '@jan We are on it, sorry for the wait!', tag: 'webcare', perspective: null, invitesResponse: undefined },
    ]);
    expect(said).toMatch(
      /labels\.(csv|json): 2 posts are left out, tagged by the classifier in the extension; the 2 tags set by hand there are the labels\n$/,
    );
    await expect(readLabelledPosts(file(`none-${name}`, exported([posts[0], posts[2]])))).rejects.toThrow(
      /is an export of the extension with no tag set by hand: its tags are the classifier's own/,
    );
  });
});

describe('extract', () => {
  it("prints the posts of a saved page as JSON lines, marking the brand's own acts, its repost of a fan included", () => {
    const path = file(
      'saved.html',
      `<html><head><title>Acme (@acme) / X</title></head><body>
      <article data-testid="tweet"><div data-testid="User-Name"><a href="/acme">Acme</a><a href="/acme/status/1904215007602082285"><time datetime="2025-03-24T16:53:31.000Z">Mar 24</time></a></div><div data-testid="tweetText">Spring sale: 20% off!</div></article>
      <article data-testid="tweet"><div data-testid="socialContext">Acme reposted</div><div data-testid="User-Name"><a href="/fan">Fan</a><a href="/fan/status/1904215007602082286"><time datetime="2025-03-24T16:53:31.000Z">Mar 24</time></a></div><div data-testid="tweetText">Love it</div></article></body></html>`,
    );
    const result = run('extract', path, '--url', 'https://x.com/acme');
    expect(result.status).toBe(0);
    const posts = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(posts.map((p) => [p.author, p.fromBrand, p.isRepost, p.brand])).toEqual([
      ['acme', true, false, 'acme'],
      ['fan', true, true, 'acme'],
    ]);
    expect(result.stderr).toContain('2 posts from x (page of @acme)');
  });
  it("finds the page's address in a canonical link or og:url whatever the attribute order, and warns when --url says otherwise", () => {
    const tweet = `<article data-testid="tweet"><div data-testid="User-Name"><a href="/acme">Acme</a><a href="/acme/status/1904215007602082285"><time datetime="2025-03-24T16:53:31.000Z">Mar 24</time></a></div><div data-testid="tweetText">Spring sale</div></article>`;
    for (const head of [
      '<link href="https://x.com/acme" rel="canonical">',
      "<link rel='canonical' href='https://x.com/acme'>",
      '<meta content="https://x.com/acme" property="og:url">',
    ]) {
      const result = run('extract', file('addressed.html', `<html><head>${head}</head><body>${tweet}</body></html>`));
      expect(result.status, head).toBe(0);
      expect(result.stderr).toContain('1 post from x (page of @acme)');
    }
    const contradicted = run(
      'extract',
      file('addressed.html', `<html><head><link rel="canonical" href="https://x.com/acme"></head><body>${tweet}</body></html>`),
      '--url',
      'https://x.com/globex',
    );
    expect(contradicted.stderr).toContain('warning: --url https://x.com/globex is not the address the page gives (https://x.com/acme)');
    const same = run(
      'extract',
      file('addressed.html', `<html><head><link rel="canonical" href="https://twitter.com/acme/"></head><body>${tweet}</body></html>`),
      '--url',
      'https://x.com/acme',
    );
    expect(same.stderr).not.toContain('warning');
  });
  it('refuses a file that is not a web page with one line and exit 2', () => {
    const result = run('extract', file('posts.jsonl', '{"text":"hello"}\n'), '--url', 'https://x.com/acme');
    expect([result.status, result.stderr.trim()]).toEqual([
      2,
      `zendmeter: ${join(dir, 'posts.jsonl')} is not a saved web page (no HTML in it)`,
    ]);
  });
  it('says in words that the layout may have changed, and names the selectors for posts that found nothing', () => {
    const result = run(
      'extract',
      file('empty.html', '<html><body><main>Loading…</main></body></html>'),
      '--url',
      'https://www.facebook.com/acme',
    );
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      /Zendmeter could not find posts on this Facebook page; its layout may have changed\. Nothing matched: post \(.*\), comment \(.*\)$/m,
    );
    expect(result.stderr).not.toMatch(/text \(|author \(/);
  });
  it('says so when a page yields posts but none of their text, and names the text selector that found nothing', () => {
    const post = (i: number) =>
      `<article data-testid="tweet"><div data-testid="User-Name"><a href="/acme">Acme</a><a href="/acme/status/${i}"><time datetime="2026-01-01T10:00:00.000Z">1 Jan</time></a></div><div data-testid="tweetBody">Post ${i}</div></article>`;
    const html = `<html><body><main>${Array.from({ length: 8 }, (_, i) => post(i + 1)).join('')}</main></body></html>`;
    const result = run('extract', file('textless.html', html), '--url', 'https://x.com/acme');
    expect(result.stdout.trim().split('\n')).toHaveLength(8);
    expect(result.stderr).toMatch(
      /finds posts on this X page but none of their text; .* Nothing matched: text \(\[data-testid="tweetText"\]\)$/m,
    );
  });
  it('counts a saved page\'s relative times ("2d", "May 30") from when it was saved, not from today', () => {
    const page = `<html><body><div role="article" aria-posinset="1"><h2><a href="https://www.facebook.com/acmenl">Acme</a></h2>
      <a href="https://www.facebook.com/acmenl/posts/pfbid02abc">2d</a><div data-ad-rendering-role="story_message"><div dir="auto">Nieuw: de winterfiets.</div></div></div>
      <div role="article" aria-posinset="2"><h2><a href="https://www.facebook.com/acmenl">Acme</a></h2>
      <a href="https://www.facebook.com/acmenl/posts/pfbid02abd">May 30</a><div data-ad-rendering-role="story_message"><div dir="auto">Zomerfeest!</div></div></div></body></html>`;
    const path = file('saved-2022.html', page);
    // A browser writes the file as it saves the page: its date is when the page was shown.
    utimesSync(path, new Date('2022-12-05T12:00:00Z'), new Date('2022-12-05T12:00:00Z'));
    const dates = (result: ReturnType<typeof run>) =>
      result.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line).publishedAt.slice(0, 10));
    const byFileDate = run('extract', path, '--url', 'https://www.facebook.com/acmenl');
    expect(dates(byFileDate)).toEqual(['2022-12-03', '2022-05-30']);
    expect(byFileDate.stderr).toContain("are counted from 2022-12-05, the file's date (--saved-at DATE to change)");
    const byFlag = run('extract', path, '--url', 'https://www.facebook.com/acmenl', '--saved-at', '2021-06-10');
    expect(dates(byFlag)).toEqual(['2021-06-08', '2021-05-30']);
    expect(byFlag.stderr).toContain('are counted from 2021-06-10');
    const today = run('extract', file('saved-now.html', page), '--url', 'https://www.facebook.com/acmenl');
    expect(Date.now() - Date.parse(JSON.parse(today.stdout.split('\n')[0]).publishedAt)).toBeCloseTo(2 * 86_400_000, -6);
    expect(today.stderr).not.toContain('counted from');
    for (const [savedAt, why] of [
      ['2022-13-05', 'is not a date'],
      ['2999-01-01', 'is in the future'],
    ]) {
      const refused = run('extract', path, '--url', 'https://www.facebook.com/acmenl', '--saved-at', savedAt);
      expect([refused.status, refused.stdout]).toEqual([2, '']);
      expect(refused.stderr).toContain(`--saved-at ${savedAt} ${why}`);
    }
  });
  it('asks for --url when the saved page does not say where it came from', () => {
    const result = run('extract', file('nourl.html', '<html><body></body></html>'));
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/pass --url/);
  });
});

describe('analyze', () => {
  it('works on a fresh clone with the bundled sample feed: grid, distribution, score with its parts', () => {
    const result = run('analyze');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Communication\s+Experience\s+Proposition\s+Sales/);
    expect(result.stdout).toMatch(
      /Sending score: \d+ \(90% interval \d+–\d+\) — \d+ of \d+ (post only sends|posts only send) · \d+ repl(y|ies) seen · \d+ questions? asked/,
    );
  });
  it("gives the period the brand's own posts span and how many it posted a week, as the popup does", () => {
    const posts = [
      { text: 'Our new store opens on Saturday.', author: 'acme', fromBrand: true, publishedAt: '2026-03-15T10:00:00.000Z' },
      { text: 'Big sale: 50% off everything, shop now!', author: 'acme', fromBrand: true, publishedAt: '2026-03-01T10:00:00.000Z' },
      { text: 'Happy weekend, everyone!', author: 'acme', fromBrand: true, publishedAt: 'last Tuesday' },
      { text: '@acme when do you open?', author: 'anna', fromBrand: false, isReply: true, publishedAt: '2025-01-01T10:00:00.000Z' },
    ]
      .map((post) => JSON.stringify(post))
      .join('\n');
    const result = pipeInto('analyze', posts);
    // Three posts over the two weeks between the first date and the last; a date that is not one, and others' posts, count for none.
    // Intl writes the span with thin spaces around the dash.
    expect(result.stdout.split('\n')[0]).toMatch(
      /^standard input: 3 posts, 3 tagged, 0 without readable text · posted Mar 1\s–\s15, 2026 · 1\.5 posts a week$/,
    );
    const undated = pipeInto('analyze', JSON.stringify({ text: 'Our new store opens on Saturday.' }));
    expect(undated.stdout.split('\n')[0]).toBe('standard input: 1 post, 1 tagged, 0 without readable text');
  });
  it('analyses the posts piped into it, not the bundled sample, with or without "-"', () => {
    const posts = [
      JSON.stringify({ text: 'Our new store opens on Saturday.' }),
      JSON.stringify({ text: 'Big sale: 50% off everything, shop now!' }),
    ].join('\n');
    for (const args of [[], ['-']]) {
      const result = pipeInto('analyze', posts, ...args);
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).toMatch(/^standard input: 2 posts, 2 tagged/);
    }
    expect(pipeInto('classify', posts).stdout.trim().split('\n')).toHaveLength(2);
    const empty = pipeInto('analyze', '', '-');
    expect([empty.status, empty.stderr]).toEqual([2, 'zendmeter: standard input is empty: pipe posts in, or name a file\n']);
  });
  it("scores only the brand's own posts of a page and names the others apart (extract | analyze)", () => {
    const page = [
      { text: 'Our new store opens on Saturday.', author: 'acme', fromBrand: true },
      { text: '@acme when do you open in Utrecht?', author: 'anna', fromBrand: false, isReply: true },
      { text: '@acme love it', author: 'tom', fromBrand: false, isReply: true },
    ]
      .map((post) => JSON.stringify(post))
      .join('\n');
    const result = pipeInto('analyze', page);
    expect(result.stdout).toMatch(/^standard input: 1 post, 1 tagged/);
    expect(result.stdout).toContain('Not scored: 2 posts by 2 other accounts');
    expect(result.stdout).toContain('Sending score: 100');
  });
  it("says plainly when a page gave nothing to score: a home feed, or a page showing only others' posts", () => {
    const home = [
      { text: 'Our new store opens on Saturday.', author: 'acme', fromBrand: false },
      { text: 'Big sale: 50% off everything, shop now!', author: 'globex', fromBrand: false },
    ];
    const feed = pipeInto('analyze', home.map((post) => JSON.stringify(post)).join('\n')).stdout;
    expect(feed).toContain('Scored: nothing. The page belongs to no account (a home feed or search results)');
    expect(feed, 'no warning about too few posts or replies when none was scored').not.toMatch(/Warning: (Few posts|No replies seen)/);
    const page = home.map((post) => JSON.stringify({ ...post, brand: 'initech' })).join('\n');
    expect(pipeInto('analyze', page).stdout).toContain(
      "Scored: nothing. The page showed none of initech's own posts or reposts, only 2 posts by others.",
    );
  });
  it('measures responsiveness on a thread: users\' questions to the brand and how many it answered, with no "no replies seen" warning', () => {
    const thread = [
      { text: 'Our new store opens on Saturday.', author: 'acme', fromBrand: true },
      { text: 'When do you open in Utrecht?', author: 'anna', fromBrand: false, isReply: true },
      { text: 'Do you sell bikes there?', author: 'tom', fromBrand: false, isReply: true },
      { text: '@anna Next spring!', author: 'acme', fromBrand: true, isReply: true, replyTo: 'anna' },
    ]
      .map((post) => JSON.stringify(post))
      .join('\n');
    const result = pipeInto('analyze', thread);
    expect(result.stdout).toContain(
      'Responsiveness: Answered 1 of 2 questions and complaints seen in its threads (Socially Devoted bar: 65%)',
    );
    expect(result.stdout).not.toMatch(/no replies seen/i);
  });
  it("counts users' questions to the page's account even when the brand's only post on the page is a repost", () => {
    const thread = [
      { text: 'Loving my new bike from Acme!', author: 'fan', brand: 'acme', fromBrand: true, isRepost: true },
      { text: '@acme do you sell bikes in Utrecht?', author: 'anna', brand: 'acme', fromBrand: false, isReply: true, replyTo: 'acme' },
    ]
      .map((post) => JSON.stringify(post))
      .join('\n');
    expect(pipeInto('analyze', thread).stdout).toContain(
      'Responsiveness: Answered 0 of 1 question or complaint seen in its threads (Socially Devoted bar: 65%)',
    );
  });
  it('gives each account its own sending score on a file of several accounts', () => {
    const posts = [
      { text: 'Our new store opens on Saturday.', author: 'acme' },
      { text: 'Read our annual report here.', author: 'acme' },
      { text: 'Sorry to hear that, can you DM us your order number?', author: 'globex', isReply: true },
    ]
      .map((post) => JSON.stringify(post))
      .join('\n');
    const table = pipeInto('analyze', posts).stdout.split('Per account (2 accounts)')[1];
    // With its interval: two posts that only send say little (100, but 90% sure only that it is above 42).
    expect(table).toMatch(/acme\s+2\s+–\s+100\s+\(\d+–100\)/);
    expect(table).toMatch(/globex\s+1\s+–\s+0\s+\(0–\d+\)/);
  });
  it("prints an account's name from the file as text, control characters shown as codes, and widens the table to the longest", () => {
    const posts = [
      { text: 'Our new store opens on Saturday.', author: 'evil\u001b[2J\u001b[31mred' },
      { text: 'Our winter opening hours are online.', author: 'a-very-long-account-name.example.com' },
      { text: 'Read our annual report here.', author: 'acme' },
    ]
      .map((post) => JSON.stringify(post))
      .join('\n');
    const { stdout } = pipeInto('analyze', posts);
    expect(stdout).not.toContain('\u001b');
    const table = stdout.split('Per account (3 accounts)\n')[1].trimEnd().split('\n');
    expect(table.find((row) => row.includes('evil'))).toContain('evil\\u001b[2J\\u001b[31mred');
    // Every row's post count sits in the same column as the header's "posts".
    const postsColumn = table[0].indexOf('posts') + 'posts'.length;
    for (const row of table.slice(1)) expect(row.slice(postsColumn - 1, postsColumn)).toBe('1');
  });
  it("credits a repost to the account whose page showed it, not to the post's first author", () => {
    const posts = [
      { text: 'Our new store opens on Saturday.', author: 'acme', brand: 'acme', fromBrand: true },
      { text: 'Read our annual report here.', author: 'acme', brand: 'acme', fromBrand: true },
      { text: 'Loving my new bike from Acme!', author: 'fan', brand: 'acme', fromBrand: true, isRepost: true },
      { text: 'Our winter opening hours are online.', author: 'globex', brand: 'globex', fromBrand: true },
    ]
      .map((post) => JSON.stringify(post))
      .join('\n');
    const table = pipeInto('analyze', posts).stdout.split('Per account (2 accounts)')[1];
    expect(table, "the repost of a fan is one of acme's three posts, and it invites no sending").toMatch(/acme\s+3\s+–\s+–\s+67/);
    expect(table).toMatch(/globex\s+1\s+–\s+–\s+100/);
    expect(table).not.toContain('fan');
    expect(pipeInto('analyze', posts).stdout).toContain(
      "Scored: each account's own posts and reposts (fromBrand); the input holds no one else's.",
    );
  });
  it("gives each page's account its own posts a week and questions answered, and adds no one's rates together", () => {
    const page = (brand: string, posts: object[]) => posts.map((post) => ({ brand, fromBrand: false, ...post }));
    const posts = [
      // acme: three posts in two weeks, one user's question answered of two.
      ...page('acme', [
        { text: 'Our new store opens on Saturday.', author: 'acme', fromBrand: true, publishedAt: '2026-03-01T10:00:00Z' },
        { text: 'Read our annual report here.', author: 'acme', fromBrand: true, publishedAt: '2026-03-08T10:00:00Z' },
        {
          text: '@anna It opens at 9.',
          author: 'acme',
          fromBrand: true,
          isReply: true,
          replyTo: 'anna',
          publishedAt: '2026-03-15T10:00:00Z',
        },
        { text: '@acme what time does it open?', author: 'anna', isReply: true, replyTo: 'acme' },
        { text: '@acme is there parking?', author: 'bob', isReply: true, replyTo: 'acme' },
      ]),
      // globex: two posts a day apart, too short a time for a rate, and its users' questions go unanswered.
      ...page('globex', [
        { text: 'Our winter opening hours are online.', author: 'globex', fromBrand: true, publishedAt: '2026-01-01T10:00:00Z' },
        { text: 'Our spring collection is here.', author: 'globex', fromBrand: true, publishedAt: '2026-01-02T10:00:00Z' },
        { text: '@globex why is my order late?', author: 'carl', isReply: true, replyTo: 'globex' },
      ]),
    ]
      .map((post) => JSON.stringify(post))
      .join('\n');
    const { stdout } = pipeInto('analyze', posts);
    expect(stdout.split('\n')[0]).toMatch(/^standard input: 5 posts, 5 tagged, 0 without readable text · posted Jan 1\s–\sMar 15, 2026$/);
    expect(stdout).toContain('Responsiveness: Answered 1 of 3 questions and complaints seen in its threads');
    const table = stdout.split('Per account (2 accounts)')[1];
    expect(table).toMatch(/account\s+posts\s+a week\s+answered\s+sending score/);
    expect(table).toMatch(/acme\s+3\s+1\.5\s+1 of 2\s+\d+/);
    expect(table).toMatch(/globex\s+2\s+–\s+0 of 1\s+100/);
  });
  it('warns of the tags the classifier was unsure of, and of posts in a language it has no cue words for', () => {
    const posts = [
      { text: 'Notre nouveau magasin ouvre ses portes samedi au centre-ville, venez nombreux découvrir la collection.' },
      { text: 'Our new store opens on Saturday.' },
    ];
    const result = pipeInto('analyze', posts.map((post) => JSON.stringify(post)).join('\n'));
    const unsure = pipeInto('classify', posts.map((post) => JSON.stringify(post)).join('\n'))
      .stdout.trim()
      .split('\n')
      .filter((line) => JSON.parse(line).confidence < 0.6).length;
    expect(unsure, 'the French post is a tag the classifier is unsure of').toBeGreaterThan(0);
    expect(result.stdout).toContain(
      `Warning: ${unsure} ${unsure === 1 ? 'tag' : 'tags'} the classifier was unsure of, not checked by hand.`,
    );
    expect(result.stdout).toContain(
      'Warning: 1 post tagged by its form alone (questions, links, prices, replies): Zendmeter has no cue words for French.',
    );
    expect(pipeInto('analyze', JSON.stringify(posts[1])).stdout).not.toMatch(/unsure|form alone/);
  });
  it.each([
    ['CSV', 'export.csv', postsToCsv],
    ['JSON', 'export.json', (posts: StoredPost[]) => postsToJson(posts, [], 'Method note.')],
  ])(
    'gives the numbers the extension gives on its own %s export: replies, reposts, languages and tags set by hand read back',
    (_, name, exported) => {
      const asStored = (id: string, text: string, page: Partial<Parameters<typeof storedPost>[2]> = {}) => {
        const post = storedPost(id, text, page);
        // Classified from what the page showed, as the extension classifies.
        return { ...post, classification: classifyPost(post) };
      };
      const posts = [
        asStored('1', 'Our new store opens on Saturday.'),
        asStored('2', '@jan Sorry to hear that! Can you DM us your order number?', { isReply: true, replyTo: 'jan' }),
        asStored('3', 'Loving my new bike from Acme!', { isRepost: true, author: 'fan' }),
        asStored('4', 'Wat vinden jullie van onze nieuwe winkel in Utrecht?'),
        asStored('5', 'Shop now: 20% off all bikes this weekend.', {
          override: { tag: 'experience', perspective: 'user', at: '2026-01-06T00:00:00.000Z' },
        }),
      ];
      const expected = summarize(posts.map((post) => ({ classification: effective(post) })));
      const { stdout, status } = run('analyze', file(name, exported(posts)));
      expect(status).toBe(0);
      expect(stdout).toContain('Set by hand: 1 tag in the extension, counted as set, as the popup counts it.');
      expect(stdout).toContain(
        `Sending score: ${Math.round(expected.sendingScore!)} (90% interval ${expected.sendingInterval!.map(Math.round).join('–')}) — ` +
          `${expected.sendingOnly} of ${expected.tagged} posts only send · ${expected.replies} ${expected.replies === 1 ? 'reply' : 'replies'} seen`,
      );
      const grid = stdout.split('Distribution')[0];
      for (const cell of CELLS) expect(grid).toContain(`${cell.name.en}`);
      const counts = [...grid.matchAll(/(\d+) \(\d+%\)/g)].map((match) => Number(match[1]));
      expect(counts).toEqual(CELLS.map((cell) => expected.byCell[cell.id]));
      expect(expected.byCell['user-experience'], 'the hand-set tag is in its cell').toBeGreaterThan(0);
      expect(stdout.split('\n')[0]).toContain('posted Jan 5, 2026');
    },
  );
  it('refuses a JSON document that is not the export with one line and exit 2', () => {
    const result = run('analyze', file('figures.json', JSON.stringify({ brands: [{ brand: 'acme' }] }, null, 2)));
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(
      /^zendmeter: \S+figures\.json is one JSON document with no "posts" list: expected JSON lines, a CSV file, or Zendmeter's JSON export\n$/,
    );
    const broken = run('analyze', file('broken.json', '{\n  "posts": [\n'));
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/^zendmeter: \S+broken\.json is not valid JSON: /);
  });
  it('warns when no replies were seen', () => {
    const result = run('analyze', file('onlysend.jsonl', JSON.stringify({ text: 'Our new store opens on Saturday.' })));
    expect(result.stdout).toContain('Sending score: 100');
    expect(result.stdout).toMatch(/Warning: No replies seen/);
  });
});

describe('arguments', () => {
  it.each(['analyze', 'classify', 'extract', 'eval', 'train'])('%s --help prints how to call it and ends with success', (script) => {
    const result = run(script, '--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^usage: npm run (--silent )?${script}`));
  });

  it('refuses an option it does not know, or one without its value, with the usage and exit 2, before reading anything', () => {
    const page = file('page.html', '<html><body></body></html>');
    const mistyped = run('extract', page, '--ur', 'https://x.com/brand');
    expect(mistyped.status).toBe(2);
    expect(mistyped.stderr).toMatch(/^zendmeter: unknown option '--ur'\nusage: npm run --silent extract/);
    expect(mistyped.stdout).toBe('');
    const valueless = run('extract', page, '--url');
    expect(valueless.status).toBe(2);
    expect(valueless.stderr).toContain("'--url <value>' argument missing");
  });

  it('refuses a second file instead of leaving it unread', () => {
    const one = file('one.jsonl', JSON.stringify({ text: 'Our new store opens on Saturday.' }));
    const two = file('two.jsonl', JSON.stringify({ text: 'Thanks for the photo!' }));
    const result = run('analyze', one, two);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`one file at a time; given ${one}, ${two}`);
    expect(result.stdout).toBe('');
  });
});
