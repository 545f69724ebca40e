/** The popup: the brand on the 24/7 grid, its sending score with the parts and the warnings, and what can be done with it. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { CellId } from '@/src/model/model';
import { brandLabel, PLATFORM_NAMES } from '@/src/model/post';
import { Actions } from './Actions';
import { AnalyseButton } from './AnalyseButton';
import { SettingSwitch } from '@/src/ui/SettingSwitch';
import { badgesSetting, recordingPausedSetting } from '@/src/settings';
import { CellDetail } from './CellDetail';
import { Grid } from './Grid';
import { t } from '@/src/ui/i18n';
import { intervalText, methodNote, responsivenessText, warningText } from '@/src/ui/caveats';
import { usePopupData } from './usePopupData';

export const FIRST_RENDER = 'zendmeter:first-render';

export function Popup() {
  const data = usePopupData();
  const [selected, setSelected] = useState<CellId | null>(null);
  const card = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Marks the first render with data, for the benchmark of the popup's opening time.
    if (data && !performance.getEntriesByName(FIRST_RENDER).length) performance.mark(FIRST_RENDER);
  }, [data]);
  if (!data) return <main aria-busy="true" />;
  const { brand, summary, status, range } = data;
  return (
    <main>
      <h1>{t('appName')}</h1>
      {status.layoutWarning && (
        <p class="warning" role="alert">
          {t('warnLayout', status.layoutWarning.missing.join(', '))}
        </p>
      )}
      {status.storageFull && (
        <p class="warning" role="alert">
          {t('warnStorageFull')}
        </p>
      )}
      {status.paused && (
        <p class="warning" role="status">
          {t('recordingPaused')}
        </p>
      )}
      <div class="card" ref={card}>
        {!brand && status.feed ? (
          <p class="brand">
            {t('feedLine', PLATFORM_NAMES[status.feed.platform], status.feed.accounts)}
            <br />
            {t('postsSeen', summary.seen)}
          </p>
        ) : !brand ? (
          <p>{t('noBrand')}</p>
        ) : (
          <>
            <p class="brand">
              <strong>{t('brandLine', brandLabel(brand), PLATFORM_NAMES[brand.platform])}</strong>
              <br />
              {t('postsSeen', summary.seen)}
              {range && ` · ${t('dateRange', range[0].slice(0, 10), range[1].slice(0, 10))}`}
              {summary.unknown > 0 && (
                <>
                  <br />
                  {t('unknownPosts', summary.unknown)}
                </>
              )}
              {data.reposts > 0 && (
                <>
                  <br />
                  {t('repostsCounted', data.reposts)}
                </>
              )}
              {data.others > 0 && (
                <>
                  <br />
                  {t('otherAuthors', data.others)}
                </>
              )}
            </p>
            <section class="score" aria-label={t('sendingScore')}>
              <span class="score-value" title={t('sendingScoreHelp')}>
                {summary.sendingScore === null ? '–' : Math.round(summary.sendingScore)}
              </span>
              <span>
                <strong>{t('sendingScore')}</strong>
                <br />
                {intervalText(summary) && (
                  <>
                    <span class="interval">{intervalText(summary)}</span>
                    <br />
                  </>
                )}
                {t('sendingParts', summary.sendingOnly, summary.tagged, summary.replies, summary.questions)}
                {responsivenessText(data.responsiveness) && (
                  <>
                    <br />
                    <span class="responsiveness">{responsivenessText(data.responsiveness)}</span>
                  </>
                )}
              </span>
            </section>
            {summary.warnings.length > 0 && (
              <ul class="warnings">
                {summary.warnings.map((warning) => (
                  <li key={warning}>{warningText(warning)}</li>
                ))}
              </ul>
            )}
          </>
        )}
        <Grid summary={summary} selected={selected} onSelect={(cell) => setSelected(selected === cell ? null : cell)} />
        {brand && <p class="method">{methodNote(summary.seen)}</p>}
      </div>
      {selected && brand && (
        <CellDetail
          key={`${selected}/${data.version}`}
          cellId={selected}
          brand={brand}
          db={data.db}
          onChanged={data.reload}
          onClose={() => setSelected(null)}
        />
      )}
      {brand && (
        <Actions
          card={() => card.current}
          brand={brand}
          db={data.db}
          summary={summary}
          responsiveness={data.responsiveness}
          range={range}
        />
      )}
      {brand && (
        <button
          type="button"
          onClick={() =>
            browser.tabs.create({
              url: browser.runtime.getURL(
                `/report.html?platform=${encodeURIComponent(brand.platform)}&brand=${encodeURIComponent(brand.handle)}`,
              ),
            })
          }
        >
          {t('openReport')}
        </button>
      )}
      <AnalyseButton />
      <SettingSwitch setting={badgesSetting} label="badgesSwitch" />
      <SettingSwitch setting={recordingPausedSetting} label="pauseRecording" onChange={() => data.reload()} />
    </main>
  );
}
