/** All posts of the brands shown in the report's period, with filters by tag and platform, and their exports. */
import { useState } from 'preact/hooks';
import { CELLS, TAG_NAMES, TAGS, cellIdOf } from '@/src/model/model';
import { effective, needsCheck } from '@/src/model/override';
import { PLATFORM_NAMES } from '@/src/model/post';
import { postsToCsv, postsToJson } from '@/src/export/export';
import { methodNote } from '@/src/ui/caveats';
import { download } from '@/src/ui/download';
import { Highlighted } from '@/src/ui/Highlighted';
import { UnsureMark } from '@/src/ui/UnsureMark';
import { formatDay } from '@/src/ui/format';
import { dateLocale, t, uiLang } from '@/src/ui/i18n';
import { figuresOf, type ReportBrand } from './useReportData';

/** More rows than this slow the page down; the exports still hold them all. */
const MAX_ROWS_SHOWN = 500;

export function PostsTable({ selected }: { selected: ReportBrand[] }) {
  const [tag, setTag] = useState('');
  const [platform, setPlatform] = useState('');
  const [onlyUnsure, setOnlyUnsure] = useState(false);
  const rows = selected
    .flatMap((brand) => brand.posts)
    .filter(
      (post) => (!tag || effective(post).tag === tag) && (!platform || post.platform === platform) && (!onlyUnsure || needsCheck(post)),
    );
  const total = selected.reduce((sum, brand) => sum + brand.posts.length, 0);
  return (
    <section>
      <h2>{t('reportPosts')}</h2>
      <div class="filters">
        <label>
          {t('reportFilterTag')}{' '}
          <select value={tag} onChange={(e) => setTag((e.currentTarget as HTMLSelectElement).value)}>
            <option value="">{t('reportAll')}</option>
            {[...TAGS, 'unknown' as const].map((tg) => (
              <option key={tg} value={tg}>
                {TAG_NAMES[tg][uiLang]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('reportFilterPlatform')}{' '}
          <select value={platform} onChange={(e) => setPlatform((e.currentTarget as HTMLSelectElement).value)}>
            <option value="">{t('reportAll')}</option>
            {[...new Set(selected.map((brand) => brand.platform))].map((p) => (
              <option key={p} value={p}>
                {PLATFORM_NAMES[p]}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input type="checkbox" checked={onlyUnsure} onChange={(e) => setOnlyUnsure((e.currentTarget as HTMLInputElement).checked)} />{' '}
          {t('reportOnlyUnsure')}
        </label>
        <button type="button" onClick={() => download('zendmeter-posts.csv', 'text/csv;charset=utf-8', postsToCsv(rows))}>
          {t('exportCsv')}
        </button>
        <button
          type="button"
          onClick={() =>
            download('zendmeter-posts.json', 'application/json', postsToJson(rows, figuresOf(selected), methodNote(rows.length)))
          }
        >
          {t('exportJson')}
        </button>
      </div>
      <p role="status">{t('reportShown', rows.length, total)}</p>
      <p class="note">{t('cuesLegend')}</p>
      <table class="posts-table">
        <colgroup>
          <col class="date" />
          <col class="brand" />
          <col class="text" />
          <col />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{t('reportColDate')}</th>
            <th scope="col">{t('reportColBrand')}</th>
            <th scope="col">{t('reportColText')}</th>
            <th scope="col">{t('reportColTag')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, MAX_ROWS_SHOWN).map((post) => {
            const e = effective(post);
            const cell = cellIdOf(e.tag, e.perspective);
            return (
              <tr key={`${post.platform}/${post.id}`}>
                <td>{post.publishedAt ? formatDay(post.publishedAt, dateLocale()) : '–'}</td>
                <td>
                  @{post.brand} · {PLATFORM_NAMES[post.platform]}
                </td>
                <td class="text">
                  <Highlighted text={post.text} cues={e.cues} tag={e.tag} />
                </td>
                <td>
                  {cell ? CELLS.find((c) => c.id === cell)!.name[uiLang] : TAG_NAMES.unknown[uiLang]}
                  {needsCheck(post) && (
                    <>
                      {' '}
                      <UnsureMark />
                    </>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
