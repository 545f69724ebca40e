/** The user's own cue words per tag and language, weighed above the corpus's. */
import { useEffect, useState } from 'preact/hooks';
import type { CustomCues } from '@/src/classify/lexicon';
import { CELLS, LANGS, TAG_NAMES, type Lang } from '@/src/model/model';
import { customCuesSetting } from '@/src/settings';
import { t, uiLang } from '@/src/ui/i18n';
import type { Say } from './useStoredData';

const TAGS_IN_GRID = [...new Set(CELLS.map((cell) => cell.tag))];

export function CuesSection({ say }: { say: Say }) {
  const [cues, setCues] = useState<CustomCues>({});
  useEffect(() => {
    customCuesSetting.getValue().then(setCues);
  }, []);
  const setWords = (lang: Lang, tag: string, text: string) =>
    setCues({
      ...cues,
      [lang]: {
        ...(cues[lang] ?? {}),
        [tag]: text
          .split('\n')
          .map((word) => word.trim())
          .filter(Boolean),
      },
    });
  const saveCues = async () => {
    await customCuesSetting.setValue(cues);
    say({ text: t('optionsSaved') });
  };
  return (
    <fieldset>
      <legend>{t('optionsCues')}</legend>
      <p>{t('optionsCuesHelp')}</p>
      <div class="cues">
        {LANGS.flatMap((lang) =>
          TAGS_IN_GRID.map((tag) => (
            <label key={`${lang}-${tag}`}>
              {TAG_NAMES[tag][uiLang]} ({new Intl.DisplayNames(uiLang, { type: 'language' }).of(lang)})
              <textarea
                value={(cues[lang]?.[tag] ?? []).join('\n')}
                onInput={(event) => setWords(lang, tag, (event.currentTarget as HTMLTextAreaElement).value)}
              />
            </label>
          )),
        )}
      </div>
      <button type="button" onClick={saveCues}>
        {t('optionsCuesSave')}
      </button>
    </fieldset>
  );
}
