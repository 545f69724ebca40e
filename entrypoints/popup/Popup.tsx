/** The popup: the brand on the 24/7 grid, its sending score with the parts and the warnings, and what can be done with it. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CellId } from '@/src/model/model';
import { Actions } from './Actions';
import { AnalyseButton } from './AnalyseButton';
import { SettingSwitch } from '@/src/ui/SettingSwitch';
import { badgesSetting, recordingPausedSetting } from '@/src/settings';
import { CellDetail } from './CellDetail';
import { Grid } from './Grid';
import { t } from '@/src/ui/i18n';
import { OptionsLink } from '@/src/ui/OptionsLink';
import { PageTitle } from '@/src/ui/PageTitle';
import { methodNote } from '@/src/ui/caveats';
import { BrandSwitcher } from './BrandSwitcher';
import { BrandHeader, FeedHeader } from './Header';
import { OpenReportButton } from './OpenReportButton';
import { ScoreSection } from './ScoreSection';
import { StatusWarnings } from './StatusWarnings';
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
  const { brand, summary, range } = data;
  return (
    <main>
      <header class="page-header">
        <PageTitle>{t('appName')}</PageTitle>
        <OptionsLink />
      </header>
      <StatusWarnings status={data.status} />
      <BrandSwitcher brand={brand} listings={data.listings} choose={data.choose} />
      <div class="card" ref={card}>
        {brand ? (
          <>
            <BrandHeader data={data} brand={brand} />
            <ScoreSection summary={summary} responsiveness={data.responsiveness} />
          </>
        ) : (
          <FeedHeader data={data} />
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
      <div class="actions">
        {brand && <OpenReportButton brand={brand} />}
        <AnalyseButton />
      </div>
      <SettingSwitch setting={badgesSetting} label="badgesSwitch" />
      <SettingSwitch setting={recordingPausedSetting} label="pauseRecording" onChange={() => data.reload()} />
    </main>
  );
}
