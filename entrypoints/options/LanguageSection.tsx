/** The interface's language: the browser's, or one the user chooses. */
import type { Lang } from '@/src/model/model';
import { uiLanguageSetting } from '@/src/settings';
import { t } from '@/src/ui/i18n';
import { useSetting } from '@/src/ui/useSetting';

export function LanguageSection() {
  const [language, setLanguage] = useSetting<'auto' | Lang>(uiLanguageSetting, 'auto');
  return (
    <fieldset>
      <legend>{t('optionsLanguage')}</legend>
      <select
        value={language}
        onChange={(event) => {
          const value = (event.currentTarget as HTMLSelectElement).value as 'auto' | Lang;
          setLanguage(value);
          uiLanguageSetting.setValue(value).then(() => location.reload());
        }}
      >
        <option value="auto">{t('optionsLanguageAuto')}</option>
        <option value="en">English</option>
        <option value="nl">Nederlands</option>
      </select>
    </fieldset>
  );
}
