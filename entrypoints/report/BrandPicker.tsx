/** The brands stored, to pick one for its history or up to four to compare. */
import { brandKey, PLATFORM_NAMES, brandLabel } from '@/src/model/post';
import type { StoredBrand } from '@/src/store/schema';
import { t } from '@/src/ui/i18n';
import type { Key } from './useReportData';

export function BrandPicker({
  brands,
  selected,
  toggle,
}: {
  brands: StoredBrand[];
  selected: Key[];
  toggle: (key: Key, on: boolean) => void;
}) {
  return (
    <section>
      <h2>{t('reportBrands')}</h2>
      <div class="brand-picker">
        {brands.map((brand) => (
          <label key={brandKey(brand)}>
            <input
              type="checkbox"
              checked={selected.includes(brandKey(brand))}
              onChange={(event) => toggle(brandKey(brand), (event.currentTarget as HTMLInputElement).checked)}
            />{' '}
            {brandLabel(brand)} · {PLATFORM_NAMES[brand.platform]}
          </label>
        ))}
      </div>
    </section>
  );
}
