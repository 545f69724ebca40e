/** Whether the toolbar icon shows the sending score. */
import { badgesSetting } from '@/src/settings';
import { t } from '@/src/ui/i18n';
import { SettingSwitch } from '@/src/ui/SettingSwitch';

export function BadgesSection() {
  return (
    <fieldset>
      <legend>{t('optionsBadges')}</legend>
      <SettingSwitch setting={badgesSetting} label="badgesSwitch" />
    </fieldset>
  );
}
