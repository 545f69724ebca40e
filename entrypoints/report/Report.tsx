/** The report page: a brand's history by month, two to four brands compared, and all posts with filters and exports. */
import { t } from '@/src/ui/i18n';
import { OptionsLink } from '@/src/ui/OptionsLink';
import { PageTitle } from '@/src/ui/PageTitle';
import { BrandPicker } from './BrandPicker';
import { Comparison } from './Comparison';
import { History } from './History';
import { PostsTable } from './PostsTable';
import { Slide } from './Slide';
import { PeriodChoice } from './PeriodChoice';
import { useReportData } from './useReportData';

export function Report() {
  const { groups, group, ungroup, period, setPeriod, listings, selected, toggle } = useReportData();
  const accounts = selected.filter((brand) => brand.members.length === 1 && !brand.key.startsWith('group:'));
  const main = selected[0];
  return (
    <main>
      <header class="page-header">
        <PageTitle>{t('reportTitle')}</PageTitle>
        <OptionsLink />
      </header>
      <BrandPicker listings={listings} groups={groups} ungroup={ungroup} selected={selected.map((brand) => brand.key)} toggle={toggle} />
      {accounts.length >= 2 && (
        <p>
          <button
            type="button"
            onClick={() => {
              const name = prompt(t('reportGroupName'), accounts[0].label.replace(/\s*\(@.*$/, ''));
              if (name?.trim())
                group(
                  name.trim(),
                  accounts.map((brand) => brand.key),
                );
            }}
          >
            {t('reportGroup')}
          </button>
        </p>
      )}
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
