/** Plurals for texts with counts, shared by the interface (_locales) and the exports. Pure. */

/**
 * Browser i18n has no plurals, so messages write both forms, "{post|posts}", and the number nearest
 * before them picks one by the language's rule: "1 post seen", "2 posts seen".
 */
export function pluralForms(text: string, lang: string): string {
  const rules = new Intl.PluralRules(lang);
  let count = Number.NaN;
  return text.replace(/(\d+(?:\.\d+)?)|\{([^|{}]*)\|([^|{}]*)\}/g, (whole, number: string | undefined, one: string, other: string) => {
    if (number !== undefined) {
      count = Number(number);
      return whole;
    }
    return rules.select(count) === 'one' ? one : other;
  });
}
