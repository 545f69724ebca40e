/** Opens the brand's full report in a tab. */
import { browser } from 'wxt/browser';
import type { BrandKey } from '@/src/model/post';
import { t } from '@/src/ui/i18n';

export function OpenReportButton({ brand }: { brand: BrandKey }) {
  const open = () =>
    browser.tabs.create({
      url: browser.runtime.getURL(`/report.html?platform=${encodeURIComponent(brand.platform)}&brand=${encodeURIComponent(brand.handle)}`),
    });
  return (
    <button type="button" onClick={open}>
      {t('openReport')}
    </button>
  );
}
