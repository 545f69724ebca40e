/** The content script runs on every page of nine platforms: it must stay tiny and free of the NLP stack. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SCRIPT, contentScriptSize, MAX_CONTENT_SCRIPT_GZIP } from '@/src/cli/bundle-size';

const size = contentScriptSize();

describe.skipIf(!size && !process.env.CI)(
  'content script bundle (skipped outside CI without a build in .output/; npm test makes it)',
  () => {
    it(`is under ${MAX_CONTENT_SCRIPT_GZIP / 1024} KB gzip`, () => {
      expect(size!.gzip).toBeLessThan(MAX_CONTENT_SCRIPT_GZIP);
    });
    it('carries neither compromise nor the language detector', () => {
      const code = readFileSync(CONTENT_SCRIPT, 'utf8');
      expect(code).not.toMatch(/compromise|franc/i);
    });
  },
);
