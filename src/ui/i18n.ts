/**
 * Interface text from _locales (en, nl). By default through the browser's
 * i18n; when the user picked a language in the options, from that locale's
 * messages, since browser.i18n cannot switch language at run time.
 */
import { browser } from 'wxt/browser';
import type { Lang } from '../model/model';
import { uiLanguageSetting } from '../settings';
import en from '../../public/_locales/en/messages.json';
import nl from '../../public/_locales/nl/messages.json';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const LOCALES: Record<Lang, Messages> = { en, nl };

let chosen: Lang | null = null;

export let uiLang: Lang = browser.i18n.getUILanguage().toLowerCase().startsWith('nl') ? 'nl' : 'en';

/** Call once before the first render. */
export async function initLanguage(): Promise<void> {
  const setting = await uiLanguageSetting.getValue().catch(() => 'auto' as const);
  chosen = setting === 'auto' ? null : setting;
  if (chosen) uiLang = chosen;
  document.documentElement.lang = uiLang;
}

export function t(key: string, ...substitutions: (string | number)[]): string {
  const values = substitutions.map(String);
  if (!chosen) return browser.i18n.getMessage(key as never, values) || key;
  const entry = LOCALES[chosen][key];
  if (!entry) return key;
  return entry.message.replace(/\$([A-Z_]+)\$/g, (whole, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? whole;
    return content.replace(/\$(\d)/g, (_, index: string) => values[Number(index) - 1] ?? '');
  });
}
