/** Interface text through the browser's i18n (_locales/en, _locales/nl); the model's own names from src/model. */
import { browser } from 'wxt/browser';
import type { Lang } from '@/src/model/model';

export function t(key: string, ...substitutions: (string | number)[]): string {
  return browser.i18n.getMessage(key as never, substitutions.map(String)) || key;
}

export const uiLang: Lang = browser.i18n.getUILanguage().toLowerCase().startsWith('nl') ? 'nl' : 'en';
