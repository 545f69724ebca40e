/** The popup: the brand on the 24/7 grid, its sending score with the parts and the warnings, and what can be done with it. */
import { useState } from 'preact/hooks';
import type { CellId } from '@/src/model/model';
import { Actions } from './Actions';
import { AnalyseButton } from './AnalyseButton';
import { BadgeSwitch } from './BadgeSwitch';
import { CellDetail } from './CellDetail';
import { Grid } from './Grid';
import { t } from './i18n';
import { usePopupData } from './usePopupData';

export function Popup() {
  const data = usePopupData();
  const [selected, setSelected] = useState<CellId | null>(null);
  if (!data) return <main aria-busy="true" />;
  const { brand, posts, summary, status } = data;
  const dates = posts.map((post) => post.publishedAt).filter((date): date is string => !!date).sort();
  const range: [string, string] | undefined = dates.length ? [dates[0], dates[dates.length - 1]] : undefined;
  return (
    <main>
      <h1>{t('appName')}</h1>
      {status.layoutWarning && <p class="warning" role="alert">{t('warnLayout', status.layoutWarning.missing.join(', '))}</p>}
      {!brand ? (
        <p>{t('noBrand')}</p>
      ) : (
        <>
          <p class="brand">
            <strong>{t('brandLine', brand.name ? `${brand.name} (@${brand.handle})` : `@${brand.handle}`, brand.platform)}</strong>
            <br />
            {t('postsSeen', summary.seen)}
            {range && ` · ${t('dateRange', range[0].slice(0, 10), range[1].slice(0, 10))}`}
            {summary.unknown > 0 && <><br />{t('unknownPosts', summary.unknown)}</>}
            {data.others > 0 && <><br />{t('otherAuthors', data.others)}</>}
          </p>
          <section class="score" aria-label={t('sendingScore')}>
            <span class="score-value" title={t('sendingScoreHelp')}>{summary.sendingScore === null ? '–' : Math.round(summary.sendingScore)}</span>
            <span>
              <strong>{t('sendingScore')}</strong>
              <br />
              {t('sendingParts', summary.sendingOnly, summary.tagged, summary.replies, summary.questions)}
            </span>
          </section>
          {summary.warnings.length > 0 && (
            <ul class="warnings">
              {summary.warnings.map((warning) => <li key={warning}>{t(warning === 'few-posts' ? 'warnFewPosts' : 'warnNoReplies')}</li>)}
            </ul>
          )}
        </>
      )}
      <Grid summary={summary} selected={selected} onSelect={(cell) => setSelected(selected === cell ? null : cell)} />
      {selected && <CellDetail cellId={selected} posts={posts} db={data.db} onChanged={data.reload} onClose={() => setSelected(null)} />}
      {brand && <Actions brand={brand.handle} platform={brand.platform} posts={posts} summary={summary} range={range} />}
      <AnalyseButton />
      <BadgeSwitch />
    </main>
  );
}
