/** Which platforms Zendmeter reads. */
import { PLATFORM_NAMES, PLATFORMS, type Platform } from '@/src/model/post';
import { disabledSitesSetting } from '@/src/settings';
import { t } from '@/src/ui/i18n';
import { useSetting } from '@/src/ui/useSetting';

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
