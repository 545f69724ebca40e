/** The report page: a brand's history by month, two to four brands compared, and all posts with filters and exports. */
import { t } from '@/src/ui/i18n';
import { OptionsLink } from '@/src/ui/OptionsLink';
import { BrandPicker } from './BrandPicker';
import { Comparison } from './Comparison';
import { History } from './History';
import { PostsTable } from './PostsTable';
import { Slide } from './Slide';
import { PeriodChoice } from './PeriodChoice';
import { useReportData } from './useReportData';

export function Report() {
  const { period, setPeriod, listings, selected, toggle } = useReportData();
  const main = selected[0];
  return (
    <main>
      <header class="page-header">
        <h1>{t('reportTitle')}</h1>
        <OptionsLink />
      </header>
      <BrandPicker listings={listings} selected={selected.map((brand) => brand.key)} toggle={toggle} />
      <PeriodChoice period={period} setPeriod={setPeriod} />
      {!main ? (
        <p>{t('reportPickBrand')}</p>
      ) : (
        <>
          <History brand={main} />
          <Comparison selected={selected} />
          <Slide selected={selected} />
          <PostsTable selected={selected} />
        </>
      )}
    </main>
  );
}
