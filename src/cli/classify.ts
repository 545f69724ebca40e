/** npm run --silent classify -- FILE|-: one JSON line per post with its tag and the cues that decided it (standard input when posts are piped in). */
import { once } from 'node:events';
import { classifyPost } from '../classify/classify';
import { loadEnglishTagger } from '../classify/english';
import { InputError, inputPath, progressOnStderr, streamPosts } from './read-posts';
import { runCli } from './run';

const USAGE = 'usage: npm run --silent classify -- FILE (JSON lines or CSV with a "text" column; - or a pipe for standard input)';

runCli({ usage: USAGE, files: 1 }, async ({ files }) => {
  await loadEnglishTagger();
  const path = inputPath(files[0]);
  if (!path) throw new InputError(USAGE);
  for await (const post of streamPosts(path, { onProgress: progressOnStderr })) {
    const { tag, perspective, confidence, invitesResponse, lang, cues } = classifyPost(post);
    // Waiting for a slow reader keeps memory flat whatever the file's length.
    if (!process.stdout.write(`${JSON.stringify({ id: post.id, tag, perspective, confidence, invitesResponse, lang, cues })}\n`))
      await once(process.stdout, 'drain');
  }
});
