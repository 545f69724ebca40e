import { render } from 'preact';
import { initLanguage } from '@/src/ui/i18n';
import { Options } from './Options';
import '../popup/style.css';
import './options.css';

initLanguage().then(() => render(<Options />, document.getElementById('app')!));
