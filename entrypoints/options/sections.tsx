/** The sections of the options page, one component each; the page itself only lays them out. */
import { useEffect, useState } from 'preact/hooks';
import type { CustomCues } from '@/src/classify/lexicon';
import { CELLS, TAG_NAMES, type Lang } from '@/src/model/model';
import { brandLabel, PLATFORM_NAMES, PLATFORMS, type Platform } from '@/src/model/post';
import {
  badgesSetting,
  customCuesSetting,
  disabledSitesSetting,
  RETENTION_CHOICES,
  retentionMonthsSetting,
  uiLanguageSetting,
} from '@/src/settings';
import { exportAll, importBackup, ImportError, parseBackup } from '@/src/store/backup';
import { pagesRead } from '@/src/store/query';
import { openDatabase, type PageRead, type StoredBrand } from '@/src/store/schema';
import { clearAll, clearBrand, forgetPostsBefore, retentionCutoff } from '@/src/store/write';
import { download } from '@/src/ui/download';
import { t, uiLang } from '@/src/ui/i18n';
import { SettingSwitch } from '@/src/ui/SettingSwitch';
import { useSetting } from '@/src/ui/useSetting';

const TAGS_IN_GRID = [...new Set(CELLS.map((cell) => cell.tag))];

/** What a section says back to the user: a result, or an error. */
export type Say = (message: { text: string; error?: boolean }) => void;

/** The brands and pages stored, read again after anything that changes them. */
export function useStoredData(): { brands: StoredBrand[]; pages: PageRead[]; reload: () => Promise<void> } {
  const [brands, setBrands] = useState<StoredBrand[]>([]);
  const [pages, setPages] = useState<PageRead[]>([]);
  const reload = async () => {
    const db = await openDatabase();
    setBrands(await db.getAll('brands'));
    setPages(await pagesRead(db));
  };
  useEffect(() => {
    reload();
  }, []);
  return { brands, pages, reload };
}

export function SitesSection() {
  const [disabled, setDisabled] = useSetting<Platform[]>(disabledSitesSetting, []);
  const toggleSite = (platform: Platform, on: boolean) =>
    setDisabled(on ? disabled.filter((p) => p !== platform) : [...disabled, platform]);
  return (
    <fieldset>
      <legend>{t('optionsSites')}</legend>
      <p>{t('optionsSitesHelp')}</p>
      {PLATFORMS.filter((platform) => platform !== 'web').map((platform) => (
        <label key={platform}>
          <input
            type="checkbox"
            checked={!disabled.includes(platform)}
            onChange={(event) => toggleSite(platform, (event.currentTarget as HTMLInputElement).checked)}
          />{' '}
          {PLATFORM_NAMES[platform]}
        </label>
      ))}
    </fieldset>
  );
}

export function LanguageSection() {
  const [language, setLanguage] = useSetting<'auto' | Lang>(uiLanguageSetting, 'auto');
  return (
    <fieldset>
      <legend>{t('optionsLanguage')}</legend>
      <select
        value={language}
        onChange={(event) => {
          const value = (event.currentTarget as HTMLSelectElement).value as 'auto' | Lang;
          setLanguage(value);
          uiLanguageSetting.setValue(value).then(() => location.reload());
        }}
      >
        <option value="auto">{t('optionsLanguageAuto')}</option>
        <option value="en">English</option>
        <option value="nl">Nederlands</option>
      </select>
    </fieldset>
  );
}

export function BadgesSection() {
  return (
    <fieldset>
      <legend>{t('optionsBadges')}</legend>
      <SettingSwitch setting={badgesSetting} label="badgesSwitch" />
    </fieldset>
  );
}

export function CuesSection({ say }: { say: Say }) {
  const [cues, setCues] = useState<CustomCues>({});
  useEffect(() => {
    customCuesSetting.getValue().then(setCues);
  }, []);
  const setWords = (lang: Lang, tag: string, text: string) =>
    setCues({
      ...cues,
      [lang]: {
        ...(cues[lang] ?? {}),
        [tag]: text
          .split('\n')
          .map((word) => word.trim())
          .filter(Boolean),
      },
    });
  const saveCues = async () => {
    await customCuesSetting.setValue(cues);
    say({ text: t('optionsSaved') });
  };
  return (
    <fieldset>
      <legend>{t('optionsCues')}</legend>
      <p>{t('optionsCuesHelp')}</p>
      <div class="cues">
        {(['en', 'nl'] as const).flatMap((lang) =>
          TAGS_IN_GRID.map((tag) => (
            <label key={`${lang}-${tag}`}>
              {TAG_NAMES[tag][uiLang]} ({lang === 'en' ? 'English' : 'Nederlands'})
              <textarea
                value={(cues[lang]?.[tag] ?? []).join('\n')}
                onInput={(event) => setWords(lang, tag, (event.currentTarget as HTMLTextAreaElement).value)}
              />
            </label>
          )),
        )}
      </div>
      <button type="button" onClick={saveCues}>
        {t('optionsCuesSave')}
      </button>
    </fieldset>
  );
}

export function DataSection({ brands, reload, say }: { brands: StoredBrand[]; reload: () => Promise<void>; say: Say }) {
  const [retention, setRetention] = useSetting<number | null>(retentionMonthsSetting, null);
  const exportEverything = async () =>
    download(
      `zendmeter-backup-${new Date().toISOString().slice(0, 10)}.json`,
      'application/json',
      JSON.stringify(await exportAll(await openDatabase())),
    );
  const importFile = async (event: Event) => {
    const file = (event.currentTarget as HTMLInputElement).files?.[0];
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
      <label>
        {t('optionsImport')} <input type="file" accept="application/json,.json" onChange={importFile} />
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

export function PagesReadSection({ pages }: { pages: PageRead[] }) {
  return (
    <fieldset>
      <legend>{t('optionsPagesRead')}</legend>
      <p>{t('optionsPagesReadHelp')}</p>
      {pages.length === 0 ? (
        <p>{t('optionsNoPagesRead')}</p>
      ) : (
        <table class="pages-read">
          <thead>
            <tr>
              <th scope="col">{t('optionsPageAddress')}</th>
              <th scope="col">{t('optionsPageWhen')}</th>
              <th scope="col">{t('optionsPageAdded')}</th>
            </tr>
          </thead>
          <tbody>
            {pages.map((page) => (
              <tr key={page.url}>
                <td>{page.url}</td>
                <td>{new Date(page.at).toLocaleString(uiLang)}</td>
                <td class="num">{page.added}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </fieldset>
  );
}
