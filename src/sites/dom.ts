/** DOM reading shared by the adapters; works in browsers and in linkedom alike (no innerText, no layout). */
import { siteOf } from './hosts';

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

/** A link's path on the page's own site, written relative ("/acme/status/1") or absolute, as saved pages write them; undefined for another site. */
export function sitePath(href: string | null | undefined, base: URL): string | undefined {
  if (!href) return undefined;
  try {
    const target = new URL(href, base);
    return siteOf(target.hostname) === siteOf(base.hostname) ? target.pathname : undefined;
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

const UNIT_MS: Record<string, number> = {
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 7 * 86_400_000,
  mo: 30 * 86_400_000,
  y: 365 * 86_400_000,
};
/** Each unit's words in English and Dutch, longest first so "mo" wins over "m". */
const UNIT_WORDS: [string, RegExp][] = [
  ['mo', /^(months?|maand(en)?|mo)$/],
  ['s', /^(seconds?|seconden?|sec|s)$/],
  ['m', /^(minutes?|minuten?|min|m)$/],
  ['h', /^(hours?|uur|u|h)$/],
  ['d', /^(days?|dag(en)?|d)$/],
  ['w', /^(weeks?|weken|w)$/],
  ['y', /^(years?|jaar|jaren|j|y)$/],
];
const RELATIVE = /^(\d+)\s*([a-z]+)(?:\s+(?:ago|geleden))?(?:\s*\(edited\)|\s*\(bewerkt\))?$/i;

/**
 * "13 hours ago", "2 weken geleden", "6d": the time a page shows only relative to now, as a date. Approximate
 * (a month is 30 days) and only as right as the clock when the page was read: where a page gives an exact
 * time (time[datetime], an id that carries one), that is read instead.
 */
export function relativeDate(text: string | null | undefined, now: number = Date.now()): string | undefined {
  const match = text?.trim().match(RELATIVE);
  if (!match) return undefined;
  const unit = UNIT_WORDS.find(([, words]) => words.test(match[2].toLowerCase()))?.[0];
  return unit ? new Date(now - Number(match[1]) * UNIT_MS[unit]).toISOString() : undefined;
}

const MONTHS: Record<string, number> = Object.fromEntries(
  [
    ['january', 'januari', 'jan'],
    ['february', 'februari', 'feb'],
    ['march', 'maart', 'mar', 'mrt'],
    ['april', 'apr'],
    ['may', 'mei'],
    ['june', 'juni', 'jun'],
    ['july', 'juli', 'jul'],
    ['august', 'augustus', 'aug'],
    ['september', 'sep', 'sept'],
    ['october', 'oktober', 'oct', 'okt'],
    ['november', 'nov'],
    ['december', 'dec'],
  ].flatMap((names, month) => names.map((name) => [name, month])),
);
const DAY_MONTH = /^(?:(\d{1,2}) (\p{L}+)|(\p{L}+) (\d{1,2}))(?:,? (\d{4}))?(?:,? (?:at |om )?(\d{1,2}):(\d{2})(?: ?([AP]M))?)?$/iu;

/**
 * "November 25 at 5:41 PM", "30 May at 11:02", "30 mei om 11:02", "Mar 01, 2026, 09:00 AM": a day the page names without a year
 * is the last such day up to now. In the reader's own time zone, as the page showed it.
 */
export function dayDate(text: string | null | undefined, now: number = Date.now()): string | undefined {
  const match = text?.trim().match(DAY_MONTH);
  if (!match) return undefined;
  const [, dayFirst, monthAfter, monthFirst, dayAfter, year, hours, minutes, half] = match;
  const month = MONTHS[(monthAfter ?? monthFirst).toLowerCase()];
  if (month === undefined) return undefined;
  const day = Number(dayFirst ?? dayAfter);
  let hour = Number(hours ?? 0);
  if (half) hour = (hour % 12) + (half.toUpperCase() === 'PM' ? 12 : 0);
  const at = (y: number) => new Date(y, month, day, hour, Number(minutes ?? 0));
  const thisYear = new Date(now).getFullYear();
  const date = year ? at(Number(year)) : at(thisYear).getTime() <= now ? at(thisYear) : at(thisYear - 1);
  return date.getDate() === day ? date.toISOString() : undefined;
}

/** Where a platform's ids keep their creation time: the bits above `shift` count `unitMs` since `epochMs`. */
const SNOWFLAKES = {
  x: { shift: 22n, unitMs: 1, epochMs: 1288834974657 },
  linkedin: { shift: 22n, unitMs: 1, epochMs: 0 },
  tiktok: { shift: 32n, unitMs: 1000, epochMs: 0 },
  instagram: { shift: 23n, unitMs: 1, epochMs: 1314220021721 },
};

/** The creation time a Snowflake-like id carries. */
export function dateFromSnowflake(id: string | undefined, kind: keyof typeof SNOWFLAKES): string | undefined {
  if (!id || !/^\d{15,20}$/.test(id)) return undefined;
  const { shift, unitMs, epochMs } = SNOWFLAKES[kind];
  const ms = Number(BigInt(id) >> shift) * unitMs + epochMs;
  return ms > Date.UTC(2006, 0, 1) && ms < Date.UTC(2100, 0, 1) ? new Date(ms).toISOString() : undefined;
}

export function lowerHandle(value: string | undefined | null): string | undefined {
  const handle = value?.trim().replace(/^@/, '').toLowerCase();
  return handle ? handle : undefined;
}
