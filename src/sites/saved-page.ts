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

/** The page's own address, when the saving tool wrote it down (SingleFile, "Save page as", our fixtures). */
export function savedUrl(html: string): string | undefined {
  const found =
    html.match(/<!--\s*\{"url":\s*"([^"]+)"/)?.[1] ??
    html.match(/saved from url=\(\d+\)(\S+)/)?.[1] ??
    html.match(/<meta[^>]+property="og:url"[^>]+content="([^"]+)"/)?.[1] ??
    html.match(/<link[^>]+rel="canonical"[^>]+href="([^"]+)"/)?.[1];
  return found && /^https?:\/\//.test(found) ? found : undefined;
}
