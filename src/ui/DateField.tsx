/**
 * A date typed in the interface language's order ("dd-mm-jjjj" in Dutch), where the browser's date
 * input would follow the browser's language. Hands on only a whole, real date, or '' when emptied.
 */
import { useEffect, useState } from 'preact/hooks';
import { datePattern, formatDateField, parseDateField } from './format';
import { dateLocale, t } from './i18n';

export function DateField({ label, value, onChange }: { label: string; value: string; onChange: (iso: string) => void }) {
  const locale = dateLocale();
  const [text, setText] = useState(formatDateField(value, locale));
  useEffect(() => {
    if (parseDateField(text, locale) !== value) setText(formatDateField(value, locale));
  }, [value]);
  const pattern = datePattern(locale, { day: t('dateDay'), month: t('dateMonth'), year: t('dateYear') });
  const invalid = parseDateField(text, locale) === undefined;
  return (
    <label class="date-field">
      {label}{' '}
      <input
        type="text"
        inputMode="numeric"
        autocomplete="off"
        size={pattern.length}
        placeholder={pattern}
        value={text}
        aria-invalid={invalid}
        onInput={(event) => {
          const typed = event.currentTarget.value;
          setText(typed);
          const iso = parseDateField(typed, locale);
          if (iso !== undefined) onChange(iso);
        }}
      />
      {invalid && <span class="warning">{t('dateInvalid', pattern)}</span>}
    </label>
  );
}
