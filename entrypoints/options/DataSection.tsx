/** The data kept: export, import, forget a brand or everything, and how long posts are kept. */
import { brandLabel, PLATFORM_NAMES } from '@/src/model/post';
import { RETENTION_CHOICES, retentionMonthsSetting } from '@/src/settings';
import { exportAll, importBackup, ImportError, parseBackup } from '@/src/store/backup';
import { openDatabase, type StoredBrand } from '@/src/store/schema';
import { clearAll, clearBrand, forgetPostsBefore, retentionCutoff } from '@/src/store/write';
import { download } from '@/src/ui/download';
import { t } from '@/src/ui/i18n';
import { useSetting } from '@/src/ui/useSetting';
import type { Say } from './useStoredData';

export function DataSection({ brands, reload, say }: { brands: StoredBrand[]; reload: () => Promise<void>; say: Say }) {
  const [retention, setRetention] = useSetting<number | null>(retentionMonthsSetting, null);
  const exportEverything = async () =>
    download(
      `zendmeter-backup-${new Date().toISOString().slice(0, 10)}.json`,
      'application/json',
      JSON.stringify(await exportAll(await openDatabase())),
    );
  const importFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    // Emptied at once, so choosing the same file again (after mending it, say) is read again.
    input.value = '';
    if (!file) return;
    try {
      const result = await importBackup(await openDatabase(), parseBackup(await file.text()));
      say({ text: t('optionsImported', result.posts, result.brands) });
      reload();
    } catch (error) {
      say({ text: error instanceof ImportError ? t(error.problem, ...error.details) : String(error), error: true });
    }
  };
  const clearOne = async (brand: StoredBrand) => {
    const db = await openDatabase();
    const stored = await db.countFromIndex('posts', 'byBrand', [brand.platform, brand.handle]);
    if (!confirm(t('optionsConfirmClearBrand', stored, `${brandLabel(brand)} · ${PLATFORM_NAMES[brand.platform]}`))) return;
    await clearBrand(db, brand.platform, brand.handle);
    say({ text: t('optionsCleared') });
    reload();
  };
  const chooseRetention = async (select: HTMLSelectElement) => {
    const months = select.value === '' ? null : Number(select.value);
    if (months !== null && !confirm(t('optionsConfirmRetention', months))) {
      select.value = String(retention ?? '');
      return;
    }
    await setRetention(months);
    if (months === null) return;
    const forgotten = await forgetPostsBefore(await openDatabase(), retentionCutoff(months));
    say({ text: t('optionsForgotten', forgotten, months) });
    reload();
  };
  const clearEverything = async () => {
    if (!confirm(t('optionsConfirmClearAll'))) return;
    await clearAll(await openDatabase());
    say({ text: t('optionsCleared') });
    reload();
  };
  return (
    <fieldset>
      <legend>{t('optionsData')}</legend>
      <p>{t('optionsDataHelp')}</p>
      <button type="button" onClick={exportEverything}>
        {t('optionsExport')}
      </button>{' '}
      {/* A button in the interface's language: the browser's own file input says "Choose File" in the browser's. */}
      <label class="file-button">
        {t('optionsImport')}
        <input type="file" accept="application/json,.json" onChange={importFile} />
      </label>
      <ul class="brands">
        {brands.length === 0 && <li>{t('optionsNoBrands')}</li>}
        {brands.map((brand) => (
          <li key={`${brand.platform}/${brand.handle}`}>
            <span>
              {brandLabel(brand)} · {PLATFORM_NAMES[brand.platform]}
            </span>
            <button type="button" onClick={() => clearOne(brand)}>
              {t('optionsClearBrand')}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" onClick={clearEverything}>
        {t('optionsClearAll')}
      </button>
      <p>
        <label>
          {t('optionsRetention')}{' '}
          <select value={retention ?? ''} onChange={(event) => chooseRetention(event.currentTarget as HTMLSelectElement)}>
            <option value="">{t('optionsRetentionForever')}</option>
            {RETENTION_CHOICES.map((months) => (
              <option key={months} value={months}>
                {t('optionsRetentionMonths', months)}
              </option>
            ))}
          </select>
        </label>
      </p>
      <p>{t('optionsRetentionHelp')}</p>
    </fieldset>
  );
}
