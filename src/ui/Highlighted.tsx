/**
 * A post's text with its cues marked; always rendered as text, never as HTML. A cue that was evidence for
 * another tag than the one that counts is marked apart: without that, the link that pointed to broadcast
 * on a post tagged experience would read as a reason for experience.
 */
import type { TagOrUnknown } from '@/src/model/model';
import { pointsElsewhere, type Cue } from '@/src/model/post';

/** A piece of a post's text: plain, or marked with its cue and whether that cue was evidence for another tag. */
type Part = string | { text: string; cue: Cue; elsewhere: boolean };

/** The text in order: plain pieces, and marked ones with their cue; overlapping cues keep the first. */
export function markedParts(text: string, cues: Cue[], tag: TagOrUnknown): Part[] {
  const ranges = cues.filter((cue) => cue.start >= 0 && cue.end > cue.start && cue.end <= text.length).sort((a, b) => a.start - b.start);
  const parts: Part[] = [];
  let at = 0;
  for (const cue of ranges) {
    if (cue.start < at) continue;
    if (cue.start > at) parts.push(text.slice(at, cue.start));
    parts.push({ text: text.slice(cue.start, cue.end), cue, elsewhere: pointsElsewhere(cue, tag) });
    at = cue.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}

export function Highlighted({ text, cues, tag }: { text: string; cues: Cue[]; tag: TagOrUnknown }) {
  return (
    <p class="post-text">
      {markedParts(text, cues, tag).map((part) =>
        typeof part === 'string' ? (
          part
        ) : (
          <mark class={part.elsewhere ? 'elsewhere' : undefined} title={`${part.cue.signal}: ${part.cue.rule}`}>
            {part.text}
          </mark>
        ),
      )}
    </p>
  );
}
