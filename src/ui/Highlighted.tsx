/**
 * A post's text with its cues marked; always rendered as text, never as HTML. A cue that was evidence for
 * another tag than the one that counts is marked apart: without that, the link that pointed to broadcast
 * on a post tagged experience would read as a reason for experience.
 */
import type { TagOrUnknown } from '@/src/model/model';
import type { Cue } from '@/src/model/post';
import { uiLang } from './i18n';
import { markedParts } from './marks';

export function Highlighted({ text, cues, tag }: { text: string; cues: Cue[]; tag: TagOrUnknown }) {
  return (
    <p class="post-text">
      {markedParts(text, cues, tag, uiLang).map((part) =>
        typeof part === 'string' ? (
          part
        ) : (
          <mark class={part.elsewhere ? 'elsewhere' : undefined} title={part.title}>
            {part.text}
          </mark>
        ),
      )}
    </p>
  );
}
