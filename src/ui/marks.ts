/**
 * The pieces of a post's text the popup and the report mark, and what each mark says on hover. Apart from
 * the component so it can be tested without a browser.
 */
import { cellById, TAG_NAMES, type Lang, type Localized, type TagOrUnknown } from '@/src/model/model';
import { pointsElsewhere, type Cue } from '@/src/model/post';

/** What a cue is evidence for, as the interface names it: the tags by their names in the grid. */
const SIGNAL_NAMES: Partial<Record<string, Localized>> & Record<Cue['signal'], Localized> = {
  ...TAG_NAMES,
  'experience-user': cellById('user-experience').name,
  invite: { en: 'Invites a response', nl: 'Nodigt uit tot reageren' },
  complaint: { en: 'Complaint', nl: 'Klacht' },
};

/** A piece of a post's text: plain, or marked with its cue, whether that cue was evidence for another tag, and what it is, in words. */
type Part = string | { text: string; cue: Cue; elsewhere: boolean; title: string };

/** The text in order: plain pieces, and marked ones with their cue; overlapping cues keep the first. */
export function markedParts(text: string, cues: Cue[], tag: TagOrUnknown, lang: Lang): Part[] {
  const ranges = cues.filter((cue) => cue.start >= 0 && cue.end > cue.start && cue.end <= text.length).sort((a, b) => a.start - b.start);
  const parts: Part[] = [];
  let at = 0;
  for (const cue of ranges) {
    if (cue.start < at) continue;
    if (cue.start > at) parts.push(text.slice(at, cue.start));
    // An imported backup may carry a signal this version does not know: it is shown as written.
    const title = `${SIGNAL_NAMES[cue.signal]?.[lang] ?? cue.signal}: ${cue.rule}`;
    parts.push({ text: text.slice(cue.start, cue.end), cue, elsewhere: pointsElsewhere(cue, tag), title });
    at = cue.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}
