/** Stored posts for the browser benchmarks: brands of many posts, written straight into the extension's database, and the extension opened on them. */
import type { BrowserContext, Page } from 'playwright-core';
import { launchWithExtension } from '../../test/harness/chromium';
import { CLASSIFIER_VERSION } from '../classify/classify';
import { withDerived } from '../store/tally';
import { DB_NAME, SETTINGS, type StoredPost, type Tally } from '../store/schema';

const TAGS = ['broadcast', 'broadcast', 'promotion', 'experience', 'webcare', 'co-creation'] as const;

/** A brand's posts as every write path stores them, derived fields included, spread over a year. */
function benchPosts(brand: string, count: number): StoredPost[] {
  return Array.from({ length: count }, (_, i): StoredPost => {
    const tag = TAGS[i % TAGS.length];
    return withDerived({
      id: `${brand}-${i}`,
      platform: 'x',
      brand,
      author: brand,
      fromBrand: true,
      truncated: false,
      isReply: tag === 'webcare',
      isRepost: false,
      isPinned: false,
      isAd: false,
      mediaOnly: false,
      counts: { likes: i },
      text: `Post number ${i}: our new store opens on Saturday, come and have a look! https://example.org/${i}`,
      publishedAt: new Date(Date.UTC(2025, i % 12, 1 + (i % 28))).toISOString(),
      classification: {
        tag,
        perspective: tag === 'experience' ? 'brand' : null,
        confidence: 0.8,
        invitesResponse: tag === 'webcare' || tag === 'co-creation',
        lang: 'en',
        cues: [{ signal: tag, rule: 'news or information', match: 'new store', start: 20, end: 29, weight: 1 }],
      },
      classifierVersion: CLASSIFIER_VERSION,
      override: null,
      firstSeen: '2026-01-01T00:00:00.000Z',
      lastSeen: '2026-01-01T00:00:00.000Z',
    });
  });
}

function tallyOf(brand: string, posts: readonly StoredPost[]): Tally {
  return posts.reduce<Tally>(
    (sum, post) => {
      sum.counts[post.grid!] = (sum.counts[post.grid!] ?? 0) + 1;
      sum.first = sum.first && sum.first < post.publishedAt! ? sum.first : post.publishedAt;
      sum.last = sum.last && sum.last > post.publishedAt! ? sum.last : post.publishedAt;
      return sum;
    },
    { platform: 'x', brand, counts: {} },
  );
}

/** Writes the brands' posts, tallies and records through an extension page (same origin as the background); the first brand is the last seen. */
async function seedBrands(page: Page, brands: readonly { handle: string; name: string; posts: number }[]): Promise<void> {
  for (const [index, brand] of brands.entries()) {
    const posts = benchPosts(brand.handle, brand.posts);
    await page.evaluate(
      async ({ seed, tally, record, lastBrand, dbName }) => {
        const open = indexedDB.open(dbName);
        const db: IDBDatabase = await new Promise((resolve, reject) => {
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(open.error);
        });
        const tx = db.transaction(['posts', 'settings', 'brands', 'tallies'], 'readwrite');
        for (const post of seed) tx.objectStore('posts').put(post);
        tx.objectStore('tallies').put(tally);
        tx.objectStore('brands').put(record);
        if (lastBrand) tx.objectStore('settings').put(lastBrand);
        await new Promise((resolve) => (tx.oncomplete = resolve));
        db.close();
      },
      // The page's code runs in the browser: the constants go in as arguments.
      {
        seed: posts,
        tally: tallyOf(brand.handle, posts),
        record: { platform: 'x', handle: brand.handle, name: brand.name, firstSeen: '2026-01-01T00:00:00.000Z' },
        lastBrand: index === 0 ? { key: SETTINGS.lastBrand, value: { platform: 'x', handle: brand.handle } } : null,
        dbName: DB_NAME,
      },
    );
  }
}

/** The built extension in Chromium with the brands' posts stored, and an extension page open to read them. */
export async function openSeeded(
  brands: readonly { handle: string; name: string; posts: number }[],
): Promise<{ context: BrowserContext; extensionId: string; page: Page }> {
  const { context, extensionId } = await launchWithExtension();
  try {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    await page.waitForSelector('table.grid');
    await seedBrands(page, brands);
    return { context, extensionId, page };
  } catch (error) {
    await context.close();
    throw error;
  }
}
