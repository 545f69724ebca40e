/** The 2×4 grid of the Social Media 24/7 model: functions left to right, brand row above user row; each cell a button. */
import { CELLS, FUNCTIONS, FUNCTION_NAMES, PERSPECTIVES, PERSPECTIVE_NAMES, type CellId } from '@/src/model/model';
import type { Summary } from '@/src/score/summarize';
import { breakableName } from '@/src/ui/format';
import { t, uiLang } from '@/src/ui/i18n';

export function Grid({ summary, selected, onSelect }: { summary: Summary; selected: CellId | null; onSelect: (cell: CellId) => void }) {
  return (
    <table class="grid" aria-label={uiLang === 'nl' ? 'Social Media 24/7-model' : 'Social Media 24/7 model'}>
      <thead>
        <tr>
          <td />
          {FUNCTIONS.map((fn) => (
            <th scope="col" key={fn}>
              {FUNCTION_NAMES[fn][uiLang]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {PERSPECTIVES.map((perspective) => (
          <tr key={perspective}>
            <th scope="row">{PERSPECTIVE_NAMES[perspective][uiLang]}</th>
            {CELLS.filter((cell) => cell.perspective === perspective).map((cell) => {
              const count = summary.byCell[cell.id];
              const share = summary.tagged ? count / summary.tagged : 0;
              return (
                <td key={cell.id} data-cell={cell.id} style={{ '--share': share.toFixed(3) }}>
                  <button
                    type="button"
                    aria-pressed={selected === cell.id}
                    onClick={() => onSelect(cell.id)}
                    title={t('cellTitle', cell.explanation[uiLang], cell.name2010)}
                  >
                    <strong>{breakableName(cell.name[uiLang])}</strong>
                    {/* The 2010 names are Dutch: a Dutch reader knows them; an English one finds them in the tooltip. */}
                    {uiLang === 'nl' && <small class="secondary">{cell.name2010}</small>}
                    <span class="count">{count === 0 ? t('cellEmpty') : `${count} · ${Math.round(share * 100)}%`}</span>
                  </button>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
