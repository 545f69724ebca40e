/** A switch for one on/off setting (inline badges, pausing the recording), kept in the extension's storage. */
import type { WxtStorageItem } from 'wxt/utils/storage';
import { t } from './i18n';
import { useSetting } from './useSetting';

interface Props {
  setting: WxtStorageItem<boolean, Record<string, unknown>>;
  /** The message key of its label. */
  label: string;
  onChange?: (on: boolean) => void;
}

export function SettingSwitch({ setting, label, onChange }: Props) {
  const [on, setOn] = useSetting(setting, false);
  const toggle = (event: Event) => {
    const checked = (event.currentTarget as HTMLInputElement).checked;
    setOn(checked).then(() => onChange?.(checked));
  };
  return (
    <label>
      <input type="checkbox" checked={on} onChange={toggle} /> {t(label)}
    </label>
  );
}
