/** A post's text with the cues that decided its tag marked; always rendered as text, never as HTML. */
import type { Cue } from '@/src/model/post';

export function Highlighted({ text, cues }: { text: string; cues: Cue[] }) {
  const ranges = cues.filter((cue) => cue.start >= 0 && cue.end > cue.start && cue.end <= text.length).sort((a, b) => a.start - b.start);
  const parts: preact.ComponentChildren[] = [];
  let at = 0;
  for (const cue of ranges) {
    if (cue.start < at) continue;
    if (cue.start > at) parts.push(text.slice(at, cue.start));
    parts.push(<mark title={`${cue.signal}: ${cue.rule}`}>{text.slice(cue.start, cue.end)}</mark>);
    at = cue.end;
  }
  parts.push(text.slice(at));
  return <p class="post-text">{parts}</p>;
}
