/** One setting of the extension's storage as component state: read once, written on every change. */
import { useEffect, useState } from 'preact/hooks';
import type { WxtStorageItem } from 'wxt/utils/storage';

export function useSetting<T>(setting: WxtStorageItem<T, Record<string, unknown>>, initial: T): [T, (value: T) => Promise<void>] {
  const [value, setValue] = useState<T>(initial);
  useEffect(() => {
    setting.getValue().then(setValue);
  }, [setting]);
  const change = (next: T) => {
    setValue(next);
    return setting.setValue(next);
  };
  return [value, change];
}
