/** Switches the inline badges on the posts of the pages being read. */
import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '@/src/model/model';
import { badgesSetting } from '@/src/settings';

export function BadgeSwitch({ lang }: { lang: Lang }) {
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
      <input type="checkbox" checked={on} onChange={toggle} /> {lang === 'nl' ? 'Toon de tag bij elk bericht op de pagina' : 'Show the tag on each post on the page'}
    </label>
  );
}
