/** Exports of what the popup shows: CSV and JSON of the posts, and the summary as Markdown on the clipboard. */
import { useState } from 'preact/hooks';
import { postsToCsv, postsToJson, summaryToMarkdown } from '@/src/export/export';
import type { Summary } from '@/src/score/summarize';
import type { StoredPost } from '@/src/store/db';
import { t, uiLang } from './i18n';

function download(name: string, type: string, content: string) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function Actions({ brand, platform, posts, summary, range }: { brand: string; platform: string; posts: StoredPost[]; summary: Summary; range?: [string, string] }) {
  const [copied, setCopied] = useState(false);
  const base = `zendmeter-${platform}-${brand}-${new Date().toISOString().slice(0, 10)}`;
  const copy = async () => {
    await navigator.clipboard.writeText(summaryToMarkdown(summary, { brand: `@${brand}`, platform, from: range?.[0], to: range?.[1] }, uiLang));
    setCopied(true);
  };
  return (
    <div class="actions">
      <button type="button" onClick={() => download(`${base}.csv`, 'text/csv;charset=utf-8', postsToCsv(posts))}>{t('exportCsv')}</button>
      <button type="button" onClick={() => download(`${base}.json`, 'application/json', postsToJson(posts))}>{t('exportJson')}</button>
      <button type="button" onClick={copy}>{t('copySummary')}</button>
      {copied && <span role="status">{t('copied')}</span>}
    </div>
  );
}
