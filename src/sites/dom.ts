/** DOM reading shared by the adapters; works in browsers and in linkedom alike (no innerText, no layout). */

const BLOCK = new Set([
  'DIV',
  'P',
  'LI',
  'UL',
  'OL',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'TR',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'SVG', 'svg', 'NOSCRIPT', 'TEMPLATE', 'BUTTON']);

/**
 * The text a reader sees, with line breaks and emoji kept: <br> and block
 * elements break lines, emoji images give their alt text. A line break
 * followed by indentation is a pretty-printer's, not the author's.
 */
export function readText(root: Node | null | undefined, skip?: string): string {
  if (!root) return '';
  let out = '';
  // A block element inside an inline one (a mention's <div> inside a <span>) flows with the text.
  const walk = (node: Node, inline: boolean) => {
    if (node.nodeType === 3) {
      out += (node.nodeValue ?? '').replace(/\n[ \t]+/g, ' ');
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    const tag = element.tagName.toUpperCase();
    if (SKIP.has(element.tagName) || SKIP.has(tag) || (skip && element.matches(skip))) return;
    if (tag === 'BR') {
      out += '\n';
      return;
    }
    if (tag === 'IMG') {
      out += element.getAttribute('alt') ?? '';
      return;
    }
    const block = BLOCK.has(tag) && !inline;
    const childrenInline = inline || tag === 'SPAN' || tag === 'A';
    if (block) out += '\n';
    for (const child of Array.from(element.childNodes)) walk(child, childrenInline);
    if (block) out += '\n';
  };
  walk(root, false);
  return out
    .split('\n')
    .map((line) => line.replace(/[ \t\u00A0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Outermost matches only: a quoted post inside a post is part of it, not a post of its own. */
export function outermost(elements: Iterable<Element>): Element[] {
  const list = Array.from(elements);
  const set = new Set(list);
  return list.filter((element) => {
    for (let parent = element.parentElement; parent; parent = parent.parentElement) if (set.has(parent)) return false;
    return true;
  });
}

export function absolute(href: string | undefined, base: URL): string | undefined {
  if (!href) return undefined;
  try {
    return new URL(href, base).href;
  } catch {
    return undefined;
  }
}

/** A valid ISO date string, or undefined. */
export function isoDate(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/** Snowflake ids carry their creation time: X and LinkedIn shift by 22 bits (X adds its epoch), TikTok by 32 (seconds). */
export function dateFromSnowflake(id: string | undefined, kind: 'x' | 'linkedin' | 'tiktok'): string | undefined {
  if (!id || !/^\d{15,20}$/.test(id)) return undefined;
  const big = BigInt(id);
  const ms = kind === 'x' ? Number(big >> 22n) + 1288834974657 : kind === 'linkedin' ? Number(big >> 22n) : Number(big >> 32n) * 1000;
  return ms > Date.UTC(2006, 0, 1) && ms < Date.UTC(2100, 0, 1) ? new Date(ms).toISOString() : undefined;
}

export function lowerHandle(value: string | undefined | null): string | undefined {
  const handle = value?.trim().replace(/^@/, '').toLowerCase();
  return handle ? handle : undefined;
}
