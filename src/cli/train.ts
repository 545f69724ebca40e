/**
 * npm run train [-- FILE]: fits the classifier's learned layer on the
 * labelled corpus and writes src/classify/weights.json. Only weights over the
 * named features are written, never corpus text.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analysePost } from '../classify/classify';
import { fitLearnedLayer } from '../classify/fit';
import { loadEnglishTagger } from '../classify/english';
import { readLabelledPosts } from './read-posts';
import { DEFAULT_CORPUS, runCli } from './run';

const WEIGHTS_FILE = fileURLToPath(new URL('../classify/weights.json', import.meta.url));

runCli({ usage: `usage: npm run train [-- FILE] (labelled JSON lines; by default ${DEFAULT_CORPUS})`, files: 1 }, async ({ files }) => {
  await loadEnglishTagger();
  const path = files[0] ?? DEFAULT_CORPUS;
  const posts = await readLabelledPosts(path);
  const model = fitLearnedLayer(
    posts.map((post) => ({
      analysis: analysePost(post),
      author: post.author ?? '(unknown)',
      tag: post.tag,
      perspective: post.perspective,
      invitesResponse: post.invitesResponse,
    })),
  );
  writeFileSync(WEIGHTS_FILE, readableJson(model));
  process.stderr.write(
    `wrote ${Object.keys(model.tags.weights).length} features × ${model.tags.classes.length} tag classes, ${Object.keys(model.invites.weights).length} for invitesResponse and ${Object.keys(model.perspective.weights).length} for the perspective, from ${posts.length} posts of ${path} to ${WEIGHTS_FILE}\n`,
  );
});

/** One line per feature, so a reviewer reads a retrained model's diff feature by feature. */
function readableJson(value: unknown, indent = ''): string {
  if (value === null || typeof value !== 'object' || Object.values(value).every((v) => typeof v !== 'object' || v === null))
    return JSON.stringify(value);
  const inner = `${indent}  `;
  const entries = Array.isArray(value)
    ? value.map((v) => `${inner}${readableJson(v, inner)}`)
    : Object.entries(value).map(([k, v]) => `${inner}${JSON.stringify(k)}: ${readableJson(v, inner)}`);
  return `${Array.isArray(value) ? '[' : '{'}\n${entries.join(',\n')}\n${indent}${Array.isArray(value) ? ']' : '}'}${indent === '' ? '\n' : ''}`;
}
