/** The mark on a tag the classifier was unsure of, in words (never colour alone), with the threshold on hover. */
import { UNSURE_BELOW } from '../model/override';
import { t } from './i18n';

export function UnsureMark() {
  return (
    <strong class="unsure" title={t('unsureHint', UNSURE_BELOW * 100)}>
      {t('unsure')}
    </strong>
  );
}
