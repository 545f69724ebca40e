/** Which posts the report reads: all stored, or those of the last 30, 90 or 365 days. */
import { t } from '@/src/ui/i18n';
import { PERIODS, type Period } from './useReportData';

export function PeriodChoice({ period, setPeriod }: { period: Period; setPeriod: (period: Period) => void }) {
  return (
    <p>
      <label class="period">
        {t('reportPeriodChoice')}{' '}
        <select
          value={period ?? ''}
          onChange={(event) => {
            const value = (event.currentTarget as HTMLSelectElement).value;
            setPeriod(value === '' ? null : (Number(value) as Period));
          }}
        >
          {PERIODS.map((days) => (
            <option key={days ?? 'all'} value={days ?? ''}>
              {days === null ? t('reportPeriodAll') : t('reportPeriodDays', days)}
            </option>
          ))}
        </select>
      </label>
    </p>
  );
}
