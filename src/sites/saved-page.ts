/** Pages saved with "Save page as", SingleFile or a test suite, made ready for an HTML parser. */

/**
 * Some saves are a JSON string literal of the HTML; some hold a malformed
 * comment closer ("-- >") that makes parsers swallow the rest of the page.
 */
export function prepareSavedPage(raw: string): string {
  let html = raw.replace(/^\uFEFF/, '');
  if (html.trimStart().startsWith('"')) {
    try {
      const parsed: unknown = JSON.parse(html);
      if (typeof parsed === 'string') html = parsed;
    } catch {
      // Not a JSON string after all: use it as it is.
    }
  }
  html = html.replace(/--\s+>/g, '-->');
  return /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
}

/** A tag's attribute value, its attributes in any order and quoted either way. */
function attributeOf(html: string, tag: string, where: [string, string], attribute: string): string | undefined {
  for (const [element] of html.matchAll(new RegExp(`<${tag}\\b[^>]*>`, 'gi'))) {
    const value = (name: string) =>
      element
        .match(new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'i'))
        ?.slice(1)
        .find((v) => v !== undefined);
    if (value(where[0])?.toLowerCase() === where[1]) return value(attribute);
  }
  return undefined;
}

/** The page's own address, when the saving tool or the page wrote it down (SingleFile, "Save page as", og:url, canonical link). */
export function savedUrl(html: string): string | undefined {
  const found =
    html.match(/<!--\s*\{"url":\s*"([^"]+)"/)?.[1] ??
    html.match(/saved from url=\(\d+\)(\S+)/)?.[1] ??
    attributeOf(html, 'meta', ['property', 'og:url'], 'content') ??
    attributeOf(html, 'link', ['rel', 'canonical'], 'href');
  return found && /^https?:\/\//.test(found) ? found : undefined;
}

/** Whether a file is a web page at all: a saved page has tags; a JSON file, a CSV or an image does not. */
export function looksLikeHtml(raw: string): boolean {
  return /<(!doctype html|html|head|body|main|div|article|section)[\s>]/i.test(raw.slice(0, 200_000));
}
