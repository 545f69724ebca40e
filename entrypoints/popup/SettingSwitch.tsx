/** A switch for one on/off setting (inline badges, pausing the recording), kept in the extension's storage. */
import { useEffect, useState } from 'preact/hooks';
import type { WxtStorageItem } from 'wxt/utils/storage';
import { t } from '@/src/ui/i18n';

interface Props {
  setting: WxtStorageItem<boolean, Record<string, unknown>>;
  /** The message key of its label. */
  label: string;
  onChange?: (on: boolean) => void;
}

export function SettingSwitch({ setting, label, onChange }: Props) {
  const [on, setOn] = useState(false);
  useEffect(() => {
    setting.getValue().then(setOn);
  }, [setting]);
  const toggle = (event: Event) => {
    const checked = (event.currentTarget as HTMLInputElement).checked;
    setOn(checked);
    setting.setValue(checked).then(() => onChange?.(checked));
  };
  return (
    <label>
      <input type="checkbox" checked={on} onChange={toggle} /> {t(label)}
    </label>
  );
}
