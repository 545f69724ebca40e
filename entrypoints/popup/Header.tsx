/** Whose posts the popup is about, and how many it saw: a brand, or a feed of many accounts (or nothing yet). */
import { type BrandKey, brandLabel, PLATFORM_NAMES } from '@/src/model/post';
import { periodParts, withoutCuesText } from '@/src/ui/format';
import { dateLocale, t, uiLang } from '@/src/ui/i18n';
import type { PopupData } from './usePopupData';

export function BrandHeader({ data, brand }: { data: PopupData; brand: BrandKey & { name?: string } }) {
  const { summary, range } = data;
  return (
    <p class="brand">
      <strong>{t('brandLine', brandLabel(brand), PLATFORM_NAMES[brand.platform])}</strong>
      <br />
      {[t('postsSeen', summary.seen), ...periodParts(summary.seen, range, t, dateLocale())].join(' · ')}
      <TagNotes data={data} unsureKey="unsureCounted" />
      {data.reposts > 0 && (
        <>
          <br />
          {t('repostsCounted', data.reposts)}
        </>
      )}
      {data.others > 0 && (
        <>
          <br />
          {t('otherAuthors', data.others)}
        </>
      )}
    </p>
  );
}

export function FeedHeader({ data }: { data: PopupData }) {
  const { feed } = data.status;
  if (!feed) return <p>{t('noBrand')}</p>;
  return (
    <p class="brand">
      {t('feedLine', PLATFORM_NAMES[feed.platform], feed.accounts)}
      <br />
      {t('postsSeen', data.summary.seen)}
      {/* A feed is never stored, so its tags cannot be opened and checked: the count says so instead of pointing to a cell. */}
      <TagNotes data={data} unsureKey="unsureUnchecked" />
    </p>
  );
}

/**
 * What to know of the tags, each on a line of its own: the posts without one (no readable text), the tags the
 * classifier was unsure of, and those read without cue words.
 */
function TagNotes({ data, unsureKey }: { data: PopupData; unsureKey: 'unsureCounted' | 'unsureUnchecked' }) {
  const withoutCues = withoutCuesText(data.withoutCues, t, uiLang);
  return (
    <>
      {data.summary.unknown > 0 && (
        <>
          <br />
          {t('unknownPosts', data.summary.unknown)}
        </>
      )}
      {data.unsure > 0 && (
        <>
          <br />
          <span class="unsure-note">{t(unsureKey, data.unsure)}</span>
        </>
      )}
      {withoutCues && (
        <>
          <br />
          <span class="unsure-note">{withoutCues}</span>
        </>
      )}
    </>
  );
}
