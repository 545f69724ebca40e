/**
 * The conventions that keep the house readable, checked rather than hoped for (as refined-github checks
 * its features): every platform complete in one adapter file, every selector named in its adapter's
 * table, and imports that only go down the layers.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGS } from '@/src/model/model';
import { PLATFORM_NAMES, PLATFORMS } from '@/src/model/post';
import { PAGE_WORDS } from '@/src/sites/words';
import { ADAPTERS, SUPPORTED_HOSTS } from '@/src/sites/extract';
import { generic } from '@/src/sites/generic';
import allowlist from './permissions.allowlist.json';

const ROOT = process.cwd();
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
/** "web" is the generic reader of any page, not a platform with an adapter of its own. */
const PLATFORMS_WITH_ADAPTERS = PLATFORMS.filter((platform) => platform !== 'web');

describe('every platform', () => {
  it.each(PLATFORMS_WITH_ADAPTERS)(
    '%s has its adapter file, is in ADAPTERS, has a display name and fixture tests on saved and minimal pages',
    (platform) => {
      expect(existsSync(join(ROOT, `src/sites/${platform}.ts`))).toBe(true);
      expect(ADAPTERS.map((adapter) => adapter.platform)).toContain(platform);
      expect(PLATFORM_NAMES[platform]).toMatch(/\S/);
      const tests = read(`test/sites/${platform}.test.ts`);
      expect(tests, 'a minimal page of our own').toMatch(/\bpage\(/);
      expect(tests, 'a saved real page').toMatch(/\bsharedPage\(/);
    },
  );
  it.each(Object.keys(PAGE_WORDS))('reads the "%s" label the platforms print in every interface language', (meaning) => {
    const words: Record<string, string[]> = PAGE_WORDS[meaning as keyof typeof PAGE_WORDS];
    for (const lang of LANGS) expect(words[lang], lang).not.toHaveLength(0);
  });
  it('asks only for hosts the adapters read, each on the permissions allow-list with its reason', () => {
    for (const host of SUPPORTED_HOSTS) expect(Object.keys(allowlist.hosts)).toContain(host);
    expect(new Set(SUPPORTED_HOSTS).size).toBe(SUPPORTED_HOSTS.length);
  });
});

describe('site adapters', () => {
  it.each([...ADAPTERS, generic].map((adapter) => [adapter.platform, adapter] as const))(
    '%s names its post, comment and text selectors from its own table, so a layout report can name what stopped matching',
    (_, adapter) => {
      expect(adapter.containers.length).toBeGreaterThan(0);
      for (const name of [...adapter.containers, ...adapter.textSelectors]) expect(Object.keys(adapter.selectors)).toContain(name);
      // Only the generic adapter reads a post's text without a selector of its own: the container's text.
      expect(adapter.textSelectors.length > 0).toBe(adapter !== generic);
    },
  );
  const adapterFiles = PLATFORMS_WITH_ADAPTERS.map((platform) => `src/sites/${platform}.ts`).concat('src/sites/generic.ts');
  it.each(adapterFiles)('%s names every selector in its table, so a layout-change report can name it', (file) => {
    const calls = [
      ...read(file).matchAll(/\b(querySelector|querySelectorAll|closest|matches|within)\(\s*(?:[\w.?]+,\s*)?(['"`][^'"`]*['"`])/g),
    ];
    // A template made only of table entries ("${SELECTORS.permalink} ${SELECTORS.time}") names them all.
    const literals = calls
      .map((match) => `${match[1]}(${match[2]})`)
      .filter((call) => !/^\w+\(`(\$\{SELECTORS\.\w+\}[\s,>]*)+`\)$/.test(call));
    expect(literals).toEqual([]);
  });
});

/** Lower layers first; a file may import from its own layer or below, never above. */
const LAYERS: string[][] = [
  ['src/model'],
  ['src/classify', 'src/score', 'src/sites'],
  ['src/store'],
  ['src/collect', 'src/export', 'src/ui', 'src/eval', 'src/messages.ts', 'src/settings.ts'],
  ['src/cli'],
  ['entrypoints'],
];
const layerOf = (path: string) => LAYERS.findIndex((layer) => layer.some((prefix) => path === prefix || path.startsWith(`${prefix}/`)));

function sourceFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { withFileTypes: true }).flatMap((entry) => {
    const path = `${folder}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  // Side-effect imports too (a stylesheet): `import '../popup/style.css';`.
  return [...read(file).matchAll(/^import(?:[^'"]*from)? '([^']+)';$/gm)]
    .map((match) => match[1])
    .flatMap((target) => {
      if (target.startsWith('@/')) return [target.slice(2)];
      if (target.startsWith('.')) return [relative(ROOT, resolve(ROOT, dirname(file), target))];
      return [];
    });
}

describe('layers', () => {
  const files = [...sourceFiles('src'), ...sourceFiles('entrypoints')];
  it.each(files)('%s imports nothing from a layer above it', (file) => {
    const own = layerOf(file);
    const upward = importsOf(file).filter((target) => layerOf(target) > own);
    expect(upward).toEqual([]);
  });
  it.each(sourceFiles('entrypoints'))('%s borrows nothing from another entrypoint', (file) => {
    const entry = file.split('/')[1];
    const borrowed = importsOf(file).filter((target) => target.startsWith('entrypoints/') && target.split('/')[1] !== entry);
    expect(borrowed).toEqual([]);
  });
});
