/** The export code (CSV, PNG) is loaded on the click that needs it, so opening the popup does not parse it. */
const exporting = () => import('@/src/export/export');

/** Exports of what the popup shows: CSV and JSON of the posts, and the summary as Markdown on the clipboard. */
import { useState } from 'preact/hooks';
import type { Summary } from '@/src/score/summarize';
import { ownPostsIn } from '@/src/store/query';
import type { Database } from '@/src/store/schema';
import { download } from '@/src/ui/download';
import { t, uiLang } from '@/src/ui/i18n';
import { intervalText, methodNote, responsivenessText, warningText } from '@/src/ui/caveats';
import type { Responsiveness } from '@/src/score/responsiveness';
import type { BrandKey, Platform } from '@/src/model/post';

/** Pixels of the page's colour around the saved grid. */
const PNG_MARGIN = 16;

interface Props {
  /** The part of the popup that goes on a slide: brand, date range, score and grid. */
  card: () => HTMLElement | null;
  brand: BrandKey;
  db: Database;
  summary: Summary;
  responsiveness: Responsiveness | null;
  range?: [string, string];
}

export function Actions({ card, brand, db, summary, responsiveness, range }: Props) {
  const [copied, setCopied] = useState(false);
  const base = `zendmeter-${brand.platform}-${brand.handle}-${new Date().toISOString().slice(0, 10)}`;
  const posts = () => ownPostsIn(db, brand.platform, brand.handle);
  const copy = async () => {
    const { summaryToMarkdown } = await exporting();
    const context = {
      brand: `@${brand.handle}`,
      platform: brand.platform as Platform,
      from: range?.[0],
      to: range?.[1],
      warnings: summary.warnings.map(warningText),
      method: methodNote(summary.seen),
      interval: intervalText(summary),
      responsiveness: responsivenessText(responsiveness),
      posts: await posts(),
    };
    await navigator.clipboard.writeText(summaryToMarkdown(summary, context, uiLang));
    setCopied(true);
  };
  return (
    <div class="actions">
      <button
        type="button"
        onClick={async () => download(`${base}.csv`, 'text/csv;charset=utf-8', (await exporting()).postsToCsv(await posts()))}
      >
        {t('exportCsv')}
      </button>
      <button
        type="button"
        onClick={async () =>
          download(
            `${base}.json`,
            'application/json',
            (await exporting()).postsToJson(
              await posts(),
              [{ platform: brand.platform as Platform, brand: brand.handle, summary, responsiveness }],
              methodNote(summary.seen),
            ),
          )
        }
      >
        {t('exportJson')}
      </button>
      <button type="button" onClick={copy}>
        {t('copySummary')}
      </button>
      <button
        type="button"
        onClick={async () => {
          const node = card();
          if (!node) return;
          // Twice the pixels, so the grid stays sharp on a slide; the page's own background, so dark stays dark.
          const { toPng } = await import('html-to-image');
          // A margin of the page's colour around the card, so the image sits on a slide without touching its edges.
          const png = await toPng(node, {
            pixelRatio: 2,
            backgroundColor: getComputedStyle(document.body).backgroundColor,
            width: node.offsetWidth + 2 * PNG_MARGIN,
            height: node.offsetHeight + 2 * PNG_MARGIN,
            style: { padding: `${PNG_MARGIN}px`, boxSizing: 'content-box' },
          });
          Object.assign(document.createElement('a'), { href: png, download: `${base}.png` }).click();
        }}
      >
        {t('savePng')}
      </button>
      {copied && <span role="status">{t('copied')}</span>}
    </div>
  );
}
