/** The report page: a brand's history by month, two to four brands compared, and all posts with filters and exports. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { CELLS, TAG_NAMES, TAGS, cellIdOf } from '@/src/model/model';
import { brandKey, brandLabel, PLATFORM_NAMES, type Platform } from '@/src/model/post';
import { monthlyHistory } from '@/src/score/history';
import { summarize, type Summary } from '@/src/score/summarize';
import { postsToCsv, postsToJson } from '@/src/export/export';
import { ownPostsIn, threadPosts } from '@/src/store/query';
import { openDatabase, type StoredBrand, type StoredPost } from '@/src/store/schema';
import { effective } from '@/src/model/override';
import { responsiveness, type Responsiveness } from '@/src/score/responsiveness';
import { download } from '@/src/ui/download';
import { t, uiLang } from '@/src/ui/i18n';
import { intervalText, methodNote, responsivenessText, warningText } from '@/src/ui/caveats';
import { Highlighted } from '@/src/ui/Highlighted';
import { Chart } from './Chart';

type Key = string;
const MAX_COMPARED = 4;

/** "2025-01-30 – 2025-02-20": the dates of the brand's dated posts. */
function periodOf(posts: readonly StoredPost[]): string | undefined {
  const dates = posts.flatMap((post) => (post.publishedAt ? [post.publishedAt.slice(0, 10)] : [])).sort();
  return dates.length ? `${dates[0]} – ${dates[dates.length - 1]}` : undefined;
}

