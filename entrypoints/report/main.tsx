import { render } from 'preact';
import 'uplot/dist/uPlot.min.css';
import { initLanguage } from '@/src/ui/i18n';
import { Report } from './Report';
import '@/src/ui/style.css';
import './report.css';

initLanguage().then(() => render(<Report />, document.getElementById('app')!));
