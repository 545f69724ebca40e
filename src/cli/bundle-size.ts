/** The content script's size as shipped: it runs on every page of the supported sites, so it must stay tiny. */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const CONTENT_SCRIPT = fileURLToPath(new URL('../../.output/chrome-mv3/content-scripts/content.js', import.meta.url));
export const MAX_CONTENT_SCRIPT_GZIP = 30 * 1024;

/** Minified and gzipped bytes, or null when there is no build yet. */
export function contentScriptSize(): { minified: number; gzip: number } | null {
  if (!existsSync(CONTENT_SCRIPT)) return null;
  const code = readFileSync(CONTENT_SCRIPT);
  return { minified: code.length, gzip: gzipSync(code, { level: 9 }).length };
}
