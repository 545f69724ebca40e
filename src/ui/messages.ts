/**
 * The interface's sentences from _locales for code without the browser's i18n (the exports, the command
 * line), so every sentence has one source, in English and Dutch. Pages use t() in i18n.ts instead, which
 * loads a locale's file only when the user chose a language.
 */
import type { Lang } from '../model/model';
import en from '../../public/_locales/en/messages.json';
import nl from '../../public/_locales/nl/messages.json';
import { formatMessage, type Messages } from './format';

const LOCALES: Record<Lang, Messages> = { en, nl };

export function message(lang: Lang, key: string, ...substitutions: (string | number)[]): string {
  return formatMessage(LOCALES[lang], key, substitutions, lang);
}

/** message() with the language filled in, for the formatters that take a `say` (countsText, withoutCuesText, …). */
export const sayIn =
  (lang: Lang) =>
  (key: string, ...substitutions: (string | number)[]) =>
    message(lang, key, ...substitutions);
