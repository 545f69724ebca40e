/** Reading what pages print: times shown only relative to now, links written relative or absolute. */
import { describe, expect, it } from 'vitest';
import { dayDate, relativeDate, sitePath } from '@/src/sites/dom';

const NOW = Date.parse('2026-01-25T12:00:00Z');

describe('relativeDate', () => {
  it.each([
    ['13 hours ago', '2026-01-24T23:00:00.000Z'],
    ['2 weken geleden', '2026-01-11T12:00:00.000Z'],
    ['6d', '2026-01-19T12:00:00.000Z'],
    ['1 month ago', '2025-12-26T12:00:00.000Z'],
    ['3 minuten geleden', '2026-01-25T11:57:00.000Z'],
    ['2 days ago (edited)', '2026-01-23T12:00:00.000Z'],
  ])('reads "%s" as %s', (text, date) => {
    expect(relativeDate(text, NOW)).toBe(date);
  });
  it.each(['yesterday', 'Dec 16, 2025', '', 'Reply'])('leaves "%s" undated rather than guess', (text) => {
    expect(relativeDate(text, NOW)).toBeUndefined();
  });
});

describe('dayDate', () => {
  const local = (...parts: [number, number, number, number, number]) => new Date(...parts).toISOString();
  it.each([
    ['November 25 at 5:41 PM', local(2025, 10, 25, 17, 41)],
    ['30 May at 11:02', local(2025, 4, 30, 11, 2)],
    ['30 mei om 11:02', local(2025, 4, 30, 11, 2)],
    ['March 20 at 8:00 AM', local(2026, 2, 20, 8, 0)],
    ['December 1, 2021', local(2021, 11, 1, 0, 0)],
    ['Mar 01, 2026, 09:00 AM', local(2026, 2, 1, 9, 0)],
  ])('reads "%s" as the last such day up to now', (text, date) => {
    expect(dayDate(text, Date.parse('2026-03-25T12:00:00Z'))).toBe(date);
  });
  it.each(['2d', 'Shared with Public', '31 February', 'Maybe 12'])('leaves "%s" undated', (text) => {
    expect(dayDate(text, NOW)).toBeUndefined();
  });
});

describe('sitePath', () => {
  const page = new URL('https://x.com/home');
  it("reads relative links, absolute ones (as saved pages write them) and the platform's other domain alike", () => {
    expect(sitePath('/acme/status/1', page)).toBe('/acme/status/1');
    expect(sitePath('https://x.com/acme/status/1', page)).toBe('/acme/status/1');
    expect(sitePath('https://twitter.com/acme/status/1', page)).toBe('/acme/status/1');
  });
  it('ignores a link to another site', () => {
    expect(sitePath('https://example.com/acme/status/1', page)).toBeUndefined();
  });
});
