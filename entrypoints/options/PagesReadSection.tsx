/** The pages Zendmeter read posts from, when, and how many posts each added. */
import type { PageRead } from '@/src/store/schema';
import { formatMoment } from '@/src/ui/format';
import { dateLocale, t } from '@/src/ui/i18n';

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
                <td>{formatMoment(page.at, dateLocale())}</td>
                <td class="num">{page.added}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </fieldset>
  );
}
