/** Every interface text exists in English and Dutch, with the same placeholders. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pluralForms } from '@/src/ui/format';
import { message } from '@/src/ui/messages';

const load = (lang: string) =>
  JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Record<
    string,
    { message: string; placeholders?: Record<string, unknown> }
  >;

describe('_locales', () => {
  const en = load('en');
  const nl = load('nl');
  it('has the same keys in both languages', () => {
    expect(Object.keys(nl).sort()).toEqual(Object.keys(en).sort());
  });
  it.each(Object.keys(en))('%s uses its placeholders in both languages', (key) => {
    for (const messages of [en, nl]) {
      for (const name of Object.keys(messages[key].placeholders ?? {})) expect(messages[key].message).toContain(`$${name.toUpperCase()}$`);
      expect(messages[key].message.trim()).not.toBe('');
    }
  });
  it.each(Object.keys(en).filter((key) => /\{[^}]*\|/.test(en[key].message)))(
    '%s has a count before each of its plural forms, in both languages',
    (key) => {
      for (const messages of [en, nl]) {
        const before = messages[key].message.split(/\{[^|{}]*\|[^|{}]*\}/).slice(0, -1);
        for (const text of before.map((_, i) => before.slice(0, i + 1).join(''))) expect(text).toMatch(/\$[A-Z]+\$/);
      }
    },
  );
});

describe('plural forms', () => {
  it('takes the form the count nearest before asks for, in English and Dutch', () => {
    expect(pluralForms('1 {post|posts} seen · 0 {reply|replies}', 'en')).toBe('1 post seen · 0 replies');
    expect(pluralForms('2 of 1 {bericht zendt|berichten zenden} alleen', 'nl')).toBe('2 of 1 bericht zendt alleen');
    expect(pluralForms('12 {post|posts}', 'en')).toBe('12 posts');
  });
  it('writes counts as the language does, and still picks the plural by them', () => {
    expect(message('en', 'postsSeen', 10000)).toBe('10,000 posts seen');
    expect(message('nl', 'postsSeen', 10000)).toBe('10.000 berichten gezien');
    expect(message('en', 'postsSeen', 1)).toBe('1 post seen');
    expect(message('nl', 'postsSeen', 1)).toBe('1 bericht gezien');
  });
  it('writes a rate below one with its first figures, never as 0, and in the plural', () => {
    // Two posts a year apart: a brand that hardly posts, not one that never does.
    expect(message('en', 'postsPerWeek', 2 / 47)).toBe('0.043 posts a week');
    expect(message('nl', 'postsPerWeek', 2 / 47)).toBe('0,043 berichten per week');
    expect(message('en', 'postsPerWeek', 1 / 100)).toBe('0.01 posts a week');
    expect(message('nl', 'postsPerWeek', 1 / 100)).toBe('0,01 berichten per week');
    expect(message('en', 'postsPerWeek', 1)).toBe('1 post a week');
    expect(message('en', 'postsPerWeek', 4.27)).toBe('4.3 posts a week');
    expect(message('nl', 'postsPerWeek', 12.34)).toBe('12,3 berichten per week');
  });
});
