/**
 * Interface text from _locales (en, nl). By default through the browser's
 * i18n; when the user picked a language in the options, from that locale's
 * messages, since browser.i18n cannot switch language at run time.
 */
import { browser } from 'wxt/browser';
import type { Lang } from '../model/model';
import { uiLanguageSetting } from '../settings';
import { formatMessage, pluralForms, substitution, type Messages } from './format';

/** Loaded only when the user chose a language, so pages that follow the browser do not parse them. */
const LOCALES: Record<Lang, () => Promise<{ default: Messages }>> = {
  en: () => import('../../public/_locales/en/messages.json'),
  nl: () => import('../../public/_locales/nl/messages.json'),
};

let chosen: Messages | null = null;

export let uiLang: Lang = browser.i18n.getUILanguage().toLowerCase().startsWith('nl') ? 'nl' : 'en';

/** Call once before the first render. */
export async function initLanguage(): Promise<void> {
  const setting = await uiLanguageSetting.getValue().catch(() => 'auto' as const);
  if (setting !== 'auto') {
    chosen = (await LOCALES[setting]()).default;
    uiLang = setting;
  }
  document.documentElement.lang = uiLang;
}

export function t(key: string, ...substitutions: (string | number)[]): string {
  if (chosen) return formatMessage(chosen, key, substitutions, uiLang);
  const values = substitutions.map((value) => substitution(value, uiLang));
  return pluralForms(browser.i18n.getMessage(key as never, values) || key, uiLang);
}

/** The locale dates are written in: the browser's region where it speaks the interface language (en-GB), else the language. */
export function dateLocale(): string {
  return navigator.language.toLowerCase().startsWith(uiLang) ? navigator.language : uiLang;
}

/** A number as the interface language writes it, to one decimal: "4.3", "4,3", "10,000". */
export function formatNumber(value: number): string {
  return substitution(value, uiLang);
}
