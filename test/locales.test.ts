/** Every interface text exists in English and Dutch, with the same placeholders. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const load = (lang: string) => JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Record<string, { message: string; placeholders?: Record<string, unknown> }>;

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
});
