/** The product tells the truth only if the classifier agrees with hand labels on brands it was not fitted on: checked on every run. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyPost } from '@/src/classify/classify';
import { loadEnglishTagger } from '@/src/classify/english';
import { MEASURED_ACCURACY } from '@/src/model/model';

const corpus = join(process.cwd(), '../shared/corpus/labelled.jsonl');
/** Issue 10's bar: the cross-validated headline today is 0.81; a change that takes it below 0.80 fails. */
const HEADLINE_FLOOR = 0.8;

describe.skipIf(!existsSync(corpus))('npm run eval on the labelled corpus (skipped without ../shared/corpus beside this checkout)', () => {
  it('holds its author-grouped cross-validated headline and beats every baseline fitted on the same folds', { timeout: 480_000 }, () => {
    const result = spawnSync(join(process.cwd(), 'node_modules/.bin/tsx'), ['src/cli/eval.ts', corpus], { encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^Headline: author-grouped 5-fold cross-validation/m);
    expect(result.stdout).toMatch(/^ {2}95% intervals: bootstrap over authors \(1,000 resamples\)$/m);
    // The stricter figures an analyst weighs the headline against: collections held out, intervals on the perspective.
    expect(result.stdout).toMatch(/^Each source collection held out \(.*\): accuracy [\d.]+ · macro-F1 [\d.]+ · broadcast [\d.]+/m);
    expect(result.stdout).toMatch(/^Experience perspective right on \d+ of \d+ .* \([\d.]+% \[[\d.]+%–[\d.]+%\]\)$/m);
    const [, ours, bayes] = result.stdout.match(/^macro-F1 ([\d.]+) \(baseline NB ([\d.]+)\)$/m)!;
    expect(Number(ours)).toBeGreaterThanOrEqual(HEADLINE_FLOOR);
    const baselines = [
      ...result.stdout.matchAll(/^ {2}(?:majority class|multinomial naive Bayes|logistic regression).* macro-F1 ([\d.]+)/gm),
    ].map((match) => Number(match[1]));
    expect(baselines).toHaveLength(3);
    expect(baselines).toContain(Number(bayes));
    for (const baseline of baselines) expect(Number(ours)).toBeGreaterThan(baseline);
    // Every export quotes the measured accuracy, the stricter one (collections held out): it must be the one this run measured.
    const accuracy = Number(result.stdout.match(/^Each source collection held out \(.*\): accuracy ([\d.]+)/m)![1]);
    expect(Math.abs(accuracy - MEASURED_ACCURACY)).toBeLessThan(0.005);
  });
});

/** Posts written for this test from the codebook's definitions, by brands the corpus does not hold. */
const OTHER_BRANDS = [
  {
    author: 'fietsfabriek',
    lang: 'nl',
    tag: 'experience',
    perspective: 'brand',
    text: 'Maandagochtend in de werkplaats: koffie, muziek en twintig fietsen die op hun eigenaar wachten 🚲',
  },
  {
    author: 'fietsfabriek',
    lang: 'nl',
    tag: 'promotion',
    text: 'Alleen dit weekend 20% korting op alle regenjassen. Bestel nu via onze webshop!',
  },
  {
    author: 'fietsfabriek',
    lang: 'nl',
    tag: 'broadcast',
    text: 'Onze winkel in Zwolle is vanaf maandag ook op zondag open, van 12.00 tot 17.00 uur.',
  },
  {
    author: 'fietsfabriek',
    lang: 'nl',
    tag: 'webcare',
    text: '@petra_v Wat vervelend! Stuur ons je ordernummer via DM, dan zoeken we het uit. ^Joost',
    isReply: true,
    invitesResponse: true,
  },
  {
    author: 'harbourtea',
    lang: 'en',
    tag: 'co-creation',
    text: 'Which flavour should we bring back this winter: smoked pear or ginger plum? Vote below and we will brew the winner.',
    invitesResponse: true,
  },
  { author: 'harbourtea', lang: 'en', tag: 'promotion', text: 'Use code WARMUP for 15% off every tin until Sunday. Shop now!' },
  {
    author: 'harbourtea',
    lang: 'en',
    tag: 'broadcast',
    text: 'Our tasting room on Pier Street will close early on Christmas Eve, at 3pm.',
  },
  {
    author: 'harbourtea',
    lang: 'en',
    tag: 'experience',
    perspective: 'user',
    text: '📷 @mara.outdoors found the perfect spot for her morning cup. Thank you for sharing!',
  },
];

describe.skipIf(!existsSync(corpus))(
  'npm run eval on posts the weights were not fitted on (skipped without ../shared/corpus beside this checkout)',
  () => {
    const dir = mkdtempSync(join(tmpdir(), 'zendmeter-eval-'));
    const file = (name: string, lines: string[]) => {
      const path = join(dir, name);
      writeFileSync(path, `${lines.join('\n')}\n`);
      return path;
    };
    const written = OTHER_BRANDS.map((post, i) => JSON.stringify({ id: `other:${i}`, ...post }));
    const evalOf = (path: string) =>
      spawnSync(join(process.cwd(), 'node_modules/.bin/tsx'), ['src/cli/eval.ts', path], { encoding: 'utf8' });

    it('scores a file of posts it never saw by the shipped weights, as a held-out test, and names the authors it knows', {
      timeout: 240_000,
    }, async () => {
      // One new post of a brand the corpus holds: a post the weights never saw, by a brand they know.
      const firstCorpusLine = readFileSync(corpus, 'utf8').split('\n')[0];
      const knownBrand = String(JSON.parse(firstCorpusLine).author);
      // Languages as files write them: one Dutch post marked "NL", the new post not marked at all.
      const posts = [
        ...OTHER_BRANDS.map((post, i) => (i === 0 ? { ...post, lang: 'NL' } : post)),
        { author: knownBrand, tag: 'broadcast', text: 'Our offices close at noon on Friday for the staff party.' },
      ];
      // And one post the corpus holds: it is left out, not a reason to refit on the file.
      const result = evalOf(
        file('held-out.jsonl', [...posts.map((post, i) => JSON.stringify({ id: `other:${i}`, ...post })), firstCorpusLine]),
      );
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).toMatch(/^Headline: a held-out test\. The learned layer is fitted once on all \d+ posts of .*labelled\.jsonl/m);
      expect(result.stdout).toMatch(/^Held-out test file: .*held-out\.jsonl: 9 labelled posts by 3 authors$/m);
      expect(result.stdout).toMatch(
        /^1 more post of the file is in .*labelled\.jsonl, which the weights are fitted on: left out of the test\.$/m,
      );
      expect(result.stdout).toContain(`1 of the file's 3 authors (${knownBrand}) have other posts in`);
      // Three authors are too few to resample: the intervals resample posts, and say so.
      expect(result.stdout).toMatch(
        /^ {2}95% intervals: bootstrap over posts \(1,000 resamples\); only 3 authors: the intervals hold for more posts like these, not for other brands$/m,
      );
      expect(result.stdout).toMatch(/^Baselines, fitted on the same \d+ posts and scored on the same test posts$/m);
      expect(result.stdout).not.toMatch(/^Each source collection held out/m);
      const dutch = OTHER_BRANDS.filter((post) => post.lang === 'nl').length;
      expect(result.stdout).toMatch(new RegExp(`^ {2}nl +${dutch} posts · accuracy`, 'm'));
      expect(result.stdout).toMatch(new RegExp(`^ {2}en +${posts.length - dutch} posts · accuracy`, 'm'));
      // What it reports is what the extension would tag: the weights fitted on the whole corpus are the shipped ones.
      await loadEnglishTagger();
      const right = posts.filter((post) => classifyPost(post).tag === post.tag).length;
      const accuracy = Number(result.stdout.match(/^ {2}accuracy ([\d.]+) \[/m)![1]);
      expect(accuracy).toBeCloseTo(right / posts.length, 3);
      const invitesRight = posts.filter((post) => classifyPost(post).invitesResponse === 'invitesResponse' in post).length;
      expect(result.stdout).toMatch(new RegExp(`^invitesResponse right on ${invitesRight} of ${posts.length} posts`, 'm'));
    });

    it('says so when a file names no authors, rather than calling its posts one brand', { timeout: 240_000 }, () => {
      // Nor the experience posts' perspective.
      const unnamed = OTHER_BRANDS.map(({ author, perspective, ...post }, i) => JSON.stringify({ id: `unnamed:${i}`, ...post }));
      const result = evalOf(file('unnamed.jsonl', unnamed));
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).toMatch(/^Held-out test file: .*unnamed\.jsonl: 8 labelled posts that name no author$/m);
      expect(result.stdout).toMatch(/^ {2}95% intervals: bootstrap over posts \(1,000 resamples\); the file names no authors/m);
      expect(result.stdout).toMatch(/^Experience perspective: not measured, as the file labels none$/m);
      expect(result.stdout).toMatch(/^ {2}8 posts name no author: left out\n {2}no author with 10 posts or more: no gap to measure$/m);
    });

    it('does not measure invitesResponse or the sending score on a file that labels only the tags, and lists each error with its cues', {
      timeout: 240_000,
    }, async () => {
      // A labeller who calls a discount code with a buy call news: the error line names what made it promotion.
      const misread: (typeof OTHER_BRANDS)[number] = {
        author: 'harbourtea',
        lang: 'en',
        tag: 'broadcast',
        text: 'Use code WARMUP for 15% off every tin until Sunday. Shop now!',
      };
      const tagsOnly = [...OTHER_BRANDS, misread].map(({ perspective, invitesResponse, ...post }, i) =>
        JSON.stringify({ id: `tags:${i}`, ...post }),
      );
      const result = evalOf(file('tags-only.jsonl', tagsOnly));
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).toMatch(/^invitesResponse: not measured, as the file labels none$/m);
      expect(result.stdout).toMatch(
        /^Sending score per author: not measured, as the file labels no invitesResponse, which the score counts$/m,
      );
      await loadEnglishTagger();
      const cues = classifyPost(misread).cues.filter((cue) => cue.signal === 'promotion');
      expect(cues.map((cue) => cue.match)).toEqual(expect.arrayContaining(['15% off', 'Shop now']));
      expect(result.stdout).toContain(
        `  tags:${OTHER_BRANDS.length}: broadcast → promotion (1.00) · ${cues.map((cue) => `"${cue.match}"`).join(', ')}`,
      );
    });

    it('cross-validates a file that holds posts the weights were fitted on, and says why', { timeout: 240_000 }, () => {
      // Half of them with their author taken out: the same text is still the same post.
      const corpusLines = readFileSync(corpus, 'utf8')
        .split('\n')
        .slice(0, 40)
        .map((line, i) => (i % 2 === 0 ? line : JSON.stringify({ ...JSON.parse(line), author: undefined })));
      const result = evalOf(file('mixed.jsonl', [...corpusLines, ...written]));
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).toMatch(/^Headline: author-grouped 5-fold cross-validation/m);
      expect(result.stdout).toMatch(
        /^40 of these 48 posts are among those the weights are fitted on \(.*labelled\.jsonl\), so this file is cross-validated/m,
      );
    });
  },
);
