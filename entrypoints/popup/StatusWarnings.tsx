/** What went wrong on the page or in the browser: a layout Zendmeter no longer reads, a full disk, recording paused. */
import type { PageStatus } from '@/src/messages';
import { PLATFORM_NAMES } from '@/src/model/post';
import { t } from '@/src/ui/i18n';

export function StatusWarnings({ status }: { status: PageStatus }) {
  return (
    <>
      {status.layoutWarning && (
        <p class="warning" role="alert">
          {t(
            status.layoutWarning.problem === 'no text' ? 'warnLayoutText' : 'warnLayout',
            PLATFORM_NAMES[status.layoutWarning.platform],
            status.layoutWarning.missing.join(', '),
          )}
        </p>
      )}
      {status.storageFull && (
        <p class="warning" role="alert">
          {t('warnStorageFull')}
        </p>
      )}
      {status.paused && (
        <p class="warning" role="status">
          {t('recordingPaused')}
        </p>
      )}
    </>
  );
}
