/** A date typed in the report is read in the interface language's order, whatever the browser's language. */
import { describe, expect, it } from 'vitest';
import { datePattern, formatDateField, parseDateField } from '@/src/ui/format';

describe('date fields follow the locale', () => {
  it.each([
    ['nl', '05-03-2026', 'dd-mm-jjjj'],
    ['en-US', '03/05/2026', 'mm/dd/jjjj'],
    ['en-GB', '05/03/2026', 'dd/mm/jjjj'],
  ])('%s writes 5 March 2026 as %s and asks for %s', (locale, written, pattern) => {
    expect(formatDateField('2026-03-05', locale)).toBe(written);
    expect(parseDateField(written, locale)).toBe('2026-03-05');
    expect(datePattern(locale, { day: 'dd', month: 'mm', year: 'jjjj' })).toBe(pattern);
  });
  it('reads a Dutch date with any separator and without leading zeros', () => {
    expect(parseDateField('5/3/2026', 'nl')).toBe('2026-03-05');
    expect(parseDateField(' 5.3.2026 ', 'nl')).toBe('2026-03-05');
  });
  it('refuses what is no date, and says an empty field is open', () => {
    for (const text of ['31-02-2026', '5 maart', '05-03-26', '13/13/2026', '05-03'])
      expect(parseDateField(text, 'nl'), text).toBeUndefined();
    expect(parseDateField('  ', 'nl')).toBe('');
  });
});
