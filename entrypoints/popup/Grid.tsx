/** The 2×4 grid of the Social Media 24/7 model, empty until posts are collected (the popup proper comes with storage). */
import { AnalyseButton } from './AnalyseButton';
import { BadgeSwitch } from './BadgeSwitch';
import { CELLS, FUNCTIONS, FUNCTION_NAMES, PERSPECTIVES, PERSPECTIVE_NAMES, type Lang } from '@/src/model/model';

export function Grid({ lang }: { lang: Lang }) {
  return (
    <main>
      <h1>Zendmeter</h1>
      <table class="grid" aria-label={lang === 'nl' ? 'Social Media 24/7-model' : 'Social Media 24/7 model'}>
        <thead>
          <tr>
            <td />
            {FUNCTIONS.map((fn) => <th scope="col" key={fn}>{FUNCTION_NAMES[fn][lang]}</th>)}
          </tr>
        </thead>
        <tbody>
          {PERSPECTIVES.map((perspective) => (
            <tr key={perspective}>
              <th scope="row">{PERSPECTIVE_NAMES[perspective][lang]}</th>
              {CELLS.filter((cell) => cell.perspective === perspective).map((cell) => (
                <td key={cell.id} title={cell.explanation[lang]}>
                  <strong>{cell.name[lang]}</strong>
                  <small>{cell.name2010}</small>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p>{lang === 'nl' ? 'Scroll door de pagina van een merk om het raster te vullen.' : 'Scroll through a brand’s page to fill the grid.'}</p>
      <AnalyseButton lang={lang} />
      <BadgeSwitch lang={lang} />
    </main>
  );
}
