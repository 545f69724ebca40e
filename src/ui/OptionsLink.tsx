/** The way to the settings from every page of the extension. */
import { browser } from 'wxt/browser';
import { t } from './i18n';

export function OptionsLink() {
  return (
    <button type="button" class="options-link" onClick={() => browser.runtime.openOptionsPage()}>
      {t('openOptions')}
    </button>
  );
}
