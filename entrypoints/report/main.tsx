import { render } from 'preact';
import 'uplot/dist/uPlot.min.css';
import { initLanguage } from '@/src/ui/i18n';
import { Report } from './Report';
import '../popup/style.css';
import './report.css';

initLanguage().then(() => render(<Report />, document.getElementById('app')!));
