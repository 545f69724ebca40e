/** npm run --silent classify -- FILE|-: one JSON line per post with its tag and the cues that decided it (standard input when posts are piped in). */
import { classifyPost } from '../classify/classify';
import { InputError, inputPath, readPosts } from './read-posts';
import { runCli } from './run';

runCli(() => {
  const path = inputPath(process.argv[2]);
  if (!path) throw new InputError('usage: npm run --silent classify -- FILE (JSON lines or CSV with a "text" column; - or a pipe for standard input)');
  for (const post of readPosts(path)) {
    const { tag, perspective, confidence, invitesResponse, lang, cues } = classifyPost(post);
    process.stdout.write(`${JSON.stringify({ id: post.id, tag, perspective, confidence, invitesResponse, lang, cues })}\n`);
  }
});
