/** One cell opened: who owns it and what to measure, its posts with their cues, and a way to correct a tag. */
import { useEffect, useState } from 'preact/hooks';
import { CELLS, TAG_NAMES, cellById, type CellId, type Perspective, type TagOrUnknown } from '@/src/model/model';
import { ownPostsIn } from '@/src/store/query';
import { setOverride } from '@/src/store/write';
import type { Database, StoredPost } from '@/src/store/schema';
import { effective, needsCheck } from '@/src/model/override';
import type { BrandKey } from '@/src/model/post';
import { clearestExamples, engagement, topAndBottom } from '@/src/score/engagement';
import { engagementText } from '@/src/ui/caveats';
import { countsText, formatDay } from '@/src/ui/format';
import { Highlighted } from '@/src/ui/Highlighted';
import { UnsureMark } from '@/src/ui/UnsureMark';
import { dateLocale, t, uiLang } from '@/src/ui/i18n';

/** A ranked post is named by its opening words. */
const RANKED_CHARS = 90;
const shortText = (text: string) => (text.length > RANKED_CHARS ? `${text.slice(0, RANKED_CHARS).trim()}…` : text);

/** When a post was published, and a link to it on its platform. */
function PostSource({ post }: { post: StoredPost }) {
  return (
    <>
      {post.publishedAt && formatDay(post.publishedAt, dateLocale())}{' '}
      {post.permalink && (
        <a href={post.permalink} target="_blank" rel="noreferrer noopener">
          {post.platform}
        </a>
      )}
    </>
  );
}

/** The cell's clearest examples, quoted with date, link and counts. */
function Examples({ posts }: { posts: StoredPost[] }) {
  if (posts.length === 0) return null;
  return (
    <>
      <h3>{t('clearestExamples')}</h3>
      <ol class="examples">
        {posts.map((post) => (
          <li key={`${post.platform}/${post.id}`}>
            <blockquote class="post-text">{post.text}</blockquote>
            <div class="post-meta">
              <PostSource post={post} /> {countsText(engagement([post]), t)}
            </div>
          </li>
        ))}
      </ol>
    </>
  );
}

/** The cell's most and least engaged posts, named by their opening words, with links. */
function Ranked({ ranked }: { ranked: { top: StoredPost[]; bottom: StoredPost[] } }) {
  return (
    <>
      {(['top', 'bottom'] as const).map(
        (end) =>
          ranked[end].length > 0 && (
            <div key={end}>
              <h3>{t(end === 'top' ? 'mostEngaged' : 'leastEngaged')}</h3>
              <ol class="ranked">
                {ranked[end].map((post) => (
                  <li key={`${post.platform}/${post.id}`}>
                    {post.permalink ? (
                      <a href={post.permalink} target="_blank" rel="noreferrer noopener">
                        {shortText(post.text)}
                      </a>
                    ) : (
                      shortText(post.text)
                    )}{' '}
                    <small>{countsText(engagement([post]), t)}</small>
                  </li>
                ))}
              </ol>
            </div>
          ),
      )}
    </>
  );
}

interface Props {
  cellId: CellId;
  brand: BrandKey;
  db: Database;
  onChanged: () => void;
  onClose: () => void;
}

export function CellDetail({ cellId, brand, db, onChanged, onClose }: Props) {
  const cell = cellById(cellId);
  const [inCell, setInCell] = useState<StoredPost[]>([]);
  useEffect(() => {
    ownPostsIn(db, brand.platform, brand.handle, cellId).then(setInCell);
  }, [db, brand.platform, brand.handle, cellId]);
  // Tags the classifier was unsure of come first: they are the ones an analyst should check before quoting the cell.
  const listed = inCell.toSorted((a, b) => Number(needsCheck(b)) - Number(needsCheck(a)));
  const unsure = inCell.filter(needsCheck).length;
  const examples = clearestExamples(inCell);
  const ranked = topAndBottom(inCell);
  const correct = async (post: StoredPost, value: string) => {
    const [tag, perspective] = value.split('|') as [TagOrUnknown, Perspective];
    await setOverride(db, [post.platform, post.id], { tag, perspective: tag === 'experience' ? perspective : null });
    onChanged();
  };
  return (
    <section class="cell-detail" aria-label={t('cellPostsTitle', cell.name[uiLang], inCell.length)}>
      <header>
        <h2>{t('cellPostsTitle', cell.name[uiLang], inCell.length)}</h2>
        <button type="button" onClick={onClose}>
          {t('close')}
        </button>
      </header>
      <p>{cell.explanation[uiLang]}</p>
      <dl>
        <dt>{t('owner')}</dt>
        <dd>{cell.owner[uiLang]}</dd>
        <dt>{t('kpis')}</dt>
        <dd>{cell.kpis.map((kpi) => kpi[uiLang]).join(' · ')}</dd>
      </dl>
      {inCell.length > 0 && <p class="engagement">{engagementText(engagement(inCell))}</p>}
      <Examples posts={examples} />
      <Ranked ranked={ranked} />
      {inCell.length > 0 && (
        <>
          <h3>{t('cellAllPosts')}</h3>
          <p class="note">{t('cuesLegend')}</p>
        </>
      )}
      {unsure > 0 && <p class="unsure-note">{t('unsureTags', unsure)}</p>}
      <ol class="posts">
        {listed.map((post) => {
          const { cues, tag } = effective(post);
          const current = `${tag}|${cell.perspective}`;
          return (
            <li key={`${post.platform}/${post.id}`}>
              <Highlighted text={post.text} cues={cues} tag={tag} />
              <div class="post-meta">
                <PostSource post={post} />
                {post.override && <em> · {t('setByHand')}</em>}
                {needsCheck(post) && (
                  <>
                    <UnsureMark />
                    <button type="button" onClick={() => correct(post, current)}>
                      {t('confirmTag')}
                    </button>
                  </>
                )}
                <label>
                  {t('correctTag')}{' '}
                  <select value={current} onChange={(event) => correct(post, (event.currentTarget as HTMLSelectElement).value)}>
                    {/* Named at render, not at import: the language chosen in the options is read after the module loads. */}
                    {CELLS.map((choice) => (
                      <option key={choice.id} value={`${choice.tag}|${choice.perspective}`}>
                        {choice.name[uiLang]}
                      </option>
                    ))}
                  </select>
                </label>
              </div>
            </li>
          );
        })}
      </ol>
      {inCell.length === 0 && (
        <p>
          {t('cellEmpty')} ({TAG_NAMES[cell.tag][uiLang]})
        </p>
      )}
    </section>
  );
}
