/** Which posts the report reads: all stored, those of the last 30, 90 or 365 days, or those between two dates. */
import { DateField } from '@/src/ui/DateField';
import { t } from '@/src/ui/i18n';
import { PERIODS, type Period } from './useReportData';

const CUSTOM = 'custom';

export function PeriodChoice({ period, setPeriod }: { period: Period; setPeriod: (period: Period) => void }) {
  const range = typeof period === 'object' && period !== null ? period : undefined;
  return (
    <p class="period-choice">
      <label class="period">
        {t('reportPeriodChoice')}{' '}
        <select
          value={typeof period === 'number' ? period : period === null ? '' : CUSTOM}
          onChange={(event) => {
            const value = (event.currentTarget as HTMLSelectElement).value;
            setPeriod(value === '' ? null : value === CUSTOM ? { from: '', to: '' } : (Number(value) as Period));
          }}
        >
          {PERIODS.map((days) => (
            <option key={days ?? 'all'} value={days ?? ''}>
              {days === null ? t('reportPeriodAll') : t('reportPeriodDays', days)}
            </option>
          ))}
          <option value={CUSTOM}>{t('reportPeriodCustom')}</option>
        </select>
      </label>
      {range && (
        <>
          <DateField label={t('reportFrom')} value={range.from} onChange={(from) => setPeriod({ ...range, from })} />
          <DateField label={t('reportTo')} value={range.to} onChange={(to) => setPeriod({ ...range, to })} />
        </>
      )}
    </p>
  );
}
