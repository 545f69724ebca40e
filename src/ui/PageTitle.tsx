/** A page's title beside Zendmeter's mark, the toolbar icon: one sign on every page, in the toolbar and in the store. */
import type { ComponentChildren } from 'preact';
import icon from '@/assets/icon.svg';

export function PageTitle({ children }: { children: ComponentChildren }) {
  return (
    <h1 class="page-title">
      <img src={icon} alt="" width={22} height={22} />
      {children}
    </h1>
  );
}
