/**
 * The brands stored, to pick one for its history or up to four to compare: searchable, grouped by platform,
 * each with its posts stored and the date of its newest, so fifty brands stay easy to find.
 */
import { useState } from 'preact/hooks';
import { brandKey, brandLabel, PLATFORM_NAMES, PLATFORMS } from '@/src/model/post';
import type { BrandGroup } from '@/src/settings';
import type { BrandListing } from '@/src/store/query';
import { formatDay } from '@/src/ui/format';
import { dateLocale, t } from '@/src/ui/i18n';
import type { Key } from './useReportData';

export function BrandPicker({
  listings,
  groups,
  ungroup,
  selected,
  toggle,
}: {
  listings: BrandListing[];
  groups: BrandGroup[];
  ungroup: (name: string) => void;
  selected: Key[];
  toggle: (key: Key, on: boolean) => void;
}) {
  const [query, setQuery] = useState('');
  const wanted = query.trim().toLowerCase();
  const shown = listings
    .filter(({ brand }) => !wanted || brandLabel(brand).toLowerCase().includes(wanted))
    .sort((a, b) => brandLabel(a.brand).localeCompare(brandLabel(b.brand)));
  return (
    <section>
      <h2>{t('reportBrands')}</h2>
      <input
        type="search"
        class="brand-search"
        placeholder={t('reportSearchBrands')}
        aria-label={t('reportSearchBrands')}
        value={query}
        onInput={(event) => setQuery((event.currentTarget as HTMLInputElement).value)}
      />
      {groups.length > 0 && (
        <fieldset class="brand-picker">
          <legend>{t('reportGroups')}</legend>
          {groups.map((group) => (
            <span key={group.name} class="group">
              <label>
                <input
                  type="checkbox"
                  checked={selected.includes(`group:${group.name}`)}
                  onChange={(event) => toggle(`group:${group.name}`, (event.currentTarget as HTMLInputElement).checked)}
                />{' '}
                {t('reportGroupLabel', group.name, group.members.length)} <small>{group.members.join(' · ')}</small>
              </label>{' '}
              <button type="button" onClick={() => ungroup(group.name)}>
                {t('reportUngroup')}
              </button>
            </span>
          ))}
        </fieldset>
      )}
      {PLATFORMS.filter((platform) => shown.some(({ brand }) => brand.platform === platform)).map((platform) => (
        <fieldset class="brand-picker" key={platform}>
          <legend>{PLATFORM_NAMES[platform]}</legend>
          {shown
            .filter(({ brand }) => brand.platform === platform)
            .map(({ brand, posts, last }) => (
              <label key={brandKey(brand)}>
                <input
                  type="checkbox"
                  checked={selected.includes(brandKey(brand))}
                  onChange={(event) => toggle(brandKey(brand), (event.currentTarget as HTMLInputElement).checked)}
                />{' '}
                {brandLabel(brand)} <small>{t('reportBrandListing', posts, last ? formatDay(last, dateLocale()) : '–')}</small>
              </label>
            ))}
        </fieldset>
      ))}
    </section>
  );
}
