import { render } from 'preact';
import { initLanguage } from '@/src/ui/i18n';
import { Options } from './Options';
import '@/src/ui/style.css';
import './options.css';

initLanguage().then(() => render(<Options />, document.getElementById('app')!));