export function Report() {
  const [brands, setBrands] = useState<StoredBrand[]>([]);
  const [selected, setSelected] = useState<Key[]>([]);
  const [posts, setPosts] = useState<Record<Key, StoredPost[]>>({});
  const [answers, setAnswers] = useState<Record<Key, Responsiveness>>({});
  const [tag, setTag] = useState('');
  const [platform, setPlatform] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');

  useEffect(() => {
    openDatabase().then(async (db) => {
      const all = await db.getAll('brands');
      setBrands(all);
      const asked = new URLSearchParams(location.search);
      const first =
        asked.get('platform') && asked.get('brand') ? `${asked.get('platform')}/${asked.get('brand')}` : all[0] && brandKey(all[0]);
      if (first) setSelected([first]);
    });
  }, []);
  useEffect(() => {
    openDatabase().then(async (db) => {
      const loaded: Record<Key, StoredPost[]> = {};
      const answered: Record<Key, Responsiveness> = {};
      for (const key of selected) {
        const [p, h] = key.split('/');
        loaded[key] = await ownPostsIn(db, p, h);
        answered[key] = responsiveness(h, await threadPosts(db, p, h));
      }
      setPosts(loaded);
      setAnswers(answered);
    });
  }, [selected]);

  const toggle = (key: Key, on: boolean) => setSelected(on ? [...selected, key].slice(-MAX_COMPARED) : selected.filter((k) => k !== key));
  const summaries = useMemo(
    () =>
      Object.fromEntries(
        selected.map((key) => [key, summarize((posts[key] ?? []).map((post) => ({ classification: effective(post) })))]),
      ) as Record<Key, Summary>,
    [selected, posts],
  );
  const main = selected[0];
  const history = useMemo(
    () => monthlyHistory((posts[main] ?? []).map((post) => ({ publishedAt: post.publishedAt, classification: effective(post) }))),
    [posts, main],
  );
  const rows = selected
    .flatMap((key) => posts[key] ?? [])
    .filter((post) => {
      const e = effective(post);
      const date = post.publishedAt?.slice(0, 10) ?? '';
      return (
        (!tag || e.tag === tag) && (!platform || post.platform === platform) && (!from || date >= from) && (!to || (date && date <= to))
      );
    });
  const figures = selected.map((key) => ({
    platform: key.split('/')[0] as Platform,
    brand: key.split('/')[1],
    summary: summaries[key],
    responsiveness: answers[key] ?? null,
  }));
  const total = selected.reduce((sum, key) => sum + (posts[key]?.length ?? 0), 0);
  const months = history.months.map((m) => m.month);
  const name = (key: Key) => {
    const brand = brands.find((b) => brandKey(b) === key);
    return brandLabel(brand ?? { handle: key.split('/')[1] });
  };

  return (
    <main>
      <h1>{t('reportTitle')}</h1>
      <section>
        <h2>{t('reportBrands')}</h2>
        <div class="brand-picker">
          {brands.map((brand) => (
            <label key={brandKey(brand)}>
              <input
                type="checkbox"
                checked={selected.includes(brandKey(brand))}
                onChange={(event) => toggle(brandKey(brand), (event.currentTarget as HTMLInputElement).checked)}
              />{' '}
              {name(brandKey(brand))} · {PLATFORM_NAMES[brand.platform]}
            </label>
          ))}
        </div>
      </section>
      {!main ? (
        <p>{t('reportPickBrand')}</p>
      ) : (
        <>
          <section>
            <h2>{t('reportHistory', name(main))}</h2>
            {months.length === 0 ? (
              <p>{t('reportNoHistory')}</p>
            ) : (
              <div class="charts">
                <Chart
                  title={t('reportScoreChart')}
                  months={months}
                  max={100}
                  series={[{ label: t('sendingScore'), values: history.months.map((m) => m.summary.sendingScore) }]}
                />
                <Chart
                  title={t('reportTagsChart')}
                  months={months}
                  series={TAGS.map((tg) => ({ label: TAG_NAMES[tg][uiLang], values: history.months.map((m) => m.summary.byTag[tg]) }))}
                />
              </div>
            )}
            {history.undated > 0 && <p>{t('reportUndated', history.undated)}</p>}
          </section>
          <section>
            <h2>{t('reportCompare')}</h2>
            <table class="compare">
              <thead>
                <tr>
                  <th scope="col" />
                  {selected.map((key) => (
                    <th scope="col" key={key}>
                      {name(key)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th scope="row">{t('reportPostsCounted')}</th>
                  {selected.map((key) => (
                    <td class="num" key={key} data-counted={key}>
                      {summaries[key]?.tagged ?? 0}
                    </td>
                  ))}
                </tr>
                <tr>
                  <th scope="row">{t('reportPeriod')}</th>
                  {selected.map((key) => (
                    <td key={key} data-period={key}>
                      {periodOf(posts[key] ?? []) ?? '–'}
                    </td>
                  ))}
                </tr>
                <tr>
                  <th scope="row">{t('sendingScore')}</th>
                  {selected.map((key) => (
                    <td class="num" key={key}>
                      <span data-score={key}>
                        {summaries[key]?.sendingScore === null || !summaries[key] ? '–' : Math.round(summaries[key].sendingScore!)}
                      </span>
                      {summaries[key] && intervalText(summaries[key]) && (
                        <>
                          <br />
                          <small data-interval={key}>{intervalText(summaries[key])}</small>
                        </>
                      )}
                    </td>
                  ))}
                </tr>
                <tr>
                  <th scope="row">{t('reportResponsiveness')}</th>
                  {selected.map((key) => (
                    <td key={key} data-responsiveness={key}>
                      {responsivenessText(answers[key] ?? null) ?? '–'}
                    </td>
                  ))}
                </tr>
                <tr>
                  <th scope="row">{t('reportWarnings')}</th>
                  {selected.map((key) => (
                    <td key={key} data-warnings={key}>
                      {(summaries[key]?.warnings ?? []).map((warning) => (
                        <p key={warning} class="warning">
                          {warningText(warning)}
                        </p>
                      ))}
                    </td>
                  ))}
                </tr>
                {CELLS.map((cell) => (
                  <tr key={cell.id}>
                    <th scope="row">{cell.name[uiLang]}</th>
                    {selected.map((key) => {
                      const s = summaries[key];
                      const n = s?.byCell[cell.id] ?? 0;
                      return (
                        <td class="num" key={key} data-cell={`${key}:${cell.id}`}>
                          {n} ({s?.tagged ? Math.round((100 * n) / s.tagged) : 0}%)
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
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
                  {[...new Set(selected.map((key) => key.split('/')[0]))].map((p) => (
                    <option key={p} value={p}>
                      {PLATFORM_NAMES[p as Platform]}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                {t('reportFrom')} <input type="date" value={from} onInput={(e) => setFrom((e.currentTarget as HTMLInputElement).value)} />
              </label>
              <label>
                {t('reportTo')} <input type="date" value={to} onInput={(e) => setTo((e.currentTarget as HTMLInputElement).value)} />
              </label>
              <button type="button" onClick={() => download('zendmeter-posts.csv', 'text/csv;charset=utf-8', postsToCsv(rows))}>
                {t('exportCsv')}
              </button>
              <button
                type="button"
                onClick={() => download('zendmeter-posts.json', 'application/json', postsToJson(rows, figures, methodNote(rows.length)))}
              >
                {t('exportJson')}
              </button>
            </div>
            <p role="status">{t('reportShown', rows.length, total)}</p>
            <table class="posts-table">
              <colgroup>
                <col />
                <col />
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
                {rows.slice(0, 500).map((post) => {
                  const e = effective(post);
                  const cell = cellIdOf(e.tag, e.perspective);
                  return (
                    <tr key={`${post.platform}/${post.id}`}>
                      <td>{post.publishedAt?.slice(0, 10) ?? '–'}</td>
                      <td>
                        @{post.brand} · {PLATFORM_NAMES[post.platform]}
                      </td>
                      <td class="text">
                        <Highlighted text={post.text} cues={post.override ? [] : post.classification.cues} />
                      </td>
                      <td>{cell ? CELLS.find((c) => c.id === cell)!.name[uiLang] : TAG_NAMES.unknown[uiLang]}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </section>
        </>
      )}
    </main>
  );
}
