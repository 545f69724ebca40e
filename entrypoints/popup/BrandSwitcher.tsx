/** Any stored brand, one choice away: the popup shows the tab's brand first, and another when asked. */
import { type BrandKey, brandKey, brandLabel, PLATFORM_NAMES } from '@/src/model/post';
import type { BrandListing } from '@/src/store/query';
import { t } from '@/src/ui/i18n';

export function BrandSwitcher({
  brand,
  listings,
  choose,
}: {
  brand: BrandKey | null;
  listings: BrandListing[];
  choose: (brand: BrandKey) => void;
}) {
  if (listings.length < (brand ? 2 : 1)) return null;
  const sorted = [...listings].sort((a, b) => brandLabel(a.brand).localeCompare(brandLabel(b.brand)));
  return (
    <label class="brand-switcher">
      {t('switchBrand')}{' '}
      <select
        value={brand ? brandKey(brand) : ''}
        onChange={(event) => {
          const picked = sorted.find(({ brand: stored }) => brandKey(stored) === (event.currentTarget as HTMLSelectElement).value);
          if (picked) choose({ platform: picked.brand.platform, handle: picked.brand.handle });
        }}
      >
        {!brand && <option value="" />}
        {sorted.map(({ brand: stored, posts }) => (
          <option key={brandKey(stored)} value={brandKey(stored)}>
            {brandLabel(stored)} · {PLATFORM_NAMES[stored.platform]} ({posts})
          </option>
        ))}
      </select>
    </label>
  );
}
