/**
 * The inline badge on a post: its tag, and the cues on hover. Lives in a
 * closed shadow root, so the host page's CSS cannot touch it and ours cannot
 * leak; every string goes in as text, never as HTML.
 */
import type { BadgeTag } from '../model/override';
import { CELLS, cellIdOf, TAG_NAMES, type Lang } from '../model/model';

const HOST_ATTRIBUTE = 'data-zendmeter-badge';
const STYLE = `:host{all:initial;display:inline-block;margin:2px 0}
span{font:600 11px/1.6 system-ui,sans-serif;padding:0 6px;border-radius:8px;background:#1f4e79;color:#fff;cursor:help}`;

export function showBadge(container: Element, badge: BadgeTag): void {
  removeBadge(container);
  const host = container.ownerDocument.createElement('span');
  host.setAttribute(HOST_ATTRIBUTE, '');
  const root = host.attachShadow({ mode: 'closed' });
  const style = container.ownerDocument.createElement('style');
  style.textContent = STYLE;
  const label = container.ownerDocument.createElement('span');
  const lang =
    container.ownerDocument.documentElement.lang.startsWith('nl') || globalThis.navigator?.language?.startsWith('nl') ? 'nl' : 'en';
  const { text, title } = badgeText(badge, lang);
  label.textContent = text;
  label.title = title;
  root.append(style, label);
  container.prepend(host);
}

/**
 * What a badge says: the post's cell of the model by the popup's name for it, marked when the classifier was
 * unsure; on hover, the cues that decided it, or that the tag was set by hand.
 */
export function badgeText(badge: BadgeTag, lang: Lang): { text: string; title: string } {
  const cellId = cellIdOf(badge.tag, badge.perspective);
  const name = CELLS.find((cell) => cell.id === cellId)?.name[lang] ?? TAG_NAMES[badge.tag][lang];
  const cues = badge.cues.map((cue) => `${cue.rule}${cue.match ? `: “${cue.match}”` : ''}`);
  return {
    text: `Zendmeter · ${name}${badge.unsure ? ` · ${UNSURE[lang]}` : ''}`,
    title: badge.setByHand ? SET_BY_HAND[lang] : cues.join('\n') || NO_CUES[lang],
  };
}

// Any tag can come without a cue: the learned weights decide over the post's form and everyday words too.
const NO_CUES: Record<Lang, string> = { en: 'no cues: learned weights decided', nl: 'geen signalen: gewichten beslisten' };
const SET_BY_HAND: Record<Lang, string> = { en: 'set by hand', nl: 'handmatig aangepast' };
const UNSURE: Record<Lang, string> = { en: 'unsure', nl: 'twijfel' };

function removeBadge(container: Element): void {
  container.querySelector(`:scope > [${HOST_ATTRIBUTE}]`)?.remove();
}

export function removeAllBadges(document: Document): void {
  for (const badge of Array.from(document.querySelectorAll(`[${HOST_ATTRIBUTE}]`))) badge.remove();
}

/** Our own badge changing the DOM must not look like the page changing. */
export function isBadgeChange(mutation: MutationRecord): boolean {
  if (mutation.type !== 'childList') return false;
  const isBadge = (node: Node) => node.nodeType === 1 && (node as Element).hasAttribute(HOST_ATTRIBUTE);
  return Array.prototype.every.call(mutation.addedNodes, isBadge) && Array.prototype.every.call(mutation.removedNodes, isBadge);
}
