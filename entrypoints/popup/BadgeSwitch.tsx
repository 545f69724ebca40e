/** Switches the inline badges on the posts of the pages being read. */
import { useEffect, useState } from 'preact/hooks';
import { t } from '@/src/ui/i18n';
import { badgesSetting } from '@/src/settings';

export function BadgeSwitch() {
  const [on, setOn] = useState(false);
  useEffect(() => {
    badgesSetting.getValue().then(setOn);
  }, []);
  const toggle = (event: Event) => {
    const checked = (event.currentTarget as HTMLInputElement).checked;
    setOn(checked);
    badgesSetting.setValue(checked);
  };
  return (
    <label>
      <input type="checkbox" checked={on} onChange={toggle} /> {t('badgesSwitch')}
    </label>
  );
}
