/** Firefox: the build passes web-ext lint without errors. (That npm run zip writes both store packages is checked by .ci/run, after the tests, since zipping rebuilds what the browser tests load.) */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const FIREFOX_BUILD = '.output/firefox-mv2';
const bin = (name: string) => join(process.cwd(), 'node_modules/.bin', name);

describe.skipIf(!existsSync(join(FIREFOX_BUILD, 'manifest.json')) && !process.env.CI)(
  'Firefox build (skipped outside CI without the build; npm test makes it)',
  () => {
    it('passes web-ext lint with no errors', () => {
      const result = spawnSync(bin('web-ext'), ['lint', '--source-dir', FIREFOX_BUILD, '--output', 'json', '--no-input'], {
        encoding: 'utf8',
      });
      const report = JSON.parse(result.stdout) as { summary: { errors: number }; errors: { code: string; message: string }[] };
      expect(report.errors.map((error) => `${error.code}: ${error.message}`)).toEqual([]);
      expect(report.summary.errors).toBe(0);
    });
  },
);
